import { spawn } from 'node:child_process';
import { BUILT_CLI } from '../support/built-core';
import { REPO_ROOT } from './helpers';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command-line tool (out/main/cli.js, the package's `bindeled` bin; kept fresh by tests/unit/support/built-core.ts). */
export function runCli(args: string[], options: { env?: Record<string, string | undefined>; input?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...args], {
      cwd: REPO_ROOT,
      // English error texts unless a test asks for another language (messages.ts cliLanguage).
      env: { ...process.env, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The tests that run core or the CLI as a child process (crash and disk-full suites, the CLI
// tests) run the built files in out/main, as the harness and the installed `bindeled` command
// do: a start costs half the CPU of compiling the sources through tsx each time. `npm test`
// builds first; this global setup rebuilds when a source is newer than the build, so a test
// never runs stale code.

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const BUILT_CORE = path.join(root, 'out/main/core.js');
export const BUILT_CLI = path.join(root, 'out/main/cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|tsx|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Vitest global setup: builds out/main when it is missing or older than electron/ or shared/. */
export default function ensureBuiltCore(): void {
  const built = [BUILT_CORE, BUILT_CLI].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0));
  const source = Math.max(newestSource(path.join(root, 'electron')), newestSource(path.join(root, 'shared')));
  if (Math.min(...built) >= source) return;
  process.stdout.write('[tests] out/main is missing or older than the sources: building (npm run build)…\n');
  execFileSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

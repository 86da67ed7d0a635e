import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { test as base } from '@playwright/test';

// Every Playwright worker gets its own harness (and so its own core, profile and temp folders)
// on its own port, so spec files can run side by side. Specs import `test` from here instead
// of from '@playwright/test'; `baseURL` then points at the worker's harness.

const root = path.resolve(import.meta.dirname, '../../..');
const basePort = Number(process.env.HARNESS_PORT ?? 4173);

async function waitUntilUp(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the harness exited (${child.exitCode}): ${stderr()}`);
    try {
      const answer = await fetch(`${url}/__harness/state`);
      // Only this worker's own harness counts: one left over on the port would answer too.
      if (answer.ok && ((await answer.json()) as { pid?: number }).pid === child.pid) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the harness did not start on ${url}: ${stderr()}`);
}

export const test = base.extend<object, { harnessUrl: string }>({
  harnessUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const port = basePort + workerInfo.parallelIndex;
      const url = `http://127.0.0.1:${port}`;
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/harness/server.ts'), '--port', String(port)], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (s: string) => {
        stderr += s;
        process.stderr.write(s);
      });
      await waitUntilUp(url, child, () => stderr);
      await use(url);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ harnessUrl }, use) => use(harnessUrl),
});

export { expect } from '@playwright/test';
export type { Page } from '@playwright/test';

// `npm test`: the build, then the unit and integration tests (some run the built core), the
// browser end-to-end tests and the Electron ones, in that order, stopping at the first failure.
// Prints how long each part took, so a slow part shows up in every run, CI's included.
import { spawnSync } from 'node:child_process';

const parts = [
  ['build', 'build'],
  ['unit + integration (vitest)', 'test:unit'],
  ['browser e2e (playwright)', 'test:e2e'],
  ['electron e2e', 'test:electron'],
];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times = [];
let failed = null;
for (const [label, script] of parts) {
  const t0 = Date.now();
  const run = spawnSync(npm, ['run', '--silent', script], { stdio: 'inherit', shell: process.platform === 'win32' });
  times.push([label, (Date.now() - t0) / 1000, run.status]);
  if (run.status !== 0) {
    failed = run.status ?? 1;
    break;
  }
}
process.stdout.write('\nnpm test, time of each part:\n');
for (const [label, seconds, status] of times) {
  process.stdout.write(`  ${label.padEnd(30)} ${seconds.toFixed(0).padStart(5)} s${status === 0 ? '' : `  FAILED (${status})`}\n`);
}
process.exit(failed ?? 0);

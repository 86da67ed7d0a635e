import { spawnSync } from 'node:child_process';
import path from 'node:path';

// Heavy rows run in a child process each, so the peak RSS printed is that step's own: maxRSS is
// a peak over a process's whole life, and in the bench's own process it would be the largest of
// everything measured before. The child (heavy-child.ts) prints one JSON line.

export interface HeavyResult {
  ms: number;
  /** Peak resident memory of the child, MiB. */
  peakMiB: number;
  /** The child's own figures (e.g. model and documents apart). */
  parts?: Record<string, number>;
}

/** Runs one heavy step against the cached register of `kind` (`lock` works on a copy of the encrypted one). */
export function runHeavy(step: 'directory' | 'programme' | 'lock', kind: 'encrypted' | 'plain', out: string): HeavyResult {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, path.resolve('bench/heavy-child.ts'), step, kind, out, ...process.argv.slice(2)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`bench step ${step} (${kind}) failed: ${child.stderr}`);
  const last = child.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as HeavyResult;
}

export const mib = (r: HeavyResult) => `${r.peakMiB.toFixed(0)} MiB`;

import { readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { log } from '../logger';
import { alive } from './clean-close';

// What a backup that was killed half-way (power cut, a killed core) can leave behind, and how the
// next backup clears it. The backup file itself is written to a hidden temp file beside it
// (storage/atomic-write.ts: `.<name>.<pid>.<time>.tmp`) and renamed only when whole, so a killed
// write leaves that temp file and never a file named like a backup: rotation, the backup list
// and restore look only at names that end in `.bindeled-backup` (folder.ts). The database copy
// is taken in an owner-only folder `bindeled-backup-<pid>-…` in the system temp folder. Both are
// SQLCipher ciphertext, but they are still copies of the register, so the next backup removes
// those whose process is gone. A file of a process still running (another Bindeled, the CLI)
// is left alone: it may be writing right now.

const TEMP = /^\.bindeled-.+\.bindeled-backup\.(\d+)\.(\d+)\.tmp$/;
const WORK = /^bindeled-backup-(\d+)-/;
/** When this process started: a temp file with our pid from before then is a dead namesake's. */
const STARTED_AT = Date.now() - Math.round(process.uptime() * 1000);

function stale(pid: number, time?: number): boolean {
  if (pid === process.pid) return time !== undefined && time < STARTED_AT;
  return !alive(pid);
}

function removeMatching(dir: string, pattern: RegExp, isStale: (m: RegExpExecArray) => boolean): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || !isStale(match)) continue;
    try {
      rmSync(path.join(dir, name), { recursive: true, force: true });
      removed += 1;
    } catch (error) {
      log.warn('backup.stale-temp-remove-failed', { code: (error as { code?: string }).code ?? 'unknown' });
    }
  }
  return removed;
}

/** Removes half-written backup temp files in `folder`, and work folders in the system temp folder, left by processes that are gone. */
export function removeStaleBackupTemps(folder: string, tempRoot = os.tmpdir()): number {
  const removed =
    removeMatching(folder, TEMP, (m) => stale(Number(m[1]), Number(m[2]))) +
    removeMatching(tempRoot, WORK, (m) => Number(m[1]) !== process.pid && stale(Number(m[1])));
  if (removed > 0) log.info('backup.stale-temps-removed', { removed });
  return removed;
}

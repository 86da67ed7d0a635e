import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { log } from '../logger';

// Was the register closed cleanly last time? Each process that opens a register leaves a small
// marker in its folder (".bindeled-open-<pid>", holding only the pid and a time) and removes it
// when it closes the register. A marker found at open means a process ended without closing it
// (a crash, a power cut, a killed process) — or that another process has it open right now, so
// a marker is only removed once its process is gone. Either way core runs `PRAGMA quick_check`
// before trusting the file: damage is reported as REGISTER_CORRUPT and the damaged-register
// screen takes over. Nothing is ever deleted but the markers themselves.

const PREFIX = '.bindeled-open-';
const markerOf = (dir: string, pid = process.pid) => path.join(dir, `${PREFIX}${pid}`);

/** Whether a process with this pid exists (EPERM: it does, owned by someone else). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** The pids of other processes' markers in the register folder. */
export function otherMarkers(dir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(PREFIX))
    .map((n) => Number(n.slice(PREFIX.length)))
    .filter((pid) => Number.isInteger(pid) && pid > 0 && pid !== process.pid);
}

/**
 * Called when the database is open, before anything writes to it: after an unclean close,
 * quick_check must pass (REGISTER_CORRUPT otherwise). Markers of processes that are gone are removed.
 */
export function checkAfterUncleanClose(dir: string, db: Db): { checked: boolean } {
  const others = otherMarkers(dir);
  if (others.length === 0) return { checked: false };
  const rows = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  if (rows.length !== 1 || rows[0] !== 'ok') {
    log.warn('register.quick-check-failed', { problems: rows.length });
    throw new CoreError('REGISTER_CORRUPT', `quick_check after an unclean close: ${rows.slice(0, 3).join('; ')}`);
  }
  for (const pid of others) if (!alive(pid)) rmSync(markerOf(dir, pid), { force: true });
  log.info('register.quick-check-passed', { after: 'unclean-close' });
  return { checked: true };
}

/** Leaves this process's marker in the folder of a register it has opened. */
export function markOpen(dir: string): void {
  try {
    writeFileSync(markerOf(dir), `${process.pid} ${new Date().toISOString()}\n`, { mode: 0o600 });
  } catch (error) {
    // The folder turned read-only since unlock checked it: only the unclean-close check is lost.
    log.warn('register.marker-failed', { code: (error as { code?: string }).code ?? 'unknown' });
  }
}

/**
 * Removes this process's marker once the register is closed. Never throws: the register is
 * closed by then, and a folder that turned read-only (or a stick pulled out) must not make the
 * lock fail. The marker left only costs a quick_check at the next unlock.
 */
export function markClosed(dir: string): void {
  try {
    rmSync(markerOf(dir), { force: true });
  } catch (error) {
    log.warn('register.marker-not-removed', { code: (error as { code?: string }).code ?? 'unknown' });
  }
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { dbPath, openDatabase } from '../db/driver';
import { CoreError } from '../errors';
import { log } from '../logger';
import type { OpenRegister } from '../register/open-register';
import { backUpOffThread, trackBackground } from './auto';
import type { BackupOptions, BackupSummary } from './backup';
import {
  assertNewFolder,
  inspectBackup,
  restoreBackup,
  undoRestore,
  type BackupInspection,
  type BackupSecret,
  type RestoreResult,
} from './restore';
import { canBackUpInWorker, runInWorker, WorkerDidNotStart, WorkerDied, type WorkerJob } from './worker-run';

// "Back up now", inspecting a backup file and restoring one, off core's thread (worker-run.ts),
// like the automatic backups: their calls are answered outside core's one-call-at-a-time queue
// (the contract marks them concurrent), so core keeps answering the window while a register of
// 50,000 contacts is copied, checked or restored. Where no worker can start, the same code runs
// in core's thread.
//
// What may run beside them:
// - A backup reads a snapshot over a connection of its own (with its own copy of the data key),
//   so the register stays open for changes meanwhile; the backup holds the state at its start.
//   Its audit row is written over that connection once the file is in place, even if the
//   register was locked meanwhile. A lock's automatic backup queues behind it.
// - A restore writes only into its new folder and never touches the open register, so calls on
//   the open register go on. The folder is claimed for the restore: core refuses every call that
//   names it or a path inside it (an unlock or a create there, a second restore into it, an
//   export or a backup file written into it) with RESTORE_RUNNING until the restore is done or
//   undone (dispatcher.ts). Quitting waits for both (trackBackground).

const restoring = new Set<string>();

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The folder being restored that a call's input names (any top-level absolute path in or at it), if any. */
export function restoringFolderNamed(input: unknown): string | null {
  if (restoring.size === 0 || !input || typeof input !== 'object') return null;
  for (const value of Object.values(input as Record<string, unknown>)) {
    if (typeof value !== 'string' || !path.isAbsolute(value)) continue;
    for (const dir of restoring) if (inside(value, dir)) return dir;
  }
  return null;
}

/** The job in a worker thread, or in this thread where none can start. */
async function offThread<T>(job: WorkerJob, inLine: () => Promise<T>, onStep: (done: number, total: number) => void): Promise<T> {
  if (canBackUpInWorker()) {
    try {
      return (await runInWorker(job, { onStep })) as T;
    } catch (error) {
      if (!(error instanceof WorkerDidNotStart)) throw error;
      log.warn('backup.worker-unavailable', { detail: (error.detail ?? '').slice(0, 200) });
    }
  }
  return inLine();
}

/** Opens a backup file read-only in a temp folder, off core's thread. */
export function inspectOffThread(
  file: string,
  secret: BackupSecret,
  onStep: (done: number, total: number) => void,
): Promise<BackupInspection> {
  return offThread({ kind: 'inspect', file, secret }, () => inspectBackup(file, secret, onStep), onStep);
}

/**
 * Restores a backup file into a new or empty folder off core's thread, all-or-nothing: the
 * worker puts the folder back as it was on any failure, and so does this thread if the worker
 * itself dies half-way. The folder is claimed while it runs (see above).
 */
export function restoreOffThread(
  file: string,
  dirInput: string,
  secret: BackupSecret,
  onStep: (done: number, total: number) => void,
): Promise<RestoreResult> {
  const dir = path.resolve(dirInput);
  assertNewFolder(dir);
  if (restoringFolderNamed({ dir }) !== null) throw new CoreError('RESTORE_RUNNING', 'a restore into that folder is running');
  const existed = existsSync(dir);
  restoring.add(dir);
  const job = (async () => {
    try {
      return await offThread({ kind: 'restore', file, dir, secret }, () => restoreBackup(file, dir, secret, onStep), onStep);
    } catch (error) {
      if (error instanceof WorkerDied) undoRestore(dir, existed);
      throw error;
    } finally {
      restoring.delete(dir);
    }
  })();
  return trackBackground(job);
}

/**
 * A backup of the open register into `file`, off core's thread, over a connection of its own
 * (see above); audited as 'register.backed-up' with `options.kind` once the file is in place.
 */
export function backupNowOffThread(
  register: OpenRegister,
  file: string,
  options: BackupOptions & { onStep: (done: number, total: number) => void },
): Promise<BackupSummary> {
  const dataKey = Buffer.from(register.dataKey);
  let own: OpenRegister;
  try {
    own = { ...register, dataKey, db: openDatabase(dbPath(register.dir), dataKey, { create: false }) };
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
  const job = (async () => {
    try {
      return await backUpOffThread(own, file, options, undefined);
    } finally {
      own.db.close();
      own.dataKey.fill(0);
    }
  })();
  return trackBackground(job);
}

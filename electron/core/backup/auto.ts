import path from 'node:path';
import { appendAudit } from '../audit/audit-log';
import { toAppError } from '../errors';
import { log } from '../logger';
import type { OpenRegister } from '../register/open-register';
import { dbPath, openDatabase, type Db } from '../db/driver';
import {
  auditBackup,
  BACKUP_STEPS,
  createBackup,
  createBackupAsync,
  snapshotBackup,
  type BackupOptions,
  type BackupSource,
  type BackupSummary,
} from './backup';
import { backupFileName, listBackups, rotateFolder } from './folder';
import { makeFolder } from '../storage/atomic-write';
import { defaultBackupFolder, type BackupPrefsStore } from './prefs';
import { dayKey } from './rotation';
import { backupInWorker, canBackUpInWorker, WorkerDidNotStart } from './worker-run';

// Automatic backups: when the register is closed after a session that changed something (lock,
// idle lock, switching registers, app shutdown), once a day while it stays open, and before a
// migration changes it. They must never
// stop the user: a failure is logged, remembered in the backup settings and shown as a warning on
// Settings › Backups; the lock or unlock goes on. The clock is injected so tests can live a year.

export interface AutoDeps {
  prefs: BackupPrefsStore;
  appVersion: string;
  now: () => Date;
  /** Told how a background backup goes (core passes it on as the `backup:background` event). */
  progress?: (state: { running: boolean; done: number; total: number }) => void;
  /** Tests only: passed to the backup worker, which holds its thread after the first step (worker-run.ts). */
  holdWorkerAfterFirstStep?: SharedArrayBuffer;
}

export type AutoTrigger = 'close' | 'daily';
export type AutoOutcome =
  { made: true; file: string; removed: number } | { made: false; reason: 'off' | 'unchanged' | 'done-today' | 'failed' };

/**
 * The newest audit row that records a change. Opening, locking, viewing and backing up are
 * logged too but change nothing worth a new backup.
 */
export function lastChangeSeq(db: Db): number {
  const row = db
    .prepare(
      // Newest first along the primary key, stopping at the first match: max(seq) with a filter
      // reads the whole log, and this runs at every lock and every daily check.
      `SELECT seq FROM audit_log
        WHERE action NOT IN ('register.unlocked', 'register.locked', 'register.backed-up') AND action NOT LIKE '%.viewed'
        ORDER BY seq DESC LIMIT 1`,
    )
    .get() as { seq: number } | undefined;
  return row?.seq ?? 0;
}

/** Where this session began in the audit log: the newest unlock (or the creation, for a new register). */
function sessionStartSeq(db: Db): number {
  const row = db
    .prepare("SELECT seq FROM audit_log WHERE action IN ('register.unlocked', 'register.created') ORDER BY seq DESC LIMIT 1")
    .get() as { seq: number } | undefined;
  return row?.seq ?? 0;
}

function remember(deps: AutoDeps, dir: string, trigger: string, error: unknown): void {
  const appError = toAppError(error);
  log.warn('backup.auto-failed', { trigger, code: appError.code, detail: (appError.detail ?? '').slice(0, 200) });
  try {
    deps.prefs.recordProblem(dir, appError.code, trigger, deps.now());
  } catch {
    // The profile folder itself failed: the log line above is all that is left.
  }
}

interface AutoPlan {
  folder: string;
  file: string;
  now: Date;
  changeSeq: number;
}

/** Whether an automatic backup is due, and where it goes; an outcome when none is. */
function planAuto(register: OpenRegister, trigger: AutoTrigger, deps: AutoDeps): AutoPlan | AutoOutcome {
  const prefs = deps.prefs.get(register.dir);
  if (!prefs.automatic) return { made: false, reason: 'off' };
  const folder = prefs.folder ?? defaultBackupFolder(register.dir);
  const now = deps.now();
  const changeSeq = lastChangeSeq(register.db);
  // Closing after only looking: the register is as it was when opened, nothing new to keep.
  // (A register that has no backup yet gets one from the daily check while it is open.)
  if (trigger === 'close' && changeSeq <= sessionStartSeq(register.db)) return { made: false, reason: 'unchanged' };
  // Read the folder once: each entry opens its file to check the header.
  const existing = listBackups(folder, register.slots.registerId);
  const lastStillThere =
    prefs.lastFile !== null && path.dirname(prefs.lastFile) === path.resolve(folder) && existing.some((b) => b.file === prefs.lastFile);
  if (lastStillThere && prefs.lastSeq !== null && changeSeq <= prefs.lastSeq) return { made: false, reason: 'unchanged' };
  if (trigger === 'daily' && existing.some((b) => dayKey(new Date(b.createdAt)) === dayKey(now)))
    return { made: false, reason: 'done-today' };
  makeFolder(folder);
  return { folder, file: backupFileName(folder, register.slots.registerId, 'auto', now), now, changeSeq };
}

function finish(register: OpenRegister, trigger: AutoTrigger, deps: AutoDeps, plan: AutoPlan, made: BackupSummary): AutoOutcome {
  const removed = rotateFolder(plan.folder, register.slots.registerId);
  deps.prefs.update(register.dir, { lastBackupAt: made.createdAt, lastFile: made.file, lastSeq: plan.changeSeq, problem: null });
  log.info('backup.auto-made', { trigger, removed });
  return { made: true, file: made.file, removed };
}

/** Writes an automatic backup of the open register into its backup folder, unless not needed. */
export function autoBackup(register: OpenRegister, trigger: AutoTrigger, deps: AutoDeps): AutoOutcome {
  try {
    const plan = planAuto(register, trigger, deps);
    if ('made' in plan) return plan;
    const made = createBackup(register, plan.file, { appVersion: deps.appVersion, createdAt: plan.now, kind: 'auto' });
    return finish(register, trigger, deps, plan, made);
  } catch (error) {
    remember(deps, register.dir, trigger, error);
    return { made: false, reason: 'failed' };
  }
}

/**
 * The backup of `own` in a worker thread, audited here once the file is in place; in core's own
 * thread, step by step, where no worker can start (it is looked for beside the built entry).
 */
export async function backUpOffThread(
  own: OpenRegister,
  file: string,
  options: BackupOptions & { onStep: (done: number, total: number) => void },
  hold: SharedArrayBuffer | undefined,
): Promise<BackupSummary> {
  if (canBackUpInWorker()) {
    try {
      const made = await backupInWorker(own, file, hold ? { ...options, holdAfterFirstStep: hold } : options);
      auditBackup(own, made, options.kind);
      options.onStep(BACKUP_STEPS, BACKUP_STEPS);
      return made;
    } catch (error) {
      if (!(error instanceof WorkerDidNotStart)) throw error;
      log.warn('backup.worker-unavailable', { detail: (error.detail ?? '').slice(0, 200) });
    }
  }
  return createBackupAsync(own, file, options);
}

/** Background work core waits for before it quits: automatic backups, "Back up now" and restores (off-thread.ts). */
const running = new Set<Promise<unknown>>();

/** Counts `job` as running background work until it settles (quitting and the backup calls wait for it). */
export function trackBackground<T>(job: Promise<T>): Promise<T> {
  running.add(job);
  void job.then(
    () => running.delete(job),
    () => running.delete(job),
  );
  return job;
}

/**
 * The automatic backup when the register is being closed, without holding the lock up: what is
 * due is decided now, then the backup is taken over a second connection of its own (with its
 * own copy of the data key, zeroed afterwards) while the register's connection closes at once.
 * Its steps run one per turn of the event loop, after the lock has answered. A failure is
 * remembered as with autoBackup. pendingAutoBackups() waits for all (quitting does).
 */
export function autoBackupInBackground(register: OpenRegister, trigger: AutoTrigger, deps: AutoDeps): Promise<AutoOutcome> {
  let plan: AutoPlan | AutoOutcome;
  let own: OpenRegister;
  try {
    plan = planAuto(register, trigger, deps);
    if ('made' in plan) return Promise.resolve(plan);
    const dataKey = Buffer.from(register.dataKey);
    own = { ...register, dataKey, db: openDatabase(dbPath(register.dir), dataKey, { create: false }) };
  } catch (error) {
    remember(deps, register.dir, trigger, error);
    return Promise.resolve({ made: false, reason: 'failed' });
  }
  const due = plan;
  // Said before the caller answers (the lock's result follows this event on the same channel),
  // so a shell that quits right after the lock already knows to wait.
  deps.progress?.({ running: true, done: 0, total: BACKUP_STEPS });
  const before = [...running];
  const job = (async (): Promise<AutoOutcome> => {
    try {
      await new Promise((resolve) => setImmediate(resolve));
      // One copy at a time: a lock during the daily backup queues its own behind it.
      await Promise.allSettled(before);
      const onStep = (done: number, total: number) => deps.progress?.({ running: true, done, total });
      const options = { appVersion: deps.appVersion, createdAt: due.now, kind: 'auto', onStep };
      const made = await backUpOffThread(own, due.file, options, deps.holdWorkerAfterFirstStep);
      return finish(own, trigger, deps, due, made);
    } catch (error) {
      remember(deps, register.dir, trigger, error);
      return { made: false, reason: 'failed' };
    } finally {
      own.db.close();
      own.dataKey.fill(0);
      // Still running while another backup waits its turn behind this one.
      const queued = [...running].some((other) => other !== job);
      deps.progress?.({ running: queued, done: BACKUP_STEPS, total: BACKUP_STEPS });
    }
  })();
  return trackBackground(job);
}

/** How many backups (and restores) are running in the background now. */
export function backgroundBackupsRunning(): number {
  return running.size;
}

/** Resolves once every backup (and restore) running in the background has finished (made or failed). */
export async function pendingAutoBackups(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}

/**
 * Before a migration changes the register: a backup of the database as it is, always (even with
 * automatic backups off — an update is when a way back matters most). No audit row here: the old
 * schema is about to change; the caller audits it once migrated (see unlockHooks).
 */
export function preMigrationBackup(source: BackupSource, deps: AutoDeps): BackupSummary | null {
  try {
    const folder = deps.prefs.folderOf(source.dir);
    makeFolder(folder);
    const now = deps.now();
    const made = snapshotBackup(source, backupFileName(folder, source.slots.registerId, 'pre-migration', now), {
      appVersion: deps.appVersion,
      createdAt: now,
    });
    rotateFolder(folder, source.slots.registerId);
    deps.prefs.update(source.dir, { lastBackupAt: made.createdAt });
    log.info('backup.pre-migration-made', { schemaVersion: made.schemaVersion });
    return made;
  } catch (error) {
    remember(deps, source.dir, 'pre-migration', error);
    return null;
  }
}

/** What unlockRegister runs before migrating, and the audit row for it once the register is open. */
export function unlockHooks(deps: AutoDeps): {
  beforeMigrate: (source: BackupSource) => void;
  afterUnlock: (register: OpenRegister) => void;
} {
  let made: BackupSummary | null = null;
  return {
    beforeMigrate: (source) => {
      made = preMigrationBackup(source, deps);
    },
    afterUnlock: (register) => {
      if (!made) return;
      try {
        appendAudit(register.db, {
          actor: register.actor,
          action: 'register.backed-up',
          details: { bytes: made.bytes, kind: 'pre-migration', fromSchema: made.schemaVersion },
        });
      } catch (error) {
        log.warn('backup.pre-migration-audit-failed', { code: toAppError(error).code });
      }
    },
  };
}

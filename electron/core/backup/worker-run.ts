import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../../shared/errors';
import { CoreError } from '../errors';
import { log } from '../logger';
import { BACKUP_STEPS, type BackupOptions, type BackupSource, type BackupSummary } from './backup';
import type { BackupInspection, BackupSecret, RestoreResult } from './restore';

// Runs a backup's, an inspection's or a restore's heavy steps in a worker thread
// (worker-entry.ts), so core's own thread keeps answering calls (an unlock right after a lock,
// the next page of a list) while a large register is copied, checked and written. The main
// thread keeps the audit row of a backup, the rotation and the settings.
//
// Each step the worker reports waits for the main thread to have passed it on (an Int32 the
// main thread sets and notifies): progress events come in order with the work, and whatever
// listens to a step (a test pulling out a USB stick before the write) acts before the next step.

/** A backup: the register's folder, where to write, and a copy of the data key. */
export interface BackupJob {
  kind: 'backup';
  dir: string;
  out: string;
  dataKey: Uint8Array;
  slots: BackupSource['slots'];
  appVersion: string;
  createdAt: string;
}
/** Opening a backup file read-only in a temp folder (restore.ts inspectBackup). */
export interface InspectJob {
  kind: 'inspect';
  file: string;
  secret: BackupSecret;
}
/** Restoring a backup file into a new or empty folder (restore.ts restoreBackup). */
export interface RestoreJob {
  kind: 'restore';
  file: string;
  dir: string;
  secret: BackupSecret;
}
export type WorkerJob = BackupJob | InspectJob | RestoreJob;
type ResultOf<J extends WorkerJob> = J extends BackupJob ? BackupSummary : J extends InspectJob ? BackupInspection : RestoreResult;

/** What the worker thread is given: the job, the step handshake, and (tests only) a hold. */
export interface WorkerEnvelope {
  job: WorkerJob;
  /** Int32: the worker sets it to 0 before each step report and waits until the main thread sets it to 1. */
  ack: SharedArrayBuffer;
  /** Tests only: the worker blocks its thread after the first step until this Int32 is set and notified. */
  holdAfterFirstStep?: SharedArrayBuffer;
}

/** The worker died after it had started (killed, out of memory): what it was writing may be half done. */
export class WorkerDied extends CoreError {
  constructor(detail: string) {
    super('INTERNAL', `backup worker: ${detail}`);
  }
}

export type WorkerReply =
  { kind: 'step'; done: number; total: number } | { kind: 'done'; result: unknown } | { kind: 'failed'; code: ErrorCode; detail: string };

const here = fileURLToPath(import.meta.url);

/** The worker could not start or died before its first step: nothing was written, the work can run in line instead. */
export class WorkerDidNotStart extends CoreError {
  constructor(detail: string) {
    super('INTERNAL', `backup worker did not start: ${detail}`);
  }
}

/**
 * How to start the worker: from the build, `backup-worker.js` beside the entry (out/main, or one
 * folder up from a shared chunk); from the TypeScript sources (tests, `npm run cli`), the .ts
 * file through tsx. Null when neither is there: the work then runs in core's thread.
 */
function workerSource(): { code: string | URL; eval: boolean } | null {
  if (here.endsWith('.ts')) {
    const entry = pathToFileURL(path.join(path.dirname(here), 'worker-entry.ts')).href;
    return { code: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`, eval: true };
  }
  for (const dir of [path.dirname(here), path.dirname(path.dirname(here))]) {
    const built = path.join(dir, 'backup-worker.js');
    if (existsSync(built)) return { code: pathToFileURL(built), eval: false };
  }
  return null;
}

/** Whether backups, inspections and restores can run in a worker thread here. */
export function canBackUpInWorker(): boolean {
  return workerSource() !== null;
}

export interface WorkerRunOptions {
  onStep?: (done: number, total: number) => void;
  holdAfterFirstStep?: SharedArrayBuffer | undefined;
  /** Memory handed over to the worker (a copy of the data key), no longer usable here. */
  transfer?: ArrayBuffer[];
}

let nextHold: SharedArrayBuffer | undefined;

/**
 * Tests only: the next worker started holds its thread after its first step until `hold` is set
 * and notified, so a test can call core while a backup, inspection or restore is half-way.
 */
export function holdNextWorkerAfterFirstStep(hold: SharedArrayBuffer): void {
  nextHold = hold;
}

/** Runs one job in a fresh worker thread; rejects with the job's own CoreError, WorkerDidNotStart or WorkerDied. */
export function runInWorker<J extends WorkerJob>(job: J, options: WorkerRunOptions = {}): Promise<ResultOf<J>> {
  const how = workerSource();
  if (!how) return Promise.reject(new WorkerDidNotStart('the backup worker is not there'));
  const ack = new SharedArrayBuffer(4);
  const hold = options.holdAfterFirstStep ?? nextHold;
  nextHold = undefined;
  const envelope: WorkerEnvelope = { job, ack, ...(hold ? { holdAfterFirstStep: hold } : {}) };
  return new Promise((resolve, reject) => {
    let settled = false;
    let started = false;
    const failed = (detail: string) => (started ? new WorkerDied(detail) : new WorkerDidNotStart(detail));
    const worker = new Worker(how.code, { eval: how.eval, workerData: envelope, transferList: options.transfer ?? [] });
    worker.on('message', (reply: WorkerReply) => {
      started = true;
      if (reply.kind === 'step') {
        try {
          options.onStep?.(reply.done, reply.total);
        } finally {
          Atomics.store(new Int32Array(ack), 0, 1);
          Atomics.notify(new Int32Array(ack), 0);
        }
      } else {
        settled = true;
        if (reply.kind === 'done') resolve(reply.result as ResultOf<J>);
        else reject(new CoreError(reply.code, reply.detail));
      }
    });
    worker.on('error', (error) => {
      log.warn('backup.worker-error', { detail: error.message.slice(0, 200) });
      if (!settled) reject(failed(error.message));
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(failed(`exited with code ${code}`));
      settled = true;
    });
  });
}

/**
 * The backup steps of `source` in a worker thread, reporting each step (done of BACKUP_STEPS).
 * The worker opens its own connection; `source.db` is not used. Writes no audit row.
 */
export function backupInWorker(
  source: Pick<BackupSource, 'dir' | 'dataKey' | 'slots'>,
  outFile: string,
  options: BackupOptions & { onStep?: (done: number, total: number) => void; holdAfterFirstStep?: SharedArrayBuffer | undefined },
): Promise<BackupSummary> {
  const job: BackupJob = {
    kind: 'backup',
    dir: source.dir,
    out: path.resolve(outFile),
    dataKey: new Uint8Array(source.dataKey),
    slots: { registerId: source.slots.registerId, label: source.slots.label },
    appVersion: options.appVersion ?? process.env.npm_package_version ?? 'unknown',
    createdAt: (options.createdAt ?? new Date()).toISOString(),
  };
  const onStep = options.onStep;
  return runInWorker(job, {
    ...(onStep ? { onStep: (done: number) => onStep(done, BACKUP_STEPS) } : {}),
    holdAfterFirstStep: options.holdAfterFirstStep,
    transfer: [job.dataKey.buffer as ArrayBuffer],
  });
}

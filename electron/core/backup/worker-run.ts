import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../../shared/errors';
import { CoreError } from '../errors';
import { log } from '../logger';
import { BACKUP_STEPS, type BackupOptions, type BackupSource, type BackupSummary } from './backup';

// Runs a backup's heavy steps in a worker thread (worker-entry.ts), so core's own thread keeps
// answering calls (an unlock right after a lock) while a large register is copied, checked and
// written. The main thread keeps the audit row, the rotation and the settings.

/** What the worker is given: the register's folder, where to write, and a copy of the data key. */
export interface WorkerJob {
  dir: string;
  out: string;
  dataKey: Uint8Array;
  slots: BackupSource['slots'];
  appVersion: string;
  createdAt: string;
  /** Tests only: the worker blocks its thread after the first step until this Int32 is set and notified. */
  holdAfterFirstStep?: SharedArrayBuffer;
}

export type WorkerReply =
  { kind: 'step'; done: number } | { kind: 'done'; summary: BackupSummary } | { kind: 'failed'; code: ErrorCode; detail: string };

const here = fileURLToPath(import.meta.url);

/** The worker could not start or died before its first step: nothing was written, the backup can run in line instead. */
export class WorkerDidNotStart extends CoreError {
  constructor(detail: string) {
    super('INTERNAL', `backup worker did not start: ${detail}`);
  }
}

/**
 * How to start the worker: from the build, `backup-worker.js` beside the entry (out/main, or one
 * folder up from a shared chunk); from the TypeScript sources (tests, `npm run cli`), the .ts
 * file through tsx. Null when neither is there: the backup then runs in core's thread.
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

/** Whether backups can run in a worker thread here. */
export function canBackUpInWorker(): boolean {
  return workerSource() !== null;
}

/**
 * The backup steps of `source` in a worker thread, reporting each step (done of BACKUP_STEPS).
 * The worker opens its own connection; `source.db` is not used. Writes no audit row.
 */
export function backupInWorker(
  source: Pick<BackupSource, 'dir' | 'dataKey' | 'slots'>,
  outFile: string,
  options: BackupOptions & { onStep?: (done: number, total: number) => void; holdAfterFirstStep?: SharedArrayBuffer },
): Promise<BackupSummary> {
  const how = workerSource();
  if (!how) return Promise.reject(new CoreError('INTERNAL', 'the backup worker is not there'));
  const job: WorkerJob = {
    dir: source.dir,
    out: path.resolve(outFile),
    dataKey: new Uint8Array(source.dataKey),
    slots: { registerId: source.slots.registerId, label: source.slots.label },
    appVersion: options.appVersion ?? process.env.npm_package_version ?? 'unknown',
    createdAt: (options.createdAt ?? new Date()).toISOString(),
    ...(options.holdAfterFirstStep ? { holdAfterFirstStep: options.holdAfterFirstStep } : {}),
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    let started = false;
    const failed = (detail: string) => (started ? new CoreError('INTERNAL', `backup worker: ${detail}`) : new WorkerDidNotStart(detail));
    const worker = new Worker(how.code, { eval: how.eval, workerData: job, transferList: [job.dataKey.buffer as ArrayBuffer] });
    worker.on('message', (reply: WorkerReply) => {
      started = true;
      if (reply.kind === 'step') options.onStep?.(reply.done, BACKUP_STEPS);
      else {
        settled = true;
        if (reply.kind === 'done') resolve(reply.summary);
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

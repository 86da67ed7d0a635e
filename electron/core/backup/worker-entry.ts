// The backup's heavy steps in a worker thread (backup/worker-run.ts starts it): VACUUM INTO over a
// connection of its own, the page check, the counts and writing the file. better-sqlite3 (and
// this fork) is a context-aware addon, so each worker loads its own copy of the driver. The data
// key arrives as a copy in workerData and is zeroed when the work is done. No audit row here:
// the main thread writes it once the file is in place.
import { parentPort, workerData } from 'node:worker_threads';
import { dbPath, openDatabase } from '../db/driver';
import { toAppError } from '../errors';
import { backupSteps } from './backup';
import type { WorkerJob, WorkerReply } from './worker-run';

function run(job: WorkerJob): WorkerReply {
  const dataKey = Buffer.from(job.dataKey);
  try {
    const db = openDatabase(dbPath(job.dir), dataKey, { create: false });
    try {
      const steps = backupSteps({ dir: job.dir, db, dataKey, slots: job.slots }, job.out, {
        appVersion: job.appVersion,
        createdAt: new Date(job.createdAt),
      });
      for (;;) {
        const step = steps.next();
        if (step.done) return { kind: 'done', summary: step.value };
        parentPort?.postMessage({ kind: 'step', done: step.value } satisfies WorkerReply);
        // A test holds the thread here, mid-backup, to show core answers meanwhile (see worker-run.ts).
        if (job.holdAfterFirstStep && step.value === 1) Atomics.wait(new Int32Array(job.holdAfterFirstStep), 0, 0);
      }
    } finally {
      db.close();
    }
  } catch (error) {
    const appError = toAppError(error);
    return { kind: 'failed', code: appError.code, detail: appError.detail ?? '' };
  } finally {
    dataKey.fill(0);
    new Uint8Array(job.dataKey.buffer, job.dataKey.byteOffset, job.dataKey.byteLength).fill(0);
  }
}

parentPort?.postMessage(run(workerData as WorkerJob));

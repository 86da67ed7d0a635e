// The heavy steps of a backup, an inspection or a restore in a worker thread (backup/worker-run.ts
// starts it). A backup: VACUUM INTO over a connection of its own, the page check, the counts and
// writing the file; the data key arrives as a copy in workerData and is zeroed when the work is
// done, and the main thread writes the audit row once the file is in place. An inspection and a
// restore: everything restore.ts does, unpacking, unwrapping the key, checking, and (restore)
// writing, verifying and auditing the new register, all-or-nothing as in core's own thread.
// better-sqlite3 (and this fork) and argon2 are context-aware addons: each worker loads its own copy.
import { parentPort, workerData } from 'node:worker_threads';
import { dbPath, openDatabase } from '../db/driver';
import { toAppError } from '../errors';
import { BACKUP_STEPS, backupSteps, type BackupSummary } from './backup';
import { inspectBackup, restoreBackup } from './restore';
import type { BackupJob, WorkerEnvelope, WorkerReply } from './worker-run';

const envelope = workerData as WorkerEnvelope;

/** Reports a step and waits until the main thread has passed it on (worker-run.ts). */
function step(done: number, total: number): void {
  const ack = new Int32Array(envelope.ack);
  Atomics.store(ack, 0, 0);
  parentPort?.postMessage({ kind: 'step', done, total } satisfies WorkerReply);
  Atomics.wait(ack, 0, 0);
  // A test holds the thread here, mid-way, to show core answers meanwhile (see worker-run.ts).
  if (envelope.holdAfterFirstStep && done === 1) Atomics.wait(new Int32Array(envelope.holdAfterFirstStep), 0, 0);
}

function backUp(job: BackupJob): BackupSummary {
  const dataKey = Buffer.from(job.dataKey);
  try {
    const db = openDatabase(dbPath(job.dir), dataKey, { create: false });
    try {
      const steps = backupSteps({ dir: job.dir, db, dataKey, slots: job.slots }, job.out, {
        appVersion: job.appVersion,
        createdAt: new Date(job.createdAt),
      });
      for (;;) {
        const next = steps.next();
        if (next.done) return next.value;
        step(next.value, BACKUP_STEPS);
      }
    } finally {
      db.close();
    }
  } finally {
    dataKey.fill(0);
    new Uint8Array(job.dataKey.buffer, job.dataKey.byteOffset, job.dataKey.byteLength).fill(0);
  }
}

async function run(): Promise<WorkerReply> {
  const job = envelope.job;
  try {
    if (job.kind === 'backup') return { kind: 'done', result: backUp(job) };
    if (job.kind === 'inspect') return { kind: 'done', result: await inspectBackup(job.file, job.secret, step) };
    return { kind: 'done', result: await restoreBackup(job.file, job.dir, job.secret, step) };
  } catch (error) {
    const appError = toAppError(error);
    return { kind: 'failed', code: appError.code, detail: appError.detail ?? '' };
  }
}

void run().then((reply) => parentPort?.postMessage(reply));

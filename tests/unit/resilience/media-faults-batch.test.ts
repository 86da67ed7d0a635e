import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callFails, cleanupTempDirs, lock, unlock } from '../core/helpers';
import { INPUTS } from '../privacy/audit-coverage-inputs';
import { filesOn, mediaRig, type MediaRig } from './media-rig';
import { fillUp, mountTmpfs, remount, unmount } from './tmpfs';

// A batch of feedback reports (Feedback due → "Write all") into a folder on a disk that is full
// from the start, that fills up after two reports, or that turns read-only after two. The batch
// stops at the fault with its code (DISK_FULL, READ_ONLY) for the report it failed on and the
// rest not attempted. The reports written before the fault are kept: each is a complete file
// logged as its own disclosure. The folder and the disclosure log must agree exactly: every
// report file has its row with the file's hash, and no row names a file that is not there (nor
// is any half report or temp file left). Apart from those rows and their audit, the register
// changes only by the batch's own audit row. And a folder removed after two reports: IO_ERROR,
// nothing logged after the two.

const mounted = mountTmpfs('2m');
const skip = 'reason' in mounted ? mounted.reason : null;
if (skip) process.stdout.write(`[media-faults-batch] skipped: ${skip}\n`);
const media = 'dir' in mounted ? mounted.dir : '';
let rig: MediaRig;
let caseIds: number[];

interface Logged {
  id: number;
  file_name: string;
  file_hash: string;
}
const logged = (): Logged[] =>
  rig.fx
    .db()
    .prepare("SELECT id, file_name, file_hash FROM disclosures WHERE purpose = 'feedback-sharing' AND file_name <> '' ORDER BY id")
    .all() as Logged[];
const auditActions = (afterSeq: number) =>
  (rig.fx.db().prepare('SELECT action FROM audit_log WHERE seq > ? ORDER BY seq').all(afterSeq) as { action: string }[]).map(
    (r) => r.action,
  );
const lastSeq = () => (rig.fx.db().prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number }).seq;

beforeAll(async () => {
  if (skip) return;
  rig = await mediaRig('Batchforeningen');
  caseIds = [];
  for (let i = 0; i < 5; i++) caseIds.push(...((await INPUTS['reports:feedbackBatch']!(rig.fx)).caseIds as number[]));
}, 60_000);

afterAll(() => {
  if (!skip) {
    process.stdout.write(`[media-faults-batch] ${rig.tried.length} fault cases tried; the register stayed consistent after every one.\n`);
    rig.core.shutdown();
    unmount(media);
  }
  cleanupTempDirs();
});

/**
 * Runs the batch into `folder` on the fault disk with `fault` applied after `after` reports, and
 * checks the stop, the folder against the log, and that nothing else changed.
 */
async function batchWith(label: string, code: 'DISK_FULL' | 'READ_ONLY', after: number, fault: () => void, heal: () => void) {
  const folder = path.join(media, label.replace(/\W+/g, '-'));
  mkdirSync(folder);
  const before = { logged: logged(), seq: lastSeq(), files: filesOn(media) };
  if (after === 0) fault();
  else rig.onProgress = ({ done }) => done === after && fault();
  let result;
  try {
    result = await call(rig.core, 'reports:feedbackBatch', { caseIds, folder, operationId: label });
  } finally {
    rig.onProgress = null;
    heal();
  }
  // The stop: the written ones, the one that failed with the disk's reason, the rest not tried.
  expect(
    result.written.map((w) => w.caseId),
    label,
  ).toEqual(caseIds.slice(0, after));
  expect(result.skipped, label).toEqual([
    { caseId: caseIds[after], reason: code },
    ...caseIds.slice(after + 1).map((caseId) => ({ caseId, reason: 'CANCELLED' })),
  ]);
  // The folder and the log agree, file for file and hash for hash.
  const rows = logged().slice(before.logged.length);
  const files = filesOn(media).filter((f) => !before.files.includes(f));
  expect(files, `${label}: the files left`).toEqual(result.written.map((w) => path.relative(media, w.path)).sort());
  expect(rows.map((r) => r.file_name).sort(), `${label}: the logged files`).toEqual(files.map((f) => path.basename(f)).sort());
  expect(rows.map((r) => r.id).sort(), label).toEqual(result.written.map((w) => w.disclosureId).sort());
  for (const r of rows) {
    const data = readFileSync(path.join(folder, r.file_name));
    expect(createHash('sha256').update(data).digest('hex'), `${label}: ${r.file_name}`).toBe(r.file_hash);
  }
  // Audited: the disclosure and the report for each file that exists, then the batch; nothing else.
  const perReport = ['disclosure.recorded', 'feedback.report-written'];
  expect(auditActions(before.seq), label).toEqual([...rows.flatMap(() => perReport), 'feedback.batch-written']);
  rig.tried.push(label);
  return result;
}

describe.skipIf(skip !== null)('a batch of feedback reports on full and read-only media', () => {
  it('has more reports due than the fault lets through', () => {
    expect(caseIds).toHaveLength(5);
  });

  it('stops with DISK_FULL on a disk full from the start, with no file and no disclosure', async () => {
    const filler = path.join(media, 'filler');
    await batchWith(
      'batch full from the start',
      'DISK_FULL',
      0,
      () => fillUp(media),
      () => rmSync(filler),
    );
  });

  it('stops with DISK_FULL when the disk fills up after two reports, keeping the two with their disclosures', async () => {
    const filler = path.join(media, 'filler');
    const result = await batchWith(
      'batch disk full after two',
      'DISK_FULL',
      2,
      () => fillUp(media),
      () => rmSync(filler),
    );
    expect(result.written).toHaveLength(2);
  });

  it('stops with READ_ONLY on a read-only disk, with no file and no disclosure', async () => {
    await batchWith(
      'batch read-only from the start',
      'READ_ONLY',
      0,
      () => remount(media, 'ro'),
      () => remount(media, 'rw'),
    );
  });

  it('stops with READ_ONLY when the disk turns read-only after two reports, keeping the two with their disclosures', async () => {
    const result = await batchWith(
      'batch read-only after two',
      'READ_ONLY',
      2,
      () => remount(media, 'ro'),
      () => remount(media, 'rw'),
    );
    expect(result.written).toHaveLength(2);
  });

  it('stops with IO_ERROR when the folder is removed after two reports, logging nothing after them', async () => {
    const folder = path.join(media, 'batch-removed-after-two');
    mkdirSync(folder);
    const before = { logged: logged().length, seq: lastSeq() };
    rig.onProgress = ({ done }) => done === 2 && rmSync(folder, { recursive: true, force: true });
    const result = await call(rig.core, 'reports:feedbackBatch', { caseIds, folder, operationId: 'removed' }).finally(() => {
      rig.onProgress = null;
    });
    expect(result.written.map((w) => w.caseId)).toEqual(caseIds.slice(0, 2));
    expect(result.skipped).toEqual([
      { caseId: caseIds[2], reason: 'IO_ERROR' },
      ...caseIds.slice(3).map((caseId) => ({ caseId, reason: 'CANCELLED' })),
    ]);
    // The two went out before the folder did (each logged when it was complete); nothing after.
    expect(logged().length - before.logged).toBe(2);
    const perReport = ['disclosure.recorded', 'feedback.report-written'];
    expect(auditActions(before.seq)).toEqual([...perReport, ...perReport, 'feedback.batch-written']);
    expect(filesOn(media).filter((f) => f.startsWith('batch-removed'))).toEqual([]);
    rig.tried.push('batch folder removed after two');
  });

  it('a single feedback report on a disk that filled up: DISK_FULL, nothing logged', async () => {
    const input = { ...(await INPUTS['reports:feedbackExport']!(rig.fx)) };
    input.path = path.join(media, 'single.docx');
    fillUp(media);
    try {
      await rig.expectCleanFailure('single report (full)', 'DISK_FULL', () => callFails(rig.core, 'reports:feedbackExport', input), media);
    } finally {
      rmSync(path.join(media, 'filler'));
    }
  });

  it('the register still locks, unlocks and verifies after every fault', async () => {
    await lock(rig.core);
    await unlock(rig.core, rig.fx.dir);
    expect((await call(rig.core, 'register:verify', {})).ok).toBe(true);
  });
});

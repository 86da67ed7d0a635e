import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toAppError } from '../../../electron/core/errors';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { writeFeedbackBatch } from '../../../electron/core/reports/feedback/batch';
import { writeFeedbackReport } from '../../../electron/core/reports/feedback/export';
import { cleanup, directRegister, giveConsent, seedCourse, tmp } from './feedback-fixture';

// A full disk while the report is written, or a rename that fails after the disclosure was
// logged inside the transaction: either way neither the file nor the log row remains. The
// failures are injected into node:fs for the files under a folder the test names.

const fault = vi.hoisted(() => ({ folder: '', write: null as string | null, rename: null as string | null }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const failing = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...fs,
    openSync: (file: string, ...rest: unknown[]) => {
      if (fault.write && String(file).startsWith(fault.folder) && String(file).endsWith('.tmp')) throw failing(fault.write);
      return (fs.openSync as (...a: unknown[]) => number)(file, ...rest);
    },
    renameSync: (from: string, to: string) => {
      if (fault.rename && String(to).startsWith(fault.folder)) throw failing(fault.rename);
      return fs.renameSync(from, to);
    },
  };
});

let register: OpenRegister;
const AT = '2026-05-20T10:00';

beforeAll(() => {
  register = directRegister();
});
afterEach(() => {
  fault.write = null;
  fault.rename = null;
});
afterAll(() => cleanup(register));

const logged = (caseId: number) => register.db.prepare('SELECT id FROM disclosures WHERE case_id = ?').all(caseId);
const audited = () =>
  (register.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'feedback.report-written'").get() as { n: number }).n;

describe('feedback report when the disk fails', () => {
  it('a full disk: DISK_FULL, no file, no log row', async () => {
    const course = seedCourse(register.db);
    giveConsent(register.db, course, ['attendance']);
    fault.folder = tmp('bindeled-full-');
    fault.write = 'ENOSPC';
    const error = await writeFeedbackReport(register, { caseId: course.caseId, path: path.join(fault.folder, 'r.docx') }, AT).catch(
      (e: unknown) => e,
    );
    expect(toAppError(error).code).toBe('DISK_FULL');
    expect(readdirSync(fault.folder)).toEqual([]);
    expect(logged(course.caseId)).toEqual([]);
  });

  it('a rename refused inside the transaction: the log row and the audit row roll back, the temp file goes', async () => {
    const course = seedCourse(register.db);
    giveConsent(register.db, course, ['attendance']);
    fault.folder = tmp('bindeled-rename-');
    fault.rename = 'EACCES';
    const before = audited();
    const error = await writeFeedbackReport(register, { caseId: course.caseId, path: path.join(fault.folder, 'r.docx') }, AT).catch(
      (e: unknown) => e,
    );
    expect(toAppError(error).code).toBe('PERMISSION_DENIED');
    expect(readdirSync(fault.folder)).toEqual([]);
    expect(logged(course.caseId)).toEqual([]);
    expect(audited()).toBe(before);
  });

  it('the batch stops at a full disk and reports what was written', async () => {
    const courses = [seedCourse(register.db), seedCourse(register.db), seedCourse(register.db)];
    for (const c of courses) giveConsent(register.db, c, ['attendance']);
    fault.folder = tmp('bindeled-batch-full-');
    const result = await writeFeedbackBatch(
      register,
      { caseIds: courses.map((c) => c.caseId), folder: fault.folder },
      (done) => {
        if (done === 1) fault.write = 'ENOSPC';
      },
      AT,
    );
    expect(result.written.map((w) => w.caseId)).toEqual([courses[0]!.caseId]);
    expect(result.skipped).toEqual([
      { caseId: courses[1]!.caseId, reason: 'DISK_FULL' },
      { caseId: courses[2]!.caseId, reason: 'CANCELLED' },
    ]);
    expect(readdirSync(fault.folder)).toEqual([path.basename(result.written[0]!.path)]);
    expect(logged(courses[1]!.caseId)).toEqual([]);
  });
});

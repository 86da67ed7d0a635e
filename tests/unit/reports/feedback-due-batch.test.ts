import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseTransitionInput } from '../../../shared/contract/mentoring-schemas';
import { recordDisclosure } from '../../../electron/core/consents/disclosure-log';
import { transitionCase } from '../../../electron/core/mentoring/cases-repo';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { uniqueName, writeFeedbackBatch } from '../../../electron/core/reports/feedback/batch';
import { feedbackDue } from '../../../electron/core/reports/feedback/due';
import { cleanup, directRegister, giveConsent, seedCourse, tmp, type Course } from './feedback-fixture';

// The due list's dates per frequency (and at the end of a course), and the batch's handling of
// a course that fails and of a disk problem that stops it.

let register: OpenRegister;
const AT = '2026-05-20T10:00';

beforeAll(() => {
  register = directRegister();
});
afterAll(() => cleanup(register));

function sent(course: Course, at: string) {
  recordDisclosure(register.db, 'owner', {
    person: { kind: 'mentee', id: course.menteeId },
    purpose: 'feedback-sharing',
    recipientOrganisationId: course.orgId,
    recipientLabel: 'Jobcenter',
    categories: [],
    at,
    caseId: course.caseId,
  });
}

describe('feedback due', () => {
  it('dates the next feedback from the last one sent, or the agreement, by the agreed frequency', () => {
    // Agreement on 2026-01-10 for each.
    const monthly = seedCourse(register.db, { frequency: 'monthly' });
    const twoMonthly = seedCourse(register.db, { frequency: 'every-two-months' });
    const quarterly = seedCourse(register.db, { frequency: 'quarterly' });
    const none = seedCourse(register.db, { frequency: 'none' });
    const noAgreement = seedCourse(register.db, { agreement: null });
    for (const c of [monthly, twoMonthly, quarterly]) giveConsent(register.db, c, ['attendance']);
    sent(quarterly, '2026-03-01T09:00');
    const byCase = (on: string) => new Map(feedbackDue(register.db, on, AT).map((d) => [d.caseId, d]));

    const early = byCase('2026-02-09');
    expect(early.has(monthly.caseId)).toBe(false);
    const feb = byCase('2026-02-10');
    expect(feb.get(monthly.caseId)).toMatchObject({ dueOn: '2026-02-10', lastSentOn: null, frequency: 'monthly', blocked: null });
    expect(feb.has(twoMonthly.caseId)).toBe(false);
    const june = byCase('2026-06-01');
    expect(june.get(twoMonthly.caseId)?.dueOn).toBe('2026-03-10');
    expect(june.get(quarterly.caseId)).toMatchObject({ dueOn: '2026-06-01', lastSentOn: '2026-03-01' });
    expect(june.has(none.caseId)).toBe(false);
    expect(june.has(noAgreement.caseId)).toBe(false);
  });

  it('lists an at-end course once it has closed, until feedback is sent or three months pass', () => {
    const course = seedCourse(register.db, { frequency: 'at-end' });
    giveConsent(register.db, course, ['outcome']);
    const ids = (on: string) => feedbackDue(register.db, on, AT).map((d) => d.caseId);
    expect(ids('2026-05-01')).not.toContain(course.caseId);
    transitionCase(
      register.db,
      CaseTransitionInput.parse({ id: course.caseId, to: 'closed', date: '2026-05-04', closing: { outcome: 'job-full-time' } }),
      'owner',
      6,
    );
    expect(feedbackDue(register.db, '2026-05-04', AT).find((d) => d.caseId === course.caseId)).toMatchObject({
      dueOn: '2026-05-04',
      frequency: 'at-end',
    });
    expect(ids('2026-09-01')).not.toContain(course.caseId);
    sent(course, '2026-05-05T10:00');
    expect(ids('2026-05-20')).not.toContain(course.caseId);
  });

  it('says why a due course is blocked', () => {
    const expired = seedCourse(register.db, { frequency: 'monthly' });
    giveConsent(register.db, expired, ['attendance'], { expiresOn: '2026-04-01' });
    const withdrawn = seedCourse(register.db, { frequency: 'monthly' });
    giveConsent(register.db, withdrawn, ['attendance'], { withdrawnAt: '2026-04-01T08:00' });
    const due = new Map(feedbackDue(register.db, '2026-05-20', AT).map((d) => [d.caseId, d.blocked]));
    expect(due.get(expired.caseId)).toBe('expired');
    expect(due.get(withdrawn.caseId)).toBe('withdrawn');
  });
});

describe('feedback batch', () => {
  it('makes file names unique, case-insensitively', () => {
    const taken = new Set(['feedback mt-1 2026-05-20.docx']);
    expect(uniqueName('Feedback MT-1 2026-05-20.docx', taken)).toBe('Feedback MT-1 2026-05-20 (2).docx');
    expect(uniqueName('Feedback MT-1 2026-05-20.docx', taken)).toBe('Feedback MT-1 2026-05-20 (3).docx');
  });

  it('skips a course with an error of its own and goes on; names do not clash with files already there', async () => {
    const a = seedCourse(register.db, { contactLanguage: 'en' });
    giveConsent(register.db, a, ['attendance']);
    const folder = tmp('bindeled-batch-');
    const code = (register.db.prepare('SELECT code FROM mentees WHERE id = ?').get(a.menteeId) as { code: string }).code;
    writeFileSync(path.join(folder, `Feedback ${code} 2026-05-20.docx`), 'an older file');
    const result = await writeFeedbackBatch(register, { caseIds: [424242, a.caseId], folder }, () => undefined, AT);
    expect(result.skipped).toEqual([{ caseId: 424242, reason: 'NOT_FOUND' }]);
    expect(result.written.map((w) => path.basename(w.path))).toEqual([`Feedback ${code} 2026-05-20 (2).docx`]);
  });

  it('stops at a disk problem and reports what was written so far', async () => {
    const courses = [seedCourse(register.db), seedCourse(register.db), seedCourse(register.db)];
    for (const c of courses) giveConsent(register.db, c, ['attendance']);
    const folder = tmp('bindeled-batch-stop-');
    const calls: number[] = [];
    const result = await writeFeedbackBatch(
      register,
      { caseIds: courses.map((c) => c.caseId), folder },
      (done) => {
        calls.push(done);
        // The folder goes away (an unplugged USB stick) after the first report.
        if (done === 1) rmSync(folder, { recursive: true, force: true });
      },
      AT,
    );
    expect(result.written.map((w) => w.caseId)).toEqual([courses[0]!.caseId]);
    expect(result.skipped).toEqual([
      { caseId: courses[1]!.caseId, reason: 'IO_ERROR' },
      { caseId: courses[2]!.caseId, reason: 'CANCELLED' },
    ]);
    expect(calls).toEqual([0, 1]);
    expect(existsSync(folder)).toBe(false);
    const logged = register.db
      .prepare(`SELECT case_id FROM disclosures WHERE case_id IN (${courses.map((c) => c.caseId).join(',')})`)
      .all() as { case_id: number }[];
    expect(logged.map((r) => r.case_id)).toEqual([courses[0]!.caseId]);
  });

  it('refuses a folder that is not there, or the register folder itself, writing nothing', async () => {
    const c = seedCourse(register.db);
    giveConsent(register.db, c, ['attendance']);
    await expect(writeFeedbackBatch(register, { caseIds: [c.caseId], folder: 'relative' }, () => undefined, AT)).rejects.toThrow(
      /INVALID_INPUT/,
    );
    await expect(writeFeedbackBatch(register, { caseIds: [c.caseId], folder: register.dir }, () => undefined, AT)).rejects.toThrow(
      /NOT_ALLOWED/,
    );
    expect(readdirSync(register.dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });
});

import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, localToday } from '../../../electron/core/mentoring/rows';
import { call, callFails, cleanupTempDirs, createRegister, newCore, tempDir, type TestCore } from '../core/helpers';
import { docxText, logoPng } from './feedback-fixture';

// The feedback channels through the real dispatcher and an encrypted register: preview, export,
// the due list, the batch with its progress, and the letterhead with its logo checks.

let t: TestCore;
let out: string;
let orgId: number;
let contactId: number;
let mentorId: number;
const today = localToday();

async function course(
  name: string,
  options: { consent?: ('attendance' | 'goals' | 'outcome' | 'notes')[] | null; monthsAgo?: number } = {},
) {
  const mentee = await call(t.core, 'mentees:save', { name, goals: ['job'] });
  const started = addMonths(today, -(options.monthsAgo ?? 3));
  const c = await call(t.core, 'cases:open', {
    menteeId: mentee.id,
    referral: { organisationId: orgId, contactId, date: addDays(started, -20), reason: '' },
  });
  await call(t.core, 'cases:transition', { id: c.id, to: 'intake', date: addDays(started, -15) });
  await call(t.core, 'cases:transition', { id: c.id, to: 'waiting', date: addDays(started, -10) });
  await call(t.core, 'cases:transition', { id: c.id, to: 'matched', date: addDays(started, -5), mentorId });
  await call(t.core, 'cases:saveAgreement', {
    caseId: c.id,
    agreement: { date: started, feedbackFrequency: 'monthly', feedbackMayContain: ['attendance', 'goals-progress', 'outcome', 'other'] },
  });
  await call(t.core, 'cases:transition', { id: c.id, to: 'active', date: started });
  await call(t.core, 'meetings:save', { caseId: c.id, date: addDays(started, 7), type: 'mentor-mentee', durationMinutes: 60 });
  if (options.consent !== null)
    await call(t.core, 'consents:save', {
      person: { kind: 'mentee', id: mentee.id },
      purpose: 'feedback-sharing',
      recipientOrganisationId: orgId,
      categories: options.consent ?? ['attendance', 'goals', 'outcome', 'notes'],
      givenOn: started,
      method: 'signed',
    });
  return { caseId: c.id, menteeId: mentee.id };
}

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core, { organisationName: 'Mentornetværket Vejle' });
  out = tempDir('bindeled-feedback-ch-');
  orgId = (await call(t.core, 'organisations:save', { name: 'Jobcenter Vejle', sector: 'job-centre' })).id;
  contactId = (
    await call(t.core, 'contacts:save', { name: 'Mette Dahl', preferredLanguage: 'en', memberships: [{ organisationId: orgId }] })
  ).id;
  mentorId = (await call(t.core, 'mentors:save', { name: 'Jens Mentor', capacity: 10 })).id;
  await call(t.core, 'mentors:setStatus', { id: mentorId, status: 'trained' });
  await call(t.core, 'mentors:setStatus', { id: mentorId, status: 'active' });
}, 30_000);
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('feedback channels', () => {
  it('previews, exports, logs the disclosure, and the next default period starts after it', async () => {
    const { caseId, menteeId } = await course('Yasmin Omar');
    const preview = await call(t.core, 'reports:feedbackPreview', { caseId, comment: 'Going well' });
    expect(preview.language).toBe('en');
    // No goals were recorded on this course: those sections have nothing to say.
    expect(Object.fromEntries(preview.sections.map((s) => [s.section, s.omitted]))).toEqual({
      meetings: null,
      goals: 'empty',
      status: null,
      'next-steps': 'empty',
      comment: null,
    });
    expect(preview.meetings?.count).toBe(1);

    const file = path.join(out, preview.suggestedFileName);
    const result = await call(t.core, 'reports:feedbackExport', { caseId, comment: 'Going well', path: file });
    expect(result.omitted).toEqual(['goals', 'next-steps']);
    expect(docxText(file)).toContain('Going well');
    const log = await call(t.core, 'rights:disclosures', { person: { kind: 'mentee', id: menteeId } });
    const row = log.find((d) => d.id === result.disclosureId);
    expect(row).toMatchObject({ purpose: 'feedback-sharing', fileName: path.basename(file), fileHash: result.sha256 });
    expect(row?.categories).toEqual(['attendance', 'outcome', 'notes']);

    const again = await call(t.core, 'reports:feedbackPreview', { caseId });
    expect(again.from).toBe(today);
    expect(again.meetings?.count).toBe(0);
  });

  it('refuses bad input with a clear code and writes nothing', async () => {
    const { caseId } = await course('Leila Karimi', { consent: null });
    expect((await callFails(t.core, 'reports:feedbackExport', { caseId, path: path.join(out, 'x.docx') })).code).toBe('CONSENT_MISSING');
    expect(existsSync(path.join(out, 'x.docx'))).toBe(false);
    expect((await callFails(t.core, 'reports:feedbackPreview', { caseId: 987654 })).code).toBe('NOT_FOUND');
    expect((await callFails(t.core, 'reports:feedbackPreview', { caseId, from: '2026-02-30' })).code).toBe('INVALID_INPUT');
    expect((await callFails(t.core, 'reports:feedbackPreview', { caseId, from: '2026-05-01', to: '2026-04-01' })).code).toBe(
      'DATE_OUT_OF_ORDER',
    );
    expect((await callFails(t.core, 'reports:feedbackPreview', { caseId, comment: 'x'.repeat(2001) })).code).toBe('INVALID_INPUT');
  });

  it('lists feedback due by the agreed frequency, with blocked courses, and drops a course once feedback is sent', async () => {
    const due1 = await course('Hodan Abdi', { monthsAgo: 2 });
    const blocked = await course('Ali Rezai', { monthsAgo: 2, consent: null });
    const fresh = await course('Nour Saleh', { monthsAgo: 0 });
    const list = await call(t.core, 'reports:feedbackDue', {});
    const ids = list.map((d) => d.caseId);
    expect(ids).toContain(due1.caseId);
    expect(ids).toContain(blocked.caseId);
    expect(ids).not.toContain(fresh.caseId);
    const row = list.find((d) => d.caseId === due1.caseId)!;
    expect(row).toMatchObject({
      menteeName: 'Hodan Abdi',
      organisationName: 'Jobcenter Vejle',
      contactName: 'Mette Dahl',
      frequency: 'monthly',
      lastSentOn: null,
      dueOn: addMonths(addMonths(today, -2), 1),
      blocked: null,
    });
    expect(list.find((d) => d.caseId === blocked.caseId)?.blocked).toBe('no-consent');
    expect(list.map((d) => d.dueOn)).toEqual([...list.map((d) => d.dueOn)].sort());
    // A day in the future brings the fresh course in.
    expect((await call(t.core, 'reports:feedbackDue', { on: addMonths(today, 1) })).map((d) => d.caseId)).toContain(fresh.caseId);

    await call(t.core, 'reports:feedbackExport', { caseId: due1.caseId, path: path.join(out, 'hodan.docx') });
    const after = await call(t.core, 'reports:feedbackDue', {});
    expect(after.map((d) => d.caseId)).not.toContain(due1.caseId);
    const later = (await call(t.core, 'reports:feedbackDue', { on: addMonths(today, 1) })).find((d) => d.caseId === due1.caseId);
    expect(later).toMatchObject({ lastSentOn: today, dueOn: addMonths(today, 1) });
  });

  it('writes a batch: one file and one disclosure per course, blocked ones skipped, unique names, progress', async () => {
    const a = await course('Amal Hussein');
    const b = await course('Amal Hussein');
    const blocked = await course('Omid Ahmadi', { consent: null });
    const folder = tempDir('bindeled-feedback-batch-');
    t.events.length = 0;
    const result = await call(t.core, 'reports:feedbackBatch', {
      caseIds: [a.caseId, blocked.caseId, b.caseId],
      folder,
      operationId: 'op-1',
    });
    expect(result.written.map((w) => w.caseId)).toEqual([a.caseId, b.caseId]);
    expect(result.skipped).toEqual([{ caseId: blocked.caseId, reason: 'no-consent' }]);
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(2);
    expect(new Set(result.written.map((w) => w.disclosureId)).size).toBe(2);
    for (const w of result.written) expect(existsSync(w.path)).toBe(true);
    const progress = t.events.filter((e) => e.event === 'progress').map((e) => e.payload);
    expect(progress).toEqual([
      { operationId: 'op-1', done: 0, total: 3 },
      { operationId: 'op-1', done: 1, total: 3 },
      { operationId: 'op-1', done: 2, total: 3 },
      { operationId: 'op-1', done: 3, total: 3 },
    ]);
    expect((await callFails(t.core, 'reports:feedbackBatch', { caseIds: [a.caseId], folder: path.join(folder, 'missing') })).code).toBe(
      'IO_ERROR',
    );
    expect((await callFails(t.core, 'reports:feedbackBatch', { caseIds: [], folder })).code).toBe('INVALID_INPUT');
  });

  it('keeps the letterhead and accepts only a PNG or JPEG logo of at most 1 MB', async () => {
    expect(await call(t.core, 'letterhead:get', {})).toEqual({ address: '', contactLine: '', logoDataUrl: null });
    const updated = await call(t.core, 'letterhead:update', { address: 'Vestergade 1\n7100 Vejle', contactLine: 'mentor@vejle.example' });
    expect(updated).toMatchObject({ address: 'Vestergade 1\n7100 Vejle', contactLine: 'mentor@vejle.example' });
    expect(await call(t.core, 'letterhead:update', { contactLine: 'Tlf. 7000 0000' })).toMatchObject({
      address: 'Vestergade 1\n7100 Vejle',
    });

    const png = path.join(out, 'logo.png');
    writeFileSync(png, logoPng());
    expect((await call(t.core, 'letterhead:setLogo', { path: png })).logoDataUrl).toMatch(/^data:image\/png;base64,iVBOR/);
    const jpeg = path.join(out, 'logo.jpg');
    // SOI, an APP0 segment, then SOF0 with height 40 and width 120.
    writeFileSync(jpeg, Buffer.from('ffd8ffe000104a46494600010100000100010000ffc0000b080028007801011100ffd9', 'hex'));
    expect((await call(t.core, 'letterhead:setLogo', { path: jpeg })).logoDataUrl).toMatch(/^data:image\/jpeg;base64,/);

    const before = await call(t.core, 'letterhead:get', {});
    const fake = path.join(out, 'fake.png');
    writeFileSync(fake, 'not an image at all');
    expect((await callFails(t.core, 'letterhead:setLogo', { path: fake })).code).toBe('UNSUPPORTED_FILE');
    const gif = path.join(out, 'logo.gif');
    writeFileSync(gif, Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'));
    expect((await callFails(t.core, 'letterhead:setLogo', { path: gif })).code).toBe('UNSUPPORTED_FILE');
    const big = path.join(out, 'big.png');
    writeFileSync(big, Buffer.concat([logoPng(), Buffer.alloc(1024 * 1024)]));
    expect((await callFails(t.core, 'letterhead:setLogo', { path: big })).code).toBe('FILE_TOO_LARGE');
    const empty = path.join(out, 'empty.png');
    writeFileSync(empty, '');
    expect((await callFails(t.core, 'letterhead:setLogo', { path: empty })).code).toBe('FILE_EMPTY');
    expect((await callFails(t.core, 'letterhead:setLogo', { path: path.join(out, 'missing.png') })).code).toBe('FILE_UNREADABLE');
    expect(await call(t.core, 'letterhead:get', {})).toEqual(before);

    expect((await call(t.core, 'letterhead:clearLogo', {})).logoDataUrl).toBeNull();
    const audit = await call(t.core, 'audit:list', { filter: { action: 'settings.letterhead-updated' } });
    expect(audit.rows.length).toBe(5);
  });
});

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentInput } from '../../../shared/contract/consents-schemas';
import { AgreementInput, CaseOpenInput, MenteeInput, MentorInput } from '../../../shared/contract/mentoring-schemas';
import { OrganisationInput } from '../../../shared/contract/partners-schemas';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { categoriesForFeedback } from '../../../electron/core/consents/agreement-categories';
import { getConsent, listConsents, saveConsent, withdrawConsent } from '../../../electron/core/consents/consents-repo';
import { mayDisclose } from '../../../electron/core/consents/decide';
import { recordDisclosure } from '../../../electron/core/consents/disclosure-log';
import { attachEvidence, saveEvidenceCopy, sniffEvidence } from '../../../electron/core/consents/evidence';
import { consentReminders } from '../../../electron/core/consents/reminders';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { saveAgreement, openCase } from '../../../electron/core/mentoring/cases-repo';
import { saveMentee } from '../../../electron/core/mentoring/mentees-repo';
import { saveMentor } from '../../../electron/core/mentoring/mentors-repo';
import { addDays } from '../../../electron/core/mentoring/rows';
import { saveOrganisation } from '../../../electron/core/partners/organisations-repo';

// The consents repository on a real encrypted register: the rules a consent must meet (each
// refusal leaves every table as it was), withdrawal to the minute and its consequences, the
// evidence file, and both reminder lists.

let db: Db;
let dir: string;
let jobcentre: number;
let housing: number;
const ACTOR = 'owner';
const made: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'bindeled-consents-'));
  made.push(d);
  return d;
};
const cleanupTempDirs = () => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));

const mentee = (name: string) => saveMentee(db, MenteeInput.parse({ name }), ACTOR);
const save = (input: Record<string, unknown>) => saveConsent(db, ConsentInput.parse(input), ACTOR);

/** Everything a refused call could have touched. */
function snapshot() {
  const all = (sql: string) => db.prepare(sql).all();
  return JSON.stringify([
    all('SELECT * FROM consents ORDER BY id'),
    all('SELECT id, sha256 FROM files ORDER BY id'),
    all('SELECT * FROM erasure_queue ORDER BY id'),
    all('SELECT seq, action FROM audit_log ORDER BY seq'),
    all('SELECT * FROM settings ORDER BY key'),
  ]);
}

function refuses(code: string, fn: () => unknown) {
  const before = snapshot();
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect((thrown as { code?: string } | undefined)?.code, String(thrown)).toBe(code);
  expect(snapshot()).toBe(before);
}

beforeAll(() => {
  dir = tempDir();
  db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  jobcentre = saveOrganisation(db, OrganisationInput.parse({ name: 'Jobcenter Kolding', sector: 'job-centre' }), ACTOR);
  housing = saveOrganisation(db, OrganisationInput.parse({ name: 'Boligsocialt Hus', sector: 'housing-social' }), ACTOR);
});
afterAll(() => {
  db.close();
  cleanupTempDirs();
});

describe('recording a consent', () => {
  it('stores a verbal consent with witness and interpreter, audited without names', () => {
    const id = mentee('Amina Yusuf');
    const consentId = save({
      person: { kind: 'mentee', id },
      purpose: 'feedback-sharing',
      recipientOrganisationId: jobcentre,
      categories: ['goals', 'attendance', 'goals'],
      givenOn: '2026-01-10',
      method: 'verbal-witness',
      witness: 'Ida Holm',
      interpreterLanguage: 'ar',
      expiresOn: '2027-01-10',
    });
    const c = getConsent(db, consentId, '2026-06-01T12:00');
    expect(c).toMatchObject({
      person: { kind: 'mentee', id },
      recipientName: 'Jobcenter Kolding',
      categories: ['attendance', 'goals'],
      witness: 'Ida Holm',
      interpreterLanguage: 'ar',
      recordedBy: ACTOR,
      state: 'valid',
    });
    expect(getConsent(db, consentId, '2026-01-09T23:59').state).toBe('future');
    expect(getConsent(db, consentId, '2027-01-11T00:00').state).toBe('expired');
    const audit = db.prepare("SELECT details FROM audit_log WHERE action = 'consent.saved' ORDER BY seq DESC LIMIT 1").get() as {
      details: string;
    };
    expect(audit.details).not.toMatch(/Ida|Amina|Kolding/);
    expect(JSON.parse(audit.details)).toMatchObject({ purpose: 'feedback-sharing', recipient: jobcentre, categories: 'attendance,goals' });
  });

  it('refuses what a consent cannot be, changing nothing each time', () => {
    const id = mentee('Refusal Person');
    const base = { person: { kind: 'mentee', id }, givenOn: '2026-02-01', method: 'signed' };
    refuses('INVALID_INPUT', () => save({ ...base, purpose: 'feedback-sharing' }));
    refuses('INVALID_INPUT', () => save({ ...base, purpose: 'registration', recipientOrganisationId: jobcentre }));
    refuses('NOT_FOUND', () => save({ ...base, purpose: 'feedback-sharing', recipientOrganisationId: 9999 }));
    refuses('INVALID_INPUT', () => save({ ...base, purpose: 'registration', expiresOn: '2026-01-31' }));
    refuses('INVALID_INPUT', () => save({ ...base, purpose: 'registration', method: 'verbal-witness' }));
    refuses('NOT_FOUND', () => save({ ...base, purpose: 'registration', templateId: 4242 }));
    refuses('NOT_FOUND', () => save({ ...base, person: { kind: 'mentee', id: 99999 }, purpose: 'registration' }));
    refuses('NOT_FOUND', () => save({ ...base, person: { kind: 'mentor', id: id }, purpose: 'registration' }));
    // Expiring on the day it was given is allowed: valid through the end of that day.
    expect(save({ ...base, purpose: 'statistics', expiresOn: '2026-02-01' })).toBeGreaterThan(0);
  });

  it('edits a consent, but not a withdrawn one, and never moves it to another person', () => {
    const id = mentee('Edit Person');
    const other = mentee('Other Person');
    const input = { person: { kind: 'mentee', id }, purpose: 'follow-up', givenOn: '2026-03-01', method: 'digital' };
    const consentId = save(input);
    save({ ...input, id: consentId, note: 'Prefers SMS' });
    expect(getConsent(db, consentId).note).toBe('Prefers SMS');
    refuses('INVALID_INPUT', () => save({ ...input, id: consentId, person: { kind: 'mentee', id: other } }));
    withdrawConsent(db, { id: consentId, at: '2026-04-01T09:00', how: 'By phone' }, ACTOR);
    refuses('CONSENT_WITHDRAWN', () => save({ ...input, id: consentId, note: 'again' }));
    refuses('CONSENT_WITHDRAWN', () => withdrawConsent(db, { id: consentId, how: 'twice' }, ACTOR));
    refuses('NOT_FOUND', () => save({ ...input, id: 987654 }));
  });

  it('a person erased (anonymised) takes no new consent: PERSON_ERASED', () => {
    const id = mentee('Gone Person');
    db.prepare('UPDATE mentees SET anonymised_at = ? WHERE id = ?').run('2026-05-01T00:00:00Z', id);
    refuses('PERSON_ERASED', () =>
      save({ person: { kind: 'mentee', id }, purpose: 'registration', givenOn: '2026-02-01', method: 'signed' }),
    );
    expect(() => listConsents(db, { kind: 'mentee', id })).toThrow(/PERSON_ERASED/);
  });

  it('works for mentors too', () => {
    const mentor = saveMentor(db, MentorInput.parse({ name: 'Birgitte Holm' }), ACTOR);
    save({ person: { kind: 'mentor', id: mentor }, purpose: 'story', givenOn: '2026-02-01', method: 'signed' });
    expect(listConsents(db, { kind: 'mentor', id: mentor }).map((c) => c.purpose)).toEqual(['story']);
  });
});

describe('withdrawal', () => {
  it('counts from the start of its minute: the rule refuses in that minute and allows the minute before', () => {
    const id = mentee('Minute Person');
    const consentId = save({
      person: { kind: 'mentee', id },
      purpose: 'feedback-sharing',
      recipientOrganisationId: jobcentre,
      categories: ['attendance', 'outcome'],
      givenOn: '2026-01-05',
      method: 'signed',
    });
    const request = (at: string) =>
      mayDisclose(db, {
        person: { kind: 'mentee', id },
        purpose: 'feedback-sharing',
        recipientOrganisationId: jobcentre,
        categories: ['attendance'],
        at,
      });
    // A disclosure before the withdrawal is logged and stays logged.
    recordDisclosure(db, ACTOR, {
      person: { kind: 'mentee', id },
      purpose: 'feedback-sharing',
      recipientOrganisationId: jobcentre,
      categories: ['attendance'],
      at: '2026-03-01T10:00',
      recipientLabel: 'Jobcenter Kolding',
    });
    // Its terms are now the record of what was agreed: only a note or the like can be edited.
    const same = {
      id: consentId,
      person: { kind: 'mentee', id },
      purpose: 'feedback-sharing',
      recipientOrganisationId: jobcentre,
      categories: ['outcome', 'attendance'],
      givenOn: '2026-01-05',
      method: 'signed',
    };
    refuses('IN_USE', () => save({ ...same, categories: ['attendance', 'outcome', 'notes'] }));
    refuses('IN_USE', () => save({ ...same, expiresOn: '2026-12-31' }));
    save({ ...same, note: 'Form filed in the red binder' });
    const result = withdrawConsent(db, { id: consentId, at: '2026-03-10T14:30', how: 'In person at the office' }, 'coordinator-2');
    expect(result).toEqual({ pastDisclosures: 1, queuedForErasure: false });
    expect(request('2026-03-10T14:29').allowed).toBe(true);
    expect(request('2026-03-10T14:30')).toMatchObject({ allowed: false, identityReason: 'withdrawn' });
    expect(request('2026-03-11T08:00').allowed).toBe(false);
    const c = getConsent(db, consentId);
    expect(c).toMatchObject({
      state: 'withdrawn',
      withdrawnAt: '2026-03-10T14:30',
      withdrawnBy: 'coordinator-2',
      withdrawnHow: 'In person at the office',
    });
    expect((db.prepare('SELECT count(*) AS n FROM disclosures WHERE person_id = ?').get(id) as { n: number }).n).toBe(1);
  });

  it('refuses a withdrawal before the consent was given or ahead of now', () => {
    const id = mentee('Early Person');
    const consentId = save({ person: { kind: 'mentee', id }, purpose: 'follow-up', givenOn: '2026-02-01', method: 'signed' });
    refuses('INVALID_INPUT', () => withdrawConsent(db, { id: consentId, at: '2026-01-31T23:59', how: 'x' }, ACTOR, '2026-06-01T00:00'));
    refuses('INVALID_INPUT', () => withdrawConsent(db, { id: consentId, at: '2026-06-01T00:01', how: 'x' }, ACTOR, '2026-06-01T00:00'));
    refuses('NOT_FOUND', () => withdrawConsent(db, { id: 555555, how: 'x' }, ACTOR));
  });

  it('queues the person for erasure when the last registration consent goes, in the same transaction, once', () => {
    const id = mentee('Basis Person');
    const person = { kind: 'mentee', id } as const;
    const first = save({ person, purpose: 'registration', givenOn: '2025-01-01', method: 'signed' });
    const second = save({ person, purpose: 'registration', givenOn: '2026-01-01', method: 'digital' });
    const sharing = save({
      person,
      purpose: 'feedback-sharing',
      recipientOrganisationId: housing,
      categories: ['goals'],
      givenOn: '2026-01-01',
      method: 'signed',
    });
    const queued = () => db.prepare("SELECT reason, queued_by FROM erasure_queue WHERE person_kind = 'mentee' AND person_id = ?").all(id);

    expect(withdrawConsent(db, { id: sharing, how: 'letter' }, ACTOR).queuedForErasure).toBe(false);
    expect(withdrawConsent(db, { id: first, how: 'letter' }, ACTOR).queuedForErasure).toBe(false);
    expect(queued()).toEqual([]);
    const seq = (db.prepare('SELECT max(seq) AS s FROM audit_log').get() as { s: number }).s;
    expect(withdrawConsent(db, { id: second, how: 'e-mail' }, 'coordinator-2').queuedForErasure).toBe(true);
    expect(queued()).toEqual([{ reason: 'withdrawal', queued_by: 'coordinator-2' }]);
    const actions = db.prepare('SELECT action, details FROM audit_log WHERE seq > ? ORDER BY seq').all(seq) as {
      action: string;
      details: string;
    }[];
    expect(actions.map((a) => a.action)).toEqual(['consent.withdrawn', 'erasure.queued']);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('an expired registration consent is no basis either; a mentee already queued is not queued twice', () => {
    const id = mentee('Expired Basis');
    const person = { kind: 'mentee', id } as const;
    save({ person, purpose: 'registration', givenOn: '2024-01-01', expiresOn: '2024-12-31', method: 'signed' });
    const current = save({ person, purpose: 'registration', givenOn: '2025-01-01', method: 'signed' });
    db.prepare(
      "INSERT INTO erasure_queue (person_kind, person_id, reason, queued_at, queued_by) VALUES ('mentee', ?, 'request', 'x', 'owner')",
    ).run(id);
    const before = (db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'erasure.queued'").get() as { n: number }).n;
    expect(withdrawConsent(db, { id: current, how: 'phone' }, ACTOR).queuedForErasure).toBe(true);
    expect(db.prepare('SELECT reason FROM erasure_queue WHERE person_id = ? AND person_kind = ?').all(id, 'mentee')).toEqual([
      { reason: 'request' },
    ]);
    expect((db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'erasure.queued'").get() as { n: number }).n).toBe(before);
  });
});

describe('evidence', () => {
  const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2000)]);
  const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(500)]);
  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(500)]);

  it('tells PDF, JPEG and PNG by their first bytes, not their names', () => {
    expect(sniffEvidence(PDF)).toBe('application/pdf');
    expect(sniffEvidence(JPEG)).toBe('image/jpeg');
    expect(sniffEvidence(PNG)).toBe('image/png');
    expect(sniffEvidence(Buffer.from('%PDF'))).toBeNull();
    expect(sniffEvidence(Buffer.from('PK\x03\x04 a docx'))).toBeNull();
    expect(sniffEvidence(new Uint8Array())).toBeNull();
  });

  it('files a scan encrypted with its hash, replaces it, copies it out audited; refuses the wrong file', () => {
    const id = mentee('Evidence Person');
    const consentId = save({ person: { kind: 'mentee', id }, purpose: 'registration', givenOn: '2026-02-01', method: 'signed' });
    const folder = tempDir();
    const file = (name: string, data: Uint8Array) => {
      const p = path.join(folder, name);
      writeFileSync(p, data);
      return p;
    };
    refuses('UNSUPPORTED_FILE', () => attachEvidence(db, consentId, file('form.pdf', Buffer.from('not really a pdf')), ACTOR));
    refuses('FILE_TOO_LARGE', () =>
      attachEvidence(db, consentId, file('big.pdf', Buffer.concat([Buffer.from('%PDF-1.7'), Buffer.alloc(10 * 1024 * 1024)])), ACTOR),
    );
    refuses('FILE_UNREADABLE', () => attachEvidence(db, consentId, path.join(folder, 'missing.pdf'), ACTOR));
    refuses('NOT_FOUND', () => attachEvidence(db, 777777, file('ok.pdf', PDF), ACTOR));
    refuses('NOT_FOUND', () => saveEvidenceCopy(db, consentId, path.join(folder, 'copy.pdf'), ACTOR));

    // Exactly 10 MB is allowed.
    const tenMb = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(10 * 1024 * 1024 - 8)]);
    attachEvidence(db, consentId, file('exactly.png', tenMb), ACTOR);
    attachEvidence(db, consentId, file('scan.jpg', JPEG), ACTOR);
    const c = getConsent(db, consentId);
    expect(c.evidence).toMatchObject({ name: 'scan.jpg', size: JPEG.length });
    expect(c.evidence?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The replaced file is gone from the register.
    expect((db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n).toBe(1);

    const copy = saveEvidenceCopy(db, consentId, path.join(folder, 'copy.jpg'), ACTOR);
    expect(copy.bytes).toBe(JPEG.length);
    const last = db.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string };
    expect(last.action).toBe('consent.evidence-copied');
  });
});

describe('reminders', () => {
  const at = '2026-11-27T09:00';
  const today = at.slice(0, 10);

  it('lists consents expiring within N days, the boundary day included, withdrawn and expired ones not', () => {
    const id = mentee('Expiry Person');
    const person = { kind: 'mentee', id } as const;
    const mk = (expiresOn: string, purpose = 'statistics') => save({ person, purpose, givenOn: '2026-01-01', expiresOn, method: 'signed' });
    const todayId = mk(today);
    const lastDay = mk(addDays(today, 30));
    const tooLate = mk(addDays(today, 31));
    const yesterday = mk(addDays(today, -1));
    const withdrawn = mk(addDays(today, 5), 'follow-up');
    withdrawConsent(db, { id: withdrawn, at: '2026-11-01T10:00', how: 'phone' }, ACTOR, at);
    const mine = (days: number) =>
      consentReminders(db, days, at)
        .expiring.filter((r) => r.person.id === id)
        .map((r) => [r.consentId, r.daysLeft]);
    expect(mine(30)).toEqual([
      [todayId, 0],
      [lastDay, 30],
    ]);
    expect(mine(31)).toEqual([
      [todayId, 0],
      [lastDay, 30],
      [tooLate, 31],
    ]);
    expect(mine(1)).toEqual([[todayId, 0]]);
    expect(mine(30).some(([cid]) => cid === yesterday)).toBe(false);
    const row = consentReminders(db, 30, at).expiring.find((r) => r.consentId === todayId);
    expect(row?.personLabel).toMatch(/^MT-/);
  });

  it('finds open courses whose agreed feedback no valid consent covers', () => {
    const id = mentee('Feedback Person');
    const caseId = openCase(db, CaseOpenInput.parse({ menteeId: id, referral: { organisationId: jobcentre, date: '2026-09-01' } }), ACTOR);
    saveAgreement(
      db,
      caseId,
      AgreementInput.parse({
        date: '2026-09-15',
        feedbackFrequency: 'quarterly',
        feedbackMayContain: ['attendance', 'meeting-count', 'goals-progress'],
      }),
      ACTOR,
    );
    const row = () => consentReminders(db, 30, at).uncovered.find((r) => r.caseId === caseId);
    expect(row()).toMatchObject({
      menteeCode: expect.stringMatching(/^MT-/),
      organisationName: 'Jobcenter Kolding',
      agreed: ['attendance', 'goals'],
      missing: ['attendance', 'goals'],
      identityCovered: false,
    });

    const person = { kind: 'mentee', id } as const;
    // A consent to another organisation does not cover this one.
    save({
      person,
      purpose: 'feedback-sharing',
      recipientOrganisationId: housing,
      categories: ['attendance', 'goals'],
      givenOn: '2026-09-01',
      method: 'signed',
    });
    expect(row()?.identityCovered).toBe(false);
    // Attendance only: goals still missing.
    const partial = save({
      person,
      purpose: 'feedback-sharing',
      recipientOrganisationId: jobcentre,
      categories: ['attendance'],
      givenOn: '2026-09-01',
      method: 'signed',
    });
    expect(row()).toMatchObject({ identityCovered: true, missing: ['goals'] });
    save({
      person,
      purpose: 'feedback-sharing',
      recipientOrganisationId: jobcentre,
      categories: ['attendance', 'goals'],
      givenOn: '2026-09-02',
      method: 'signed',
      expiresOn: '2026-11-26',
    });
    expect(row()).toMatchObject({ missing: ['goals'] }); // that one expired yesterday
    save({
      person,
      purpose: 'feedback-sharing',
      recipientOrganisationId: jobcentre,
      categories: ['goals'],
      givenOn: '2026-09-03',
      method: 'signed',
    });
    expect(row()).toBeUndefined();
    withdrawConsent(db, { id: partial, at: '2026-11-20T10:00', how: 'phone' }, ACTOR, at);
    expect(row()).toMatchObject({ identityCovered: true, missing: ['attendance'] });

    // "No feedback" agreed: nothing to cover.
    saveAgreement(
      db,
      caseId,
      AgreementInput.parse({ date: '2026-09-15', feedbackFrequency: 'none', feedbackMayContain: ['other'] }),
      ACTOR,
    );
    expect(row()).toBeUndefined();
  });

  it('maps the agreement contents to data categories, "other" only to notes', () => {
    expect(categoriesForFeedback(['meeting-count'])).toEqual(['attendance']);
    expect(categoriesForFeedback(['outcome', 'goals-progress', 'attendance'])).toEqual(['attendance', 'goals', 'outcome']);
    expect(categoriesForFeedback(['other'])).toEqual(['notes']);
    expect(categoriesForFeedback([])).toEqual([]);
  });
});

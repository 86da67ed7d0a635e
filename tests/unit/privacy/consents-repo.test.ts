import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MentorInput } from '../../../shared/contract/mentoring-schemas';
import { getConsent, listConsents, withdrawConsent } from '../../../electron/core/consents/consents-repo';
import { attachEvidence, saveEvidenceCopy, sniffEvidence } from '../../../electron/core/consents/evidence';
import { saveMentor } from '../../../electron/core/mentoring/mentors-repo';
import { ACTOR, db, jobcentre, mentee, refuses, save, tempDir, useConsentsRegister } from './consents-repo-fixture';

// The consents repository on a real encrypted register: the rules a consent must meet (each
// refusal leaves every table as it was) and the evidence file. Withdrawal and the reminder
// lists are consents-repo-withdrawal.test.ts.

useConsentsRegister();

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

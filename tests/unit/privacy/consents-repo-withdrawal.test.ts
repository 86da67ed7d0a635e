import { describe, expect, it } from 'vitest';
import { AgreementInput, CaseOpenInput } from '../../../shared/contract/mentoring-schemas';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { categoriesForFeedback } from '../../../electron/core/consents/agreement-categories';
import { getConsent, withdrawConsent } from '../../../electron/core/consents/consents-repo';
import { mayDisclose } from '../../../electron/core/consents/decide';
import { recordDisclosure } from '../../../electron/core/consents/disclosure-log';
import { consentReminders } from '../../../electron/core/consents/reminders';
import { saveAgreement, openCase } from '../../../electron/core/mentoring/cases-repo';
import { addDays } from '../../../electron/core/mentoring/rows';
import { ACTOR, db, housing, jobcentre, mentee, refuses, save, useConsentsRegister } from './consents-repo-fixture';

// The consents repository on a real encrypted register, over time: withdrawal to the minute and
// its consequences (the erasure queue), and both reminder lists (consents about to expire,
// agreed feedback no consent covers). Recording and evidence are consents-repo.test.ts.

useConsentsRegister();

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

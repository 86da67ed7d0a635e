import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDisclosure } from '../../../electron/core/consents/disclosure-log';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { buildFeedback, documentLanguage } from '../../../electron/core/reports/feedback/model';
import { cleanup, directRegister, giveConsent, seedCourse } from './feedback-fixture';

// The feedback report's model: each section decided by the one disclosure rule and the start
// agreement; the default period, language and naming.

let register: OpenRegister;
const AT = '2026-05-20T10:00';

beforeAll(() => {
  register = directRegister();
});
afterAll(() => cleanup(register));

const sectionsOf = (plan: ReturnType<typeof buildFeedback>) =>
  Object.fromEntries(plan.model.sections.map((s) => [s.section, s.included ? 'in' : s.omitted]));

describe('feedback report model', () => {
  it('includes every section a consent and the agreement cover, with its content', () => {
    const course = seedCourse(register.db);
    giveConsent(register.db, course, ['attendance', 'goals', 'outcome', 'notes']);
    const plan = buildFeedback(register, { caseId: course.caseId, comment: '  Stabilt fremmøde.  ' }, AT);
    const m = plan.model;
    expect(sectionsOf(plan)).toEqual({ meetings: 'in', goals: 'in', status: 'in', 'next-steps': 'in', comment: 'in' });
    expect(m.blocked).toBeNull();
    // Default period: the course's start to today; default language: the contact's (da).
    expect([m.from, m.to, m.language]).toEqual(['2026-01-10', '2026-05-20', 'da']);
    expect(m.meetings).toEqual({
      count: 3,
      list: [
        { date: '2026-02-03', type: 'mentor-mentee', durationMinutes: 90 },
        { date: '2026-03-10', type: 'three-party', durationMinutes: 60 },
        { date: '2026-04-14', type: 'mentor-mentee', durationMinutes: 45 },
      ],
    });
    expect(m.goals?.map((g) => g.progress)).toEqual(['in-progress', 'reached']);
    expect(m.status).toEqual({ status: 'active', startedOn: '2026-01-10', closedOn: null, outcome: null });
    expect(m.nextSteps).toEqual({
      openGoals: ['Autorisation som sygeplejerske'],
      nextMeetingOn: '2099-01-05',
      nextFollowUpOn: '2099-06-01',
    });
    expect(m.comment).toBe('Stabilt fremmøde.');
    expect(m.menteeShownAs).toBe('Amina Yusuf');
    expect(m.signedBy).toBe('Karin Holm');
    expect(m.letterhead.organisationName).toBe('Mentornetværket Kolding');
    expect(m.recipient.organisationName).toMatch(/^Jobcenter Kolding/);
    expect(m.suggestedFileName).toBe(`Tilbagemelding ${m.menteeCode} 2026-05-20.docx`);
    expect(plan.categories).toEqual(['attendance', 'goals', 'outcome', 'notes']);
  });

  it('leaves out what the consent does not cover, with the reason, and fills nothing for it', () => {
    const course = seedCourse(register.db, { contactLanguage: 'Arabisk' });
    giveConsent(register.db, course, ['attendance']);
    giveConsent(register.db, course, ['goals'], { givenOn: '2025-01-01', expiresOn: '2025-12-31' });
    const plan = buildFeedback(register, { caseId: course.caseId, comment: 'Noget' }, AT);
    expect(sectionsOf(plan)).toEqual({
      meetings: 'in',
      goals: 'expired',
      status: 'category-not-covered',
      'next-steps': 'expired',
      comment: 'category-not-covered',
    });
    expect([plan.model.goals, plan.model.status, plan.model.nextSteps, plan.model.comment]).toEqual([null, null, null, null]);
    expect(plan.categories).toEqual(['attendance']);
    // The contact's language is not one Bindeled speaks: the register's default (da).
    expect(plan.model.language).toBe('da');
  });

  it("respects the start agreement's list and naming, and an empty comment", () => {
    const course = seedCourse(register.db, {
      agreement: { feedbackMayContain: ['meeting-count'], feedbackNaming: 'first-name' },
      contactLanguage: 'en',
    });
    giveConsent(register.db, course, ['attendance', 'goals', 'outcome', 'notes']);
    const plan = buildFeedback(register, { caseId: course.caseId }, AT);
    expect(sectionsOf(plan)).toEqual({
      meetings: 'in',
      goals: 'not-in-agreement',
      status: 'not-in-agreement',
      'next-steps': 'not-in-agreement',
      comment: 'not-in-agreement',
    });
    expect(plan.model.menteeShownAs).toBe('Amina');
    expect(plan.model.language).toBe('en');
    expect(plan.model.suggestedFileName).toMatch(/^Feedback MT-/);

    const coded = seedCourse(register.db, { agreement: { feedbackNaming: 'code' } });
    giveConsent(register.db, coded, ['attendance', 'notes']);
    const p2 = buildFeedback(register, { caseId: coded.caseId, comment: '   ' }, AT);
    expect(p2.model.menteeShownAs).toBe(p2.model.menteeCode);
    expect(sectionsOf(p2).comment).toBe('empty');
  });

  it("reads the contact's free-text language as one of the five, or falls back", () => {
    const cases: [string, string | null][] = [
      ['da', 'da'],
      ['nb-NO', 'nb'],
      ['no', 'nb'],
      ['Dansk', 'da'],
      ['  Svenska ', 'sv'],
      ['Swedish', 'sv'],
      ['suomi', 'fi'],
      ['English', 'en'],
      ['fi-FI', 'fi'],
      ['ar', null],
      ['Arabisk', null],
      ['', null],
    ];
    for (const [text, language] of cases) expect(documentLanguage(text), text).toBe(language);
    const course = seedCourse(register.db, { contactLanguage: 'Svenska' });
    giveConsent(register.db, course, ['attendance']);
    expect(buildFeedback(register, { caseId: course.caseId }, AT).model.language).toBe('sv');
  });

  it('without an agreement yet, decides by consent only', () => {
    const course = seedCourse(register.db, { agreement: null });
    giveConsent(register.db, course, ['outcome']);
    const plan = buildFeedback(register, { caseId: course.caseId }, AT);
    expect(sectionsOf(plan).status).toBe('in');
    expect(plan.model.status?.status).toBe('matched');
    // Not started: the period starts on the match.
    expect(plan.model.from).toBe('2026-01-05');
  });

  it('is blocked without a consent in force or without a referring organisation', () => {
    const none = seedCourse(register.db);
    expect(buildFeedback(register, { caseId: none.caseId }, AT).model.blocked).toBe('no-consent');
    const withdrawn = seedCourse(register.db);
    giveConsent(register.db, withdrawn, ['attendance', 'goals'], { withdrawnAt: '2026-05-01T09:00' });
    const plan = buildFeedback(register, { caseId: withdrawn.caseId }, AT);
    expect(plan.model.blocked).toBe('withdrawn');
    expect(plan.model.sections.every((s) => !s.included)).toBe(true);
    expect(plan.model.meetings).toBeNull();
    // Consent to another organisation does not count.
    const other = seedCourse(register.db);
    giveConsent(register.db, other, ['attendance'], { orgId: none.orgId });
    expect(buildFeedback(register, { caseId: other.caseId }, AT).model.blocked).toBe('no-consent');

    const noOrg = seedCourse(register.db);
    register.db.prepare('UPDATE cases SET referral_organisation_id = NULL, referral_contact_id = NULL WHERE id = ?').run(noOrg.caseId);
    const p = buildFeedback(register, { caseId: noOrg.caseId }, AT);
    expect(p.model.blocked).toBe('no-recipient');
    expect(p.model.recipient.organisationId).toBeNull();
  });

  it('starts the default period the day after the last feedback sent, and checks a given period', () => {
    const course = seedCourse(register.db);
    giveConsent(register.db, course, ['attendance']);
    recordDisclosure(register.db, 'owner', {
      person: { kind: 'mentee', id: course.menteeId },
      purpose: 'feedback-sharing',
      recipientOrganisationId: course.orgId,
      recipientLabel: 'Jobcenter',
      categories: ['attendance'],
      at: '2026-03-10T12:00',
      caseId: course.caseId,
    });
    // Feedback on this course to another organisation (a former referrer) does not count.
    const other = seedCourse(register.db).orgId;
    giveConsent(register.db, course, ['attendance'], { orgId: other });
    recordDisclosure(register.db, 'owner', {
      person: { kind: 'mentee', id: course.menteeId },
      purpose: 'feedback-sharing',
      recipientOrganisationId: other,
      recipientLabel: 'Other',
      categories: ['attendance'],
      at: '2026-04-30T12:00',
      caseId: course.caseId,
    });
    const plan = buildFeedback(register, { caseId: course.caseId }, AT);
    expect([plan.model.from, plan.model.to]).toEqual(['2026-03-11', '2026-05-20']);
    expect(plan.model.meetings?.list.map((m) => m.date)).toEqual(['2026-04-14']);

    const given = buildFeedback(register, { caseId: course.caseId, from: '2026-02-01', to: '2026-02-28' }, AT);
    expect(given.model.meetings?.count).toBe(1);
    expect(() => buildFeedback(register, { caseId: course.caseId, from: '2026-03-01', to: '2026-02-01' }, AT)).toThrow(/DATE_OUT_OF_ORDER/);
    expect(() => buildFeedback(register, { caseId: 99999 }, AT)).toThrow(/NOT_FOUND/);
  });

  it("ends a closed course's default period on its closing day, not today", () => {
    const course = seedCourse(register.db);
    giveConsent(register.db, course, ['attendance', 'outcome']);
    register.db
      .prepare("UPDATE cases SET status = 'closed', closed_on = '2026-04-20', outcome = 'education' WHERE id = ?")
      .run(course.caseId);
    const plan = buildFeedback(register, { caseId: course.caseId }, AT);
    expect(plan.model.to).toBe('2026-04-20');
    expect(plan.model.meetings?.list.map((m) => m.date)).toEqual(['2026-02-03', '2026-03-10', '2026-04-14']);
    // Asked for explicitly, the period is what the coordinator chose.
    expect(buildFeedback(register, { caseId: course.caseId, to: '2026-05-01' }, AT).model.to).toBe('2026-05-01');
  });

  it("never signs with the first user's placeholder name: the course's coordinator, else a line to sign by hand", () => {
    const course = seedCourse(register.db);
    giveConsent(register.db, course, ['attendance']);
    register.db.prepare("UPDATE users SET display_name = 'Owner' WHERE id = 'owner'").run();
    try {
      register.db.prepare("UPDATE cases SET coordinator = 'Sofie Krogh' WHERE id = ?").run(course.caseId);
      expect(buildFeedback(register, { caseId: course.caseId }, AT).model.signedBy).toBe('Sofie Krogh');
      register.db.prepare("UPDATE cases SET coordinator = '' WHERE id = ?").run(course.caseId);
      expect(buildFeedback(register, { caseId: course.caseId }, AT).model.signedBy).toBe('');
    } finally {
      register.db.prepare("UPDATE users SET display_name = 'Karin Holm' WHERE id = 'owner'").run();
    }
  });
});

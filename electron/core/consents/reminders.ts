import type { z } from 'zod';
import { DEFAULT_REMINDER_DAYS, type ConsentReminders, type ConsentSettings } from '../../../shared/contract/consents';
import type { ConsentPurpose, ConsentTerms, DataCategory, PersonKind } from '../../../shared/contract/consents-schemas';
import { CASE_STATUSES, type CaseStatus, type FEEDBACK_CONTENTS } from '../../../shared/contract/mentoring-schemas';
import type { Db } from '../db/driver';
import { addDays, daysBetween, parseJson } from '../mentoring/rows';
import { categoriesForFeedback } from './agreement-categories';
import { consentStateAt, decideDisclosure, localMinuteNow } from './decide';

// "Consents due": consents about to expire, and open courses whose agreed feedback to the
// referring organisation no valid consent covers. The second list asks the same rule
// (decideDisclosure) that every real disclosure asks.

type Reminders = z.output<typeof ConsentReminders>;
type Settings = z.output<typeof ConsentSettings>;

const KEY = 'consents';
/** The open statuses, listed so the status index finds the courses (`<> 'closed'` reads them all). */
const OPEN = CASE_STATUSES.filter((st) => st !== 'closed')
  .map((st) => `'${st}'`)
  .join(', ');

export function readConsentSettings(db: Db): Settings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  const stored = parseJson<Partial<Settings>>(row?.value ?? null, {});
  const days = stored.reminderDays;
  return {
    reminderDays: Number.isInteger(days) && (days as number) >= 1 && (days as number) <= 365 ? (days as number) : DEFAULT_REMINDER_DAYS,
  };
}

export function writeConsentSettings(db: Db, settings: Settings): Settings {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    KEY,
    JSON.stringify(settings),
  );
  return settings;
}

interface ExpiringRow {
  id: number;
  person_kind: PersonKind;
  person_id: number;
  purpose: ConsentPurpose;
  recipient_name: string | null;
  expires_on: string;
  withdrawn_at: string | null;
  given_on: string;
  label: string | null;
}

interface CourseRow {
  id: number;
  mentee_id: number;
  code: string;
  status: CaseStatus;
  organisation_id: number;
  organisation_name: string;
  agreement: string;
}

interface TermsRow {
  id: number;
  person_id: number;
  purpose: ConsentPurpose;
  recipient_organisation_id: number | null;
  categories: string;
  given_on: string;
  expires_on: string | null;
  withdrawn_at: string | null;
}

/** Both reminder lists at minute `at` (default now), looking `days` days ahead for expiries. */
export function consentReminders(db: Db, days: number, at = localMinuteNow()): Reminders {
  const today = at.slice(0, 10);
  const expiring = (
    db
      .prepare(
        `SELECT c.id, c.person_kind, c.person_id, c.purpose, o.name AS recipient_name, c.expires_on, c.withdrawn_at, c.given_on,
           CASE c.person_kind WHEN 'mentee' THEN e.code ELSE m.name END AS label
         FROM consents c
         LEFT JOIN organisations o ON o.id = c.recipient_organisation_id
         LEFT JOIN mentees e ON c.person_kind = 'mentee' AND e.id = c.person_id
         LEFT JOIN mentors m ON c.person_kind = 'mentor' AND m.id = c.person_id
         WHERE c.expires_on BETWEEN ? AND ? AND (c.withdrawn_at IS NULL OR c.withdrawn_at > ?)
         ORDER BY c.expires_on, c.id`,
      )
      .all(today, addDays(today, days), at) as ExpiringRow[]
  )
    .filter((r) => consentStateAt({ givenOn: r.given_on, expiresOn: r.expires_on, withdrawnAt: r.withdrawn_at }, at) !== 'withdrawn')
    .map((r) => ({
      consentId: r.id,
      person: { kind: r.person_kind, id: r.person_id },
      personLabel: r.label ?? '',
      purpose: r.purpose,
      recipientName: r.recipient_name,
      expiresOn: r.expires_on,
      daysLeft: daysBetween(today, r.expires_on),
    }));

  const uncovered = uncoveredCourses(db, at);
  return { today, days, expiring, uncovered };
}

/** How many consents `consentReminders` lists as expiring (the start page's figure), from the expiry index alone. */
export function expiringCount(db: Db, days: number, at = localMinuteNow()): number {
  const today = at.slice(0, 10);
  // Its filter (not withdrawn at `at`) is the query's own withdrawal condition.
  return (
    db
      .prepare('SELECT count(*) AS n FROM consents WHERE expires_on BETWEEN ? AND ? AND (withdrawn_at IS NULL OR withdrawn_at > ?)')
      .get(today, addDays(today, days), at) as { n: number }
  ).n;
}

/**
 * The open courses whose agreed feedback no valid consent covers at minute `at`: of every
 * mentee, or only of `mentees` (what the start page's kept count recounts after a change).
 */
export function uncoveredCourses(db: Db, at: string, mentees?: readonly number[]): Reminders['uncovered'] {
  const only = (column: string) => (mentees ? `AND ${column} IN (SELECT value FROM json_each(?))` : '');
  const params = mentees ? [JSON.stringify(mentees)] : [];
  const courses = db
    .prepare(
      `SELECT c.id, c.mentee_id, e.code, c.status, c.referral_organisation_id AS organisation_id, o.name AS organisation_name, c.agreement
       FROM cases c JOIN mentees e ON e.id = c.mentee_id JOIN organisations o ON o.id = c.referral_organisation_id
       WHERE c.status IN (${OPEN}) AND c.agreement IS NOT NULL AND e.anonymised_at IS NULL ${only('c.mentee_id')}
       ORDER BY c.id`,
    )
    .all(...params) as CourseRow[];
  // One read of the feedback consents of the mentees with an open course (through the person
  // index) instead of one query per course, or every mentee's.
  const byMentee = new Map<number, ConsentTerms[]>();
  const termsRows = db
    .prepare(
      `SELECT id, person_id, purpose, recipient_organisation_id, categories, given_on, expires_on, withdrawn_at
       FROM consents WHERE person_kind = 'mentee' AND purpose = 'feedback-sharing'
         AND person_id IN (SELECT mentee_id FROM cases WHERE status IN (${OPEN}) AND agreement IS NOT NULL ${only('mentee_id')})`,
    )
    .all(...params) as TermsRow[];
  for (const r of termsRows) {
    const list = byMentee.get(r.person_id) ?? [];
    list.push({
      id: r.id,
      purpose: r.purpose,
      recipientOrganisationId: r.recipient_organisation_id,
      categories: JSON.parse(r.categories) as DataCategory[],
      givenOn: r.given_on,
      expiresOn: r.expires_on,
      withdrawnAt: r.withdrawn_at,
    });
    byMentee.set(r.person_id, list);
  }
  const uncovered: Reminders['uncovered'] = [];
  for (const course of courses) {
    const agreement = parseJson<{ feedbackFrequency?: string; feedbackMayContain?: (typeof FEEDBACK_CONTENTS)[number][] }>(
      course.agreement,
      {},
    );
    // "No feedback" agreed: nothing is to leave the register, so nothing needs covering.
    if (agreement.feedbackFrequency === 'none') continue;
    const agreed = categoriesForFeedback(agreement.feedbackMayContain ?? []);
    const decision = decideDisclosure(byMentee.get(course.mentee_id) ?? [], {
      purpose: 'feedback-sharing',
      recipientOrganisationId: course.organisation_id,
      categories: agreed,
      at,
    });
    if (decision.allowed) continue;
    uncovered.push({
      caseId: course.id,
      menteeId: course.mentee_id,
      menteeCode: course.code,
      status: course.status,
      organisationId: course.organisation_id,
      organisationName: course.organisation_name,
      agreed,
      missing: decision.categories.filter((c) => !c.allowed).map((c) => c.category),
      identityCovered: decision.identity,
    });
  }
  return uncovered;
}

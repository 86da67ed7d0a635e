import type { z } from 'zod';
import type { DashboardFlows, DashboardInput, DashboardSummary } from '../../../shared/contract/reports';
import { CASE_STATUSES, OUTCOMES, type CaseStatus } from '../../../shared/contract/mentoring-schemas';
import type { Db } from '../db/driver';
import { localMinuteNow } from '../consents/decide';
import { expiringCount, readConsentSettings } from '../consents/reminders';
import { CoreError } from '../errors';
import { keptFeedbackFigures } from './dashboard-kept';
import { addDays, addMonths, daysBetween } from '../mentoring/rows';

// The dashboard's key figures: internal counts over every course (nothing suppressed, nothing
// leaves the register), one SQL aggregate per figure so 20,000 courses take milliseconds.

type Summary = z.output<typeof DashboardSummary>;
type Flows = z.output<typeof DashboardFlows>;
type Outcome = (typeof OUTCOMES)[number];

/** The 12 months (YYYY-MM) ending with the month of `to`, oldest first. */
export function lastTwelveMonths(to: string): string[] {
  const first = `${to.slice(0, 7)}-01`;
  return Array.from({ length: 12 }, (_v, i) => addMonths(first, i - 11).slice(0, 7));
}

/** The median of a list of numbers (mean of the middle two for an even count); null when empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const count = (db: Db, sql: string, ...params: unknown[]): number => (db.prepare(sql).get(...params) as { n: number | null }).n ?? 0;

/** The schema checks the shape only; 2026-13-01 or 2026-02-30 is no day. */
function checkDay(date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || addDays(date, 0) !== date) {
    throw new CoreError('INVALID_INPUT', 'not a calendar date');
  }
}

/**
 * What happened in the inclusive period: counted from the events dated in it, through the date
 * indexes and the trigger-kept summaries of migration 7 (meetings per day, each course's first
 * match), so a year costs a few hundred index rows instead of every meeting and event.
 */
export function periodFlows(db: Db, from: string, to: string): Flows {
  const newReferrals = count(db, 'SELECT count(*) AS n FROM cases WHERE referred_on BETWEEN ? AND ?', from, to);
  const closed = count(db, 'SELECT count(*) AS n FROM cases WHERE closed_on BETWEEN ? AND ?', from, to);
  // Matches in the period, rematches included, one per course (a covering partial index).
  const matched = count(
    db,
    `SELECT count(DISTINCT case_id) AS n FROM case_events INDEXED BY case_events_matched
     WHERE to_status = 'matched' AND date BETWEEN ? AND ?`,
    from,
    to,
  );
  const meetingRow = db
    .prepare('SELECT coalesce(sum(meetings), 0) AS n, coalesce(sum(minutes), 0) AS minutes FROM meeting_days WHERE date BETWEEN ? AND ?')
    .get(from, to) as { n: number; minutes: number };
  // Mentors who had a course at some point of the period.
  // Two ranges of the period index (running, and ended on or after its start), not every mentorship.
  const activeMentors = count(
    db,
    `SELECT count(DISTINCT mentor_id) AS n FROM (
       SELECT mentor_id FROM case_mentors WHERE to_date IS NULL AND from_date <= @to
       UNION ALL SELECT mentor_id FROM case_mentors WHERE to_date >= @from AND from_date <= @to)`,
    { from, to },
  );
  // Waiting time: from referral to the course's first match, for first matches in the period.
  const waits = (
    db
      .prepare(
        `SELECT c.referred_on AS referredOn, f.matched_on AS matchedOn
         FROM case_first_match f JOIN cases c INDEXED BY cases_referred_by_id ON c.id = f.case_id WHERE f.matched_on BETWEEN ? AND ?`,
      )
      .all(from, to) as { referredOn: string; matchedOn: string }[]
  ).map((r) => Math.max(0, daysBetween(r.referredOn, r.matchedOn)));
  return {
    newReferrals,
    matched,
    closed,
    meetings: meetingRow.n,
    volunteerHours: Math.round((meetingRow.minutes / 60) * 10) / 10,
    activeMentors,
    medianDaysToMatch: median(waits),
  };
}

/**
 * The summary for the inclusive period `from`–`to`, and the flows of the comparison period when
 * one is given. Statuses are today's; the flows (referrals, matches, closings, meetings) count
 * events dated in the period; `at` decides what "soon" and "due" mean for consents and feedback.
 */
export function dashboardSummary(db: Db, input: z.output<typeof DashboardInput>, options: { at?: string } = {}): Summary {
  const { from, to, compareFrom, compareTo } = input;
  for (const date of [from, to, compareFrom, compareTo]) if (date !== undefined) checkDay(date);
  if ((compareFrom === undefined) !== (compareTo === undefined)) throw new CoreError('INVALID_INPUT', 'compare needs both dates');
  if (from > to || (compareFrom && compareTo && compareFrom > compareTo)) throw new CoreError('DATE_OUT_OF_ORDER', 'from is after to');

  const byStatus = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>;
  for (const row of db.prepare('SELECT status, count(*) AS n FROM cases GROUP BY status').all() as { status: CaseStatus; n: number }[]) {
    byStatus[row.status] = row.n;
  }
  const flows = periodFlows(db, from, to);
  const previous = compareFrom && compareTo ? { from: compareFrom, to: compareTo, ...periodFlows(db, compareFrom, compareTo) } : null;

  const months = lastTwelveMonths(to);
  const monthFrom = `${months[0]}-01`;
  const perMonth = (sql: string) =>
    new Map((db.prepare(sql).all(monthFrom, to) as { month: string; n: number }[]).map((r) => [r.month, r.n]));
  const referralsPerMonth = perMonth(
    'SELECT substr(referred_on, 1, 7) AS month, count(*) AS n FROM cases WHERE referred_on BETWEEN ? AND ? GROUP BY month',
  );
  const meetingsPerMonth = perMonth(
    'SELECT substr(date, 1, 7) AS month, sum(meetings) AS n FROM meeting_days WHERE date BETWEEN ? AND ? GROUP BY month',
  );
  const closedPerMonth = perMonth(
    'SELECT substr(closed_on, 1, 7) AS month, count(*) AS n FROM cases WHERE closed_on BETWEEN ? AND ? GROUP BY month',
  );
  const monthly = months.map((month) => ({
    month,
    referrals: referralsPerMonth.get(month) ?? 0,
    meetings: meetingsPerMonth.get(month) ?? 0,
    closed: closedPerMonth.get(month) ?? 0,
  }));

  // Referrals by referring organisation; '' labels the courses without one (self-referred).
  const referralsBySource = (
    db
      .prepare(
        // Counted in the (referral day, source) index first; names only for the sources found.
        `SELECT g.organisationId, coalesce(o.name, '') AS label, g.count
         FROM (SELECT referral_organisation_id AS organisationId, count(*) AS count FROM cases
               WHERE referred_on BETWEEN ? AND ? GROUP BY referral_organisation_id) g
         LEFT JOIN organisations o ON o.id = g.organisationId ORDER BY g.count DESC, label`,
      )
      .all(from, to) as { organisationId: number | null; label: string; count: number }[]
  ).map((r) => ({ organisationId: r.organisationId, label: r.label, count: r.count }));

  const outcomeRows = db
    .prepare('SELECT outcome, count(*) AS count FROM cases WHERE closed_on BETWEEN ? AND ? AND outcome IS NOT NULL GROUP BY outcome')
    .all(from, to) as { outcome: Outcome; count: number }[];
  const outcomeCounts = new Map(outcomeRows.map((r) => [r.outcome, r.count]));
  const outcomes = OUTCOMES.filter((o) => outcomeCounts.has(o)).map((outcome) => ({ outcome, count: outcomeCounts.get(outcome) ?? 0 }));

  // The consent and feedback figures: the expiring ones from the expiry index, the rule-based
  // ones kept by migration 16 (the lists behind them are on the consents and feedback pages).
  const at = options.at ?? localMinuteNow();
  const kept = keptFeedbackFigures(db, at);

  return {
    from,
    to,
    figures: {
      ...flows,
      byStatus,
      feedbackDue: kept.feedbackDue,
      consentsExpiringSoon: expiringCount(db, readConsentSettings(db).reminderDays, at),
      consentsUncovered: kept.uncovered,
    },
    previous,
    monthly,
    referralsBySource,
    outcomes,
  };
}

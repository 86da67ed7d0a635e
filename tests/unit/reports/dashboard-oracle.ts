import type { Db } from '../../../electron/core/db/driver';
import { median } from '../../../electron/core/reports/dashboard';
import { daysBetween } from '../../../electron/core/mentoring/rows';

// The dashboard's period figures as they were counted before migration 7: straight from
// the meetings and status changes, scanning them. The test oracle for the trigger-kept summaries.

const count = (db: Db, sql: string, ...params: unknown[]): number => (db.prepare(sql).get(...params) as { n: number | null }).n ?? 0;

/** The flows of the inclusive period, recounted from every row. */
export function periodFlowsByScan(db: Db, from: string, to: string) {
  const meetingRow = db
    .prepare('SELECT count(*) AS n, coalesce(sum(duration_minutes), 0) AS minutes FROM meetings NOT INDEXED WHERE date BETWEEN ? AND ?')
    .get(from, to) as { n: number; minutes: number };
  const waits = (
    db
      .prepare(
        `SELECT c.referred_on AS referredOn, f.first AS matchedOn
         FROM (SELECT case_id, min(date) AS first FROM case_events NOT INDEXED WHERE to_status = 'matched' GROUP BY case_id) f
         JOIN cases c ON c.id = f.case_id WHERE f.first BETWEEN ? AND ?`,
      )
      .all(from, to) as { referredOn: string; matchedOn: string }[]
  ).map((r) => Math.max(0, daysBetween(r.referredOn, r.matchedOn)));
  return {
    newReferrals: count(db, 'SELECT count(*) AS n FROM cases NOT INDEXED WHERE referred_on BETWEEN ? AND ?', from, to),
    matched: count(
      db,
      `SELECT count(DISTINCT case_id) AS n FROM case_events NOT INDEXED WHERE to_status = 'matched' AND date BETWEEN ? AND ?`,
      from,
      to,
    ),
    closed: count(db, 'SELECT count(*) AS n FROM cases NOT INDEXED WHERE closed_on BETWEEN ? AND ?', from, to),
    meetings: meetingRow.n,
    volunteerHours: Math.round((meetingRow.minutes / 60) * 10) / 10,
    activeMentors: count(
      db,
      'SELECT count(DISTINCT mentor_id) AS n FROM case_mentors WHERE from_date <= ? AND (to_date IS NULL OR to_date >= ?)',
      to,
      from,
    ),
    medianDaysToMatch: median(waits),
  };
}

/** Meetings per month (YYYY-MM) in the inclusive period, recounted from every meeting. */
export function meetingsPerMonthByScan(db: Db, from: string, to: string): Record<string, number> {
  const rows = db
    .prepare('SELECT substr(date, 1, 7) AS month, count(*) AS n FROM meetings NOT INDEXED WHERE date BETWEEN ? AND ? GROUP BY month')
    .all(from, to) as { month: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.month, r.n]));
}

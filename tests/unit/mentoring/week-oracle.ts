import type { z } from 'zod';
import type { WeekFollowUp, WeekMeeting, WeekQuiet, WeekWaiting } from '../../../shared/contract';
import { BEFORE_MATCH } from '../../../shared/mentoring/lifecycle';
import type { Db } from '../../../electron/core/db/driver';
import { addDays, daysBetween, localToday, mondayOf } from '../../../electron/core/mentoring/rows';
import { readMentoringSettings } from '../../../electron/core/mentoring/settings';
import { WAIT_START } from '../../../electron/core/mentoring/suggest';

// The week as it was read before the sections were paged (commit 712fb23, mentoring/week.ts),
// kept as the oracle: every list whole, the quiet list from a lookup of each active course's last
// meeting. week-oracle.test.ts compares core's paged sections with it.

interface Week {
  from: string;
  to: string;
  quietDays: number;
  meetings: z.output<typeof WeekMeeting>[];
  quiet: z.output<typeof WeekQuiet>[];
  followUps: z.output<typeof WeekFollowUp>[];
  waiting: z.output<typeof WeekWaiting>[];
}

const CASE_COLUMNS = `c.id AS caseId, e.code AS menteeCode, e.name AS menteeName, m.name AS mentorName, m.anonymised_at IS NOT NULL AS mentorAnonymised, c.status`;
const CASE_JOINS = `JOIN mentees e ON e.id = c.mentee_id LEFT JOIN mentors m ON m.id = c.mentor_id`;
const list = (statuses: readonly string[]) => statuses.map((s) => `'${s}'`).join(', ');

/**
 * The coordinator's week (Monday to Sunday around `today`): meetings dated this week, active
 * courses gone quiet, follow-ups due, and the waiting list longest-waiting first. For a past
 * `today` the statuses are still today's; courses referred after it are left out.
 */
export function oracleWeek(db: Db, today = localToday()): Week {
  const { quietDays } = readMentoringSettings(db);
  const from = mondayOf(today);
  const to = addDays(from, 6);

  const meetings = db
    .prepare(
      `SELECT ${CASE_COLUMNS}, mt.id AS meetingId, mt.date, mt.type FROM meetings mt JOIN cases c ON c.id = mt.case_id ${CASE_JOINS}
       WHERE mt.date BETWEEN ? AND ? ORDER BY mt.date, mt.id`,
    )
    .all(from, to) as Week['meetings'];

  // Quiet counts from the last meeting on or before today (a planned meeting does not make a
  // course less quiet), or from the day the course became active (started or resumed) if later.
  const quietRows = db
    .prepare(
      `SELECT ${CASE_COLUMNS}, (SELECT max(date) FROM meetings WHERE case_id = c.id AND date <= ?) AS lastMeeting, c.status_since AS since
       FROM cases c ${CASE_JOINS} WHERE c.status = 'active'`,
    )
    .all(today) as (Omit<Week['quiet'][number], 'days'> & { since: string })[];
  const quiet = quietRows
    .map(({ since, ...r }) => ({ ...r, days: daysBetween(r.lastMeeting !== null && r.lastMeeting > since ? r.lastMeeting : since, today) }))
    .filter((r) => r.days >= quietDays)
    .sort((a, b) => b.days - a.days || a.caseId - b.caseId);

  const followUps = (
    db
      .prepare(
        `SELECT ${CASE_COLUMNS}, f.id AS followUpId, f.due_on AS dueOn FROM follow_ups f JOIN cases c ON c.id = f.case_id ${CASE_JOINS}
         WHERE f.done_on IS NULL AND f.due_on <= ? ORDER BY f.due_on, f.id`,
      )
      .all(to) as Omit<Week['followUps'][number], 'overdue'>[]
  ).map((f) => ({ ...f, overdue: f.dueOn < today }));

  const waiting = (
    db
      .prepare(
        `SELECT ${CASE_COLUMNS}, c.referred_on AS referredOn, ${WAIT_START} AS waitStart FROM cases c ${CASE_JOINS}
         WHERE c.status IN (${list(BEFORE_MATCH)}) AND c.referred_on <= ?`,
      )
      .all(today) as (Omit<Week['waiting'][number], 'waitingDays'> & { waitStart: string })[]
  )
    .map(({ waitStart, ...r }) => ({ ...r, waitingDays: Math.max(0, daysBetween(waitStart, today)) }))
    .sort((a, b) => b.waitingDays - a.waitingDays || a.caseId - b.caseId);

  // SQLite answers 0 or 1 for the flag; the contract wants a boolean.
  const flag = <T extends { mentorAnonymised: unknown }>(rows: T[]): T[] =>
    rows.map((r) => ({ ...r, mentorAnonymised: r.mentorAnonymised === 1 || r.mentorAnonymised === true }));
  return { from, to, quietDays, meetings: flag(meetings), quiet: flag(quiet), followUps: flag(followUps), waiting: flag(waiting) };
}

import type { z } from 'zod';
import type { WeekCursor, WeekFollowUp, WeekMeeting, WeekQuiet, WeekSectionName, WeekWaiting } from '../../../shared/contract';
import type { Db } from '../db/driver';
import { BEFORE_MATCH } from '../../../shared/mentoring/lifecycle';
import { QUIET_SINCE } from '../db/migrations/0017-week-indexes';
import { prepared } from '../db/statements';
import { addDays, daysBetween } from './rows';
import { WAIT_START } from './suggest';

// The four sections of the week, each read in its order from an index: the count, and `limit`
// rows strictly after a cursor (the order's day and the row's id). Only the rows sent are joined
// with their mentee and mentor.

type Cursor = z.output<typeof WeekCursor>;
export interface Part<T> {
  total: number;
  rows: T[];
  next: Cursor | null;
}
export interface WeekSectionRows {
  meetings: z.output<typeof WeekMeeting>;
  quiet: z.output<typeof WeekQuiet>;
  followUps: z.output<typeof WeekFollowUp>;
  waiting: z.output<typeof WeekWaiting>;
}
/** The week being read: its day, Monday to Sunday, the quiet threshold, and the day the kept meeting figures hold for. */
export interface WeekDay {
  today: string;
  from: string;
  to: string;
  quietDays: number;
  kept: string;
}

const CASE_COLUMNS = `c.id AS caseId, e.code AS menteeCode, e.name AS menteeName, m.name AS mentorName, m.anonymised_at IS NOT NULL AS mentorAnonymised, c.status`;
const CASE_JOINS = `JOIN mentees e ON e.id = c.mentee_id LEFT JOIN mentors m ON m.id = c.mentor_id`;
const WAITING = `c.status IN (${BEFORE_MATCH.map((s) => `'${s}'`).join(', ')})`;
type CaseColumns = Omit<WeekSectionRows['meetings'], 'meetingId' | 'date' | 'type'>;
/** SQLite answers 0 or 1 for the flag; the contract wants a boolean. */
const flag = <T extends { mentorAnonymised: unknown }>(r: T) => ({
  ...r,
  mentorAnonymised: r.mentorAnonymised === 1 || r.mentorAnonymised === true,
});
/** A section's rows as read: the quiet and waiting ones with the day their order reads, which only the cursor sends. */
type Read<S extends WeekSectionName> = WeekSectionRows[S] & { since?: string };
/** The first page starts after this: before every day and id. */
const START = { key: '', id: 0 };
const count = (db: Db, sql: string, ...params: unknown[]) => (prepared(db, sql).get(...params) as { n: number }).n;

/** `limit + 1` rows read: the first `limit` are sent, the extra one says there is more. */
function partOf<T>(total: number, rows: T[], limit: number, keyOf: (row: T) => Cursor): Part<T> {
  const sent = rows.slice(0, limit);
  const last = sent.at(-1);
  return { total, rows: sent, next: rows.length > limit && last ? keyOf(last) : null };
}

function meetings(db: Db, d: WeekDay, after: Cursor, limit: number): Part<WeekSectionRows['meetings']> {
  const total = count(db, 'SELECT count(*) AS n FROM meetings WHERE date BETWEEN ? AND ?', d.from, d.to);
  const rows = prepared(
    db,
    `SELECT ${CASE_COLUMNS}, mt.id AS meetingId, mt.date, mt.type FROM meetings mt JOIN cases c ON c.id = mt.case_id ${CASE_JOINS}
     WHERE mt.date BETWEEN @from AND @to AND (mt.date, mt.id) > (@key, @id) ORDER BY mt.date, mt.id LIMIT @limit`,
  ).all({ from: d.from, to: d.to, key: after.key, id: after.id, limit: limit + 1 }) as WeekSectionRows['meetings'][];
  return partOf(total, rows.map(flag), limit, (r) => ({ key: r.date, id: r.meetingId }));
}

function followUps(db: Db, d: WeekDay, after: Cursor, limit: number): Part<WeekSectionRows['followUps']> {
  const total = count(db, 'SELECT count(*) AS n FROM follow_ups WHERE done_on IS NULL AND due_on <= ?', d.to);
  const rows = prepared(
    db,
    `SELECT ${CASE_COLUMNS}, f.id AS followUpId, f.due_on AS dueOn FROM follow_ups f JOIN cases c ON c.id = f.case_id ${CASE_JOINS}
     WHERE f.done_on IS NULL AND f.due_on <= @to AND (f.due_on, f.id) > (@key, @id) ORDER BY f.due_on, f.id LIMIT @limit`,
  ).all({ to: d.to, key: after.key, id: after.id, limit: limit + 1 }) as Omit<WeekSectionRows['followUps'], 'overdue'>[];
  const sent = rows.map((r) => ({ ...flag(r), overdue: r.dueOn < d.today }));
  return partOf(total, sent, limit, (r) => ({ key: r.dueOn, id: r.followUpId }));
}

function waiting(db: Db, d: WeekDay, after: Cursor, limit: number): Part<Read<'waiting'>> {
  const total = count(db, `SELECT count(*) AS n FROM cases c WHERE ${WAITING} AND c.referred_on <= ?`, d.today);
  // The wait counts from the referral, or from the return to the waiting list after a mentor;
  // one that starts after `today` is 0 days, so the order is by that day, up to `today`.
  // Materialised: the start (a lookup of the course's mentors) is worked out once per course.
  const rows = prepared(
    db,
    `WITH w AS MATERIALIZED (SELECT c.id, min(${WAIT_START}, @today) AS since FROM cases c WHERE ${WAITING} AND c.referred_on <= @today)
     SELECT ${CASE_COLUMNS}, c.referred_on AS referredOn, p.since FROM (
       SELECT id, since FROM w WHERE (since, id) > (@key, @id) ORDER BY since, id LIMIT @limit
     ) p JOIN cases c ON c.id = p.id ${CASE_JOINS} ORDER BY p.since, p.id`,
  ).all({ today: d.today, key: after.key, id: after.id, limit: limit + 1 }) as (Omit<WeekSectionRows['waiting'], 'waitingDays'> & {
    since: string;
  })[];
  const sent = rows.map((r) => ({ ...flag(r), waitingDays: daysBetween(r.since, d.today) }));
  return partOf(total, sent, limit, (r) => ({ key: r.since, id: r.caseId }));
}

interface QuietKey {
  id: number;
  since: string;
  last: string | null;
}
const afterKey = (r: QuietKey, c: Cursor) => r.since > c.key || (r.since === c.key && r.id > c.id);
const byKey = (a: QuietKey, b: QuietKey) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.id - b.id);
const sinceOf = (last: string | null, activeSince: string) => (last !== null && last > activeSince ? last : activeSince);

/**
 * Active courses quiet for `quietDays` or more, quietest first. The kept last meeting (held by
 * the kept day) is the last meeting by `today` for every course without a meeting dated between
 * the two days: the index answers for all but those. Of those, a course met in the `quietDays`
 * before `today` is not quiet then; the last meeting of the few others is looked up.
 */
function quiet(db: Db, d: WeekDay, after: Cursor, limit: number): Part<Read<'quiet'>> {
  const cutoff = addDays(d.today, -d.quietDays);
  const [lo, hi] = d.today < d.kept ? [d.today, d.kept] : [d.kept, d.today];
  const moved = lo !== hi;
  const between = 'SELECT case_id FROM meetings WHERE date > @lo AND date <= @hi';
  const exclude = moved ? `AND c.id NOT IN (${between})` : '';
  const range = { cutoff, ...(moved ? { lo, hi } : {}) };
  let total = count(
    db,
    `SELECT count(*) AS n FROM cases c WHERE c.status = 'active' AND ${QUIET_SINCE('c.')} <= @cutoff ${exclude}`,
    range,
  );
  const kept = prepared(
    db,
    `SELECT c.id, ${QUIET_SINCE('c.')} AS since, c.last_meeting AS last FROM cases c
     WHERE c.status = 'active' AND ${QUIET_SINCE('c.')} <= @cutoff AND (${QUIET_SINCE('c.')}, c.id) > (@key, @id) ${exclude}
     ORDER BY ${QUIET_SINCE('c.')}, c.id LIMIT @limit`,
  ).all({ ...range, key: after.key, id: after.id, limit: limit + 1 }) as QuietKey[];
  let keys = kept;
  if (moved) {
    // From the meetings (index ranges) to their courses, not the other way round.
    const changed = prepared(
      db,
      `SELECT c.id, c.status_since AS activeSince, (SELECT max(g.date) FROM meetings g WHERE g.case_id = c.id AND g.date <= @today) AS last
       FROM (${between} EXCEPT SELECT case_id FROM meetings WHERE date > @cutoff AND date <= @today) d
       CROSS JOIN cases c ON c.id = d.case_id WHERE c.status = 'active'`,
    ).all({ ...range, today: d.today }) as { id: number; activeSince: string; last: string | null }[];
    const exact = changed.map((r) => ({ id: r.id, since: sinceOf(r.last, r.activeSince), last: r.last })).filter((r) => r.since <= cutoff);
    total += exact.length;
    keys = [...kept, ...exact.filter((r) => afterKey(r, after))].sort(byKey).slice(0, limit + 1);
  }
  const cases = caseColumns(
    db,
    keys.map((k) => k.id),
  );
  const rows = keys.map((k) => ({
    ...(cases.get(k.id) as CaseColumns),
    lastMeeting: k.last,
    days: daysBetween(k.since, d.today),
    since: k.since,
  }));
  return partOf(total, rows, limit, (r) => ({ key: r.since, id: r.caseId }));
}

/** The mentee and mentor of the given courses, by course id. */
function caseColumns(db: Db, ids: number[]): Map<number, CaseColumns> {
  const rows = prepared(db, `SELECT ${CASE_COLUMNS} FROM cases c ${CASE_JOINS} WHERE c.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as CaseColumns[];
  return new Map(rows.map((r) => [r.caseId, flag(r)]));
}

const READERS: { [S in WeekSectionName]: (db: Db, d: WeekDay, after: Cursor, limit: number) => Part<Read<S>> } = {
  meetings,
  quiet,
  followUps,
  waiting,
};

/** One section of the week: its count and up to `limit` rows after `after` (from its start when left out). */
export function readWeekSection<S extends WeekSectionName>(
  db: Db,
  d: WeekDay,
  section: S,
  after: Cursor | undefined,
  limit: number,
): Part<WeekSectionRows[S]> {
  const part = READERS[section](db, d, after ?? START, limit) as Part<Read<S>>;
  return { ...part, rows: part.rows.map(({ since: _since, ...r }) => r as WeekSectionRows[S]) };
}

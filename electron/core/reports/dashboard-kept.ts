import { uncoveredCourses } from '../consents/reminders';
import type { Db } from '../db/driver';
import { addMonths } from '../mentoring/rows';
import { AT_END_WINDOW_MONTHS, feedbackCandidates, feedbackDueCount } from './feedback/due';

// The start page's two rule-based figures, kept (migration 16): how many open courses' agreed
// feedback no consent covers, and how many courses are due feedback. Triggers mark the mentees
// and courses a change touched; here those are recomputed with the very functions the consents
// page and the feedback list use, and the counts come from two small indexed tables. So a visit
// costs what changed since the last one, not every open course and its consents.

interface Kept {
  cover_at: string | null;
  due_ready: number;
}

const ids = (db: Db, sql: string): number[] => (db.prepare(sql).all() as { id: number }[]).map((r) => r.id);

/** Brings feedback_due_on up to date: every course on the first call, then the marked ones. */
function keepDue(db: Db, kept: Kept): void {
  const scope = kept.due_ready ? ids(db, 'SELECT case_id AS id FROM kept_dirty_cases') : null;
  if (scope !== null && scope.length === 0) return;
  const cases = scope ?? ids(db, 'SELECT id FROM cases');
  const json = JSON.stringify(cases);
  if (scope === null) db.prepare('DELETE FROM feedback_due_on').run();
  else db.prepare('DELETE FROM feedback_due_on WHERE case_id IN (SELECT value FROM json_each(?))').run(json);
  const insert = db.prepare('INSERT INTO feedback_due_on (case_id, due_on, closed_on) VALUES (?, ?, ?)');
  for (const c of feedbackCandidates(db, { cases })) insert.run(c.row.id, c.dueOn, c.row.status === 'closed' ? c.row.closed_on : null);
  db.prepare('DELETE FROM kept_dirty_cases').run();
  if (!kept.due_ready) db.prepare('UPDATE dashboard_kept SET due_ready = 1 WHERE id = 1').run();
}

/** Brings feedback_uncovered to minute `at`: all on the first call, then the marked mentees. */
function keepCover(db: Db, kept: Kept, at: string): void {
  if (kept.cover_at !== null && kept.cover_at !== at) {
    // A consent whose validity differs between the two minutes: it starts or ends on a day in
    // between (both days included), or is withdrawn at a minute in between.
    const [from, to] = kept.cover_at < at ? [kept.cover_at, at] : [at, kept.cover_at];
    const feedback = "person_kind = 'mentee' AND purpose = 'feedback-sharing'";
    db.prepare(
      `INSERT OR IGNORE INTO kept_dirty_mentees (mentee_id)
       SELECT person_id FROM consents WHERE ${feedback} AND given_on BETWEEN @fromDay AND @toDay
       UNION SELECT person_id FROM consents WHERE ${feedback} AND expires_on BETWEEN @fromDay AND @toDay
       UNION SELECT person_id FROM consents WHERE ${feedback} AND withdrawn_at BETWEEN @from AND @to`,
    ).run({ from, to, fromDay: from.slice(0, 10), toDay: to.slice(0, 10) });
  }
  const mentees = kept.cover_at === null ? undefined : ids(db, 'SELECT mentee_id AS id FROM kept_dirty_mentees');
  if (mentees === undefined) db.prepare('DELETE FROM feedback_uncovered').run();
  else if (mentees.length > 0) {
    db.prepare('DELETE FROM feedback_uncovered WHERE mentee_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(mentees));
  }
  if (mentees === undefined || mentees.length > 0) {
    const insert = db.prepare('INSERT INTO feedback_uncovered (case_id, mentee_id) VALUES (?, ?)');
    for (const u of uncoveredCourses(db, at, mentees)) insert.run(u.caseId, u.menteeId);
    db.prepare('DELETE FROM kept_dirty_mentees').run();
  }
  if (kept.cover_at !== at) db.prepare('UPDATE dashboard_kept SET cover_at = ? WHERE id = 1').run(at);
}

/**
 * The kept figures at minute `at`: the same numbers as `consentReminders(db, …, at).uncovered`
 * and `feedbackDueCount(db, at's day)` give (a property test compares them), brought up to date
 * in one transaction first.
 */
export function keptFeedbackFigures(db: Db, at: string): { uncovered: number; feedbackDue: number } {
  // A read-only user's connection writes nothing (users/read-only-guard.ts): counted in full.
  if (db.pragma('query_only', { simple: true }) === 1) {
    return { uncovered: uncoveredCourses(db, at).length, feedbackDue: feedbackDueCount(db, at.slice(0, 10)) };
  }
  return db.transaction(() => {
    const kept = db.prepare('SELECT cover_at, due_ready FROM dashboard_kept WHERE id = 1').get() as Kept;
    keepDue(db, kept);
    keepCover(db, kept, at);
    const on = at.slice(0, 10);
    const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
    return {
      uncovered: count('SELECT count(*) AS n FROM feedback_uncovered'),
      feedbackDue:
        count('SELECT count(*) AS n FROM feedback_due_on WHERE closed_on IS NULL AND due_on <= ?', on) +
        count(
          'SELECT count(*) AS n FROM feedback_due_on WHERE closed_on IS NOT NULL AND closed_on >= ? AND due_on <= ?',
          addMonths(on, -AT_END_WINDOW_MONTHS),
          on,
        ),
    };
  })();
}

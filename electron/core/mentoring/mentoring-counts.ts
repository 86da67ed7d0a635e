import type { Db } from '../db/driver';
import { liftingQueryOnly } from '../db/query-only';
import { prepared } from '../db/statements';
import { RECOUNT_LAST_MEETING, RECOUNT_MEETINGS } from '../db/migrations/0014-mentoring-sort-columns';

// A course's stored meeting count and last meeting are exact for one day (migration 14): a
// meeting dated on that day or before is held, a later one is planned. When the calendar has
// moved (either way), the only courses whose figures changed are those with a meeting dated
// between the kept day and today; those are recounted and the day moves, in one transaction.
// The courses list calls this before it reads them.

/** Today as the mentoring lists read it: SQLite's date('now', 'localtime'). */
const localToday = (db: Db): string => (prepared(db, "SELECT date('now', 'localtime') AS d").get() as { d: string }).d;

/** Brings the stored meeting figures to `today` (default: today); returns true when anything was recounted. */
export function keepMentoringCountsCurrent(db: Db, today: string = localToday(db)): boolean {
  const day = (prepared(db, 'SELECT day FROM mentoring_counts_day WHERE id = 1').get() as { day: string } | undefined)?.day;
  if (day === undefined || day === today) return false;
  const [from, to] = day < today ? [day, today] : [today, day];
  liftingQueryOnly(db, () =>
    db.transaction(() => {
      db.prepare('UPDATE mentoring_counts_day SET day = ? WHERE id = 1').run(today);
      // Meetings dated after the earlier day and on or before the later one changed sides.
      db.prepare(
        `UPDATE cases SET meeting_count = ${RECOUNT_MEETINGS('cases.id')}, last_meeting = ${RECOUNT_LAST_MEETING('cases.id')}
       WHERE id IN (SELECT case_id FROM meetings WHERE date > ? AND date <= ?)`,
      ).run(from, to);
    })(),
  );
  return true;
}

import type { Db } from '../db/driver';
import { liftingQueryOnly } from '../db/query-only';
import { prepared } from '../db/statements';
import { RECOUNT_CONTACTS } from '../db/migrations/0012-organisation-counts';
import { CURRENT_ORGANISATIONS } from '../db/migrations/0013-contact-organisations';

// The organisations' stored contact counts are exact for one day (migration 12): a membership
// ending on that day still counts. When the calendar has moved, the only organisations whose
// count changed are those with a membership ending between the kept day and today; those are
// recounted and the day moves, in one transaction. The same goes for each contact's current
// organisations (migration 13): those with a membership ending in between are recomputed.
// Reads that use the counts or the contacts' organisations call this first.

/** Today as SQLite's date('now') gives it (UTC), like the "current membership" checks elsewhere. */
const sqliteToday = (db: Db): string => (prepared(db, "SELECT date('now') AS d").get() as { d: string }).d;

/** Brings the stored counts to `today` (default: today); returns true when anything was recounted. */
export function keepOrganisationCountsCurrent(db: Db, today: string = sqliteToday(db)): boolean {
  const day = (prepared(db, 'SELECT day FROM organisation_counts_day WHERE id = 1').get() as { day: string } | undefined)?.day;
  if (day === undefined || day === today) return false;
  const [from, to] = day < today ? [day, today] : [today, day];
  liftingQueryOnly(db, () =>
    db.transaction(() => {
      db.prepare('UPDATE organisation_counts_day SET day = ? WHERE id = 1').run(today);
      db.prepare(
        `UPDATE organisations SET contact_count = ${RECOUNT_CONTACTS('organisations.id')}
       WHERE id IN (SELECT organisation_id FROM memberships WHERE to_date >= ? AND to_date < ?)`,
      ).run(from, to);
      db.prepare(
        `UPDATE contacts SET current_organisations = ${CURRENT_ORGANISATIONS('contacts.id')}
       WHERE id IN (SELECT contact_id FROM memberships WHERE to_date >= ? AND to_date < ?)`,
      ).run(from, to);
    })(),
  );
  return true;
}

import type { Db } from './driver';

// A read-only user's connection is query_only (users/read-only-guard.ts). A few writes are not
// the user changing a record and must still happen on it: their own audit rows (appendAudit),
// the backup's VACUUM INTO (which SQLite refuses on a query_only connection), and moving the
// figures kept for a day on at the first read of a new one (organisation counts, a contact's
// organisations, the mentoring lists' meeting figures). Each lifts query_only for that write alone.

/** Runs `write` even on a query_only connection, which is query_only again afterwards. */
export function liftingQueryOnly<T>(db: Db, write: () => T): T {
  if (db.pragma('query_only', { simple: true }) !== 1) return write();
  db.pragma('query_only = OFF');
  try {
    return write();
  } finally {
    db.pragma('query_only = ON');
  }
}

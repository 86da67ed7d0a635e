import type { Db } from './driver';

// Figures kept in the rows for a day (organisation counts, a contact's organisations, the
// mentoring lists' meeting figures) are moved on by the first read of a new day. A read-only
// user's connection is query_only (users/read-only-guard.ts), so that read would fail with
// SQLITE_READONLY. Moving the kept day changes no record, only what follows from the records,
// so it is lifted for that write alone, as appendAudit does for the user's own audit rows.

/** Runs `write` (a recount of kept figures, nothing a user entered) even on a query_only connection. */
export function writingKeptFigures<T>(db: Db, write: () => T): T {
  if (db.pragma('query_only', { simple: true }) !== 1) return write();
  db.pragma('query_only = OFF');
  try {
    return write();
  } finally {
    db.pragma('query_only = ON');
  }
}

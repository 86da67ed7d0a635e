import type { Migration } from './types';

// Files written outside the register whose log row (a disclosure, an audit entry) commits in a
// later transaction: the intent is committed first, the file renamed into place and the intent
// deleted in the same transaction as the log row. An intent found on the next unlock means the
// process died before that commit: the file was never logged, so it is removed
// (electron/core/storage/logged-output.ts).
export const m0005OutputIntents: Migration = {
  version: 5,
  name: 'output intents',
  up(db) {
    db.exec(`
      CREATE TABLE output_intents (
        id INTEGER PRIMARY KEY,
        target TEXT NOT NULL,
        temp TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
    `);
  },
};

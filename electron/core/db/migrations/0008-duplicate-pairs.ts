import type { Migration } from './types';

// Pairs of contact persons that may be one person (an import found the same name at the same
// organisation with a different e-mail or phone). Open pairs are offered for review; "keep both"
// marks the pair decided so it is never offered again; a merge removes the absorbed contact and
// with it (ON DELETE CASCADE) its pairs. low_id < high_id, so a pair is stored once.
export const m0008DuplicatePairs: Migration = {
  version: 8,
  name: 'contact duplicate pairs',
  up(db) {
    db.exec(`
      CREATE TABLE contact_duplicate_pairs (
        low_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        high_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept-both')),
        found_at TEXT NOT NULL,
        decided_at TEXT,
        PRIMARY KEY (low_id, high_id),
        CHECK (low_id < high_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX contact_duplicate_pairs_high ON contact_duplicate_pairs(high_id);
    `);
  },
};

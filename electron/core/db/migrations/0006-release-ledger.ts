import type { Migration } from './types';

// The results report's ledger of released figures: every count a written report showed, with
// the period it counts. Written in the same transaction as the report's audit row, so a figure
// is here exactly when a file with it went out. Later reports hide a figure whose difference
// from these would reveal a small count (electron/core/reports/programme/ledger.ts).
export const m0006ReleaseLedger: Migration = {
  version: 6,
  name: 'release ledger',
  up(db) {
    db.exec(`
      CREATE TABLE released_cells (
        id INTEGER PRIMARY KEY,
        audit_sha256 TEXT NOT NULL,
        cell TEXT NOT NULL,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        value INTEGER NOT NULL CHECK (value >= 0)
      ) STRICT;
      CREATE INDEX released_cells_cell ON released_cells (cell);
    `);
  },
};

import type { Db } from '../electron/core/db/driver';

// The engine floor's input (import-step.ts): what an import wrote, read back and inserted bare
// elsewhere, so the floor writes exactly the import's contacts and search-index text
// (tests/unit/bench/floor-rows.test.ts checks the copy is row for row).

/** What an import left in the register: its contacts and the whole search index, row for row (for the engine floor). */
export interface Written {
  contactColumns: string[];
  contacts: unknown[][];
  index: unknown[][];
}

/** Reads back the contacts and search-index rows, all columns, in rowid order. */
export function writtenRows(db: Db): Written {
  const columns = (db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').all('contacts') as { name: string }[]).map(
    (c) => c.name,
  );
  const contacts = db
    .prepare(`SELECT ${columns.join(', ')} FROM contacts ORDER BY id`)
    .raw()
    .all() as unknown[][];
  const index = db
    .prepare('SELECT rowid, kind, ref, label, subtitle, title, body, sounds FROM search_index ORDER BY rowid')
    .raw()
    .all() as unknown[][];
  return { contactColumns: columns, contacts, index };
}

/**
 * Inserts rows read by writtenRows() bare: every contact column as the import wrote it (same ids)
 * and the same search-index rows, with two prepared statements in one transaction.
 */
export function insertBare(db: Db, w: Written): void {
  const contact = db.prepare(
    `INSERT INTO contacts (${w.contactColumns.join(', ')}) VALUES (${w.contactColumns.map(() => '?').join(', ')})`,
  );
  const index = db.prepare(
    'INSERT INTO search_index (rowid, kind, ref, label, subtitle, title, body, sounds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const r of w.contacts) contact.run(r);
    for (const r of w.index) index.run(r);
  })();
}

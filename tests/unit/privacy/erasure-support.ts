import { createHash } from 'node:crypto';
import type { Db } from '../../../electron/core/db/driver';
import { soundKey } from '../../../shared/text';

// Scanning a register for a marker: every table sqlite_master knows, the FTS5 shadow tables
// included, every column, text and blobs alike, and the index's own term list.

/** Where `marker` (any case) or its sound-alike key still occurs: "table.column" per hit. */
export function findMarker(db: Db, marker: string): string[] {
  const needles = [marker.toLowerCase(), soundKey(marker), marker.slice(1).toLowerCase()];
  const hits: string[] = [];
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  for (const { name } of tables) {
    for (const row of db.prepare(`SELECT * FROM "${name}"`).iterate() as IterableIterator<Record<string, unknown>>) {
      for (const [column, value] of Object.entries(row)) {
        const text = Buffer.isBuffer(value) ? value.toString('latin1') : typeof value === 'string' ? value : '';
        if (needles.some((n) => text.toLowerCase().includes(n))) hits.push(`${name}.${column}`);
      }
    }
  }
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search_index, row)');
  for (const { term } of db.prepare('SELECT term FROM temp.search_terms').all() as { term: string }[]) {
    if (needles.some((n) => term.includes(n))) hits.push(`search_index term ${term}`);
  }
  db.exec('DROP TABLE temp.search_terms');
  return [...new Set(hits)];
}

/** A hash of the rows a query returns: "untouched" made checkable. */
export function rowsHash(db: Db, sql: string, ...params: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify(db.prepare(sql).all(...params)))
    .digest('hex');
}

/** Everything about the mentees other than `id`: their rows and their courses with all that hangs off them. */
export function othersHash(db: Db, id: number): Record<string, string> {
  const inOtherCases = 'case_id IN (SELECT id FROM cases WHERE mentee_id <> ?)';
  return {
    mentees: rowsHash(db, 'SELECT * FROM mentees WHERE id <> ? ORDER BY id', id),
    cases: rowsHash(db, 'SELECT * FROM cases WHERE mentee_id <> ? ORDER BY id', id),
    meetings: rowsHash(db, `SELECT * FROM meetings WHERE ${inOtherCases} ORDER BY id`, id),
    case_events: rowsHash(db, `SELECT * FROM case_events WHERE ${inOtherCases} ORDER BY id`, id),
    case_goals: rowsHash(db, `SELECT * FROM case_goals WHERE ${inOtherCases} ORDER BY id`, id),
    case_mentors: rowsHash(db, `SELECT * FROM case_mentors WHERE ${inOtherCases} ORDER BY id`, id),
    follow_ups: rowsHash(db, `SELECT * FROM follow_ups WHERE ${inOtherCases} ORDER BY id`, id),
    consents: rowsHash(db, "SELECT * FROM consents WHERE NOT (person_kind = 'mentee' AND person_id = ?) ORDER BY id", id),
    mentors: rowsHash(db, 'SELECT * FROM mentors ORDER BY id'),
    contacts: rowsHash(db, 'SELECT * FROM contacts ORDER BY id'),
    organisations: rowsHash(db, 'SELECT * FROM organisations ORDER BY id'),
    search: rowsHash(db, 'SELECT rowid, * FROM search_index WHERE rowid <> ? * 8 + 4 ORDER BY rowid', id),
  };
}

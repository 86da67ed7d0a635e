import type { z } from 'zod';
import type { SearchHit } from '../../../shared/contract';
import { foldedWords, foldText, soundKey, WORD_BREAK } from '../../../shared/text';
import type { Db } from '../db/driver';
import { prepared } from '../db/statements';

// One FTS5 table indexes organisations, contacts and networks. Its rowid is derived from the
// entity, so an entry is replaced or removed by rowid (FTS5 cannot index the kind/ref columns;
// a lookup by them would scan the whole table on every save of a 50,000-contact import).

export type SearchKind = z.output<typeof SearchHit>['kind'];
const KIND_SLOT: Record<SearchKind, number> = { organisation: 0, contact: 1, network: 2, mentor: 3, mentee: 4 };
const KINDS = Object.keys(KIND_SLOT) as SearchKind[];

function rowid(kind: SearchKind, id: number): number {
  return id * 8 + KIND_SLOT[kind];
}

export interface IndexEntry {
  /** Shown as the hit's title, as written. */
  label: string;
  subtitle: string;
  /** Weighted highest: names. */
  title: string;
  /** Everything else worth finding: e-mail, role, municipality, how they work, offers… */
  body: string;
}

function entryRow(kind: SearchKind, id: number, entry: IndexEntry): unknown[] {
  // The title folded once: its words are foldedWords(entry.title), split the same way.
  const title = foldText(entry.title);
  const sounds = title
    .split(WORD_BREAK)
    .filter((w) => w.length >= 3)
    .map(soundKey)
    .join(' ');
  return [rowid(kind, id), kind, id, entry.label, entry.subtitle, title, foldText(entry.body), sounds];
}

const INSERT = 'INTO search_index (rowid, kind, ref, label, subtitle, title, body, sounds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';

/** Adds or replaces one entity's entry. Call inside the transaction that changed the entity. */
export function indexEntity(db: Db, kind: SearchKind, id: number, entry: IndexEntry): void {
  prepared(db, 'DELETE FROM search_index WHERE rowid = ?').run(rowid(kind, id));
  prepared(db, `INSERT ${INSERT}`).run(entryRow(kind, id, entry));
}

/**
 * Adds the entry of an entity created in the current transaction, which cannot have one yet (its
 * id is new): the same row as indexEntity writes, without the delete before it. OR REPLACE in
 * case a stale entry under that rowid was left behind by an older version.
 */
export function indexNewEntity(db: Db, kind: SearchKind, id: number, entry: IndexEntry): void {
  prepared(db, `INSERT OR REPLACE ${INSERT}`).run(entryRow(kind, id, entry));
}

export function unindexEntity(db: Db, kind: SearchKind, id: number): void {
  prepared(db, 'DELETE FROM search_index WHERE rowid = ?').run(rowid(kind, id));
}

function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** Builds the FTS5 query: every word must match a name or text by prefix, or a name by sound. */
export function buildQuery(text: string): string | null {
  const words = foldedWords(text).slice(0, 8);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const exact = `{title body} : ${quote(word)}*`;
      if (word.length < 4) return `(${exact})`;
      // A sound key of one or two letters ("kaya" → k) as a prefix would expand to thousands of
      // keys and cost a whole-index merge: short keys match whole keys only.
      const key = soundKey(word);
      return `(${exact} OR sounds : ${quote(key)}${key.length >= 3 ? '*' : ''})`;
    })
    .join(' AND ');
}

/** Full-text search, best first: names weigh most, then sound-alikes, then other text. */
export function searchIndex(db: Db, text: string, limit: number): z.output<typeof SearchHit>[] {
  const query = buildQuery(text);
  if (!query) return [];
  const rows = db
    .prepare(
      `SELECT kind, ref, label, subtitle FROM search_index WHERE search_index MATCH ?
       ORDER BY bm25(search_index, 0, 0, 0, 0, 10.0, 1.0, 3.0) LIMIT ?`,
    )
    .all(query, limit) as { kind: string; ref: number; label: string; subtitle: string }[];
  return rows
    .filter((r): r is typeof r & { kind: SearchKind } => (KINDS as string[]).includes(r.kind))
    .map((r) => ({ kind: r.kind, id: r.ref, title: r.label, subtitle: r.subtitle }));
}

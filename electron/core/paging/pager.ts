import type { z } from 'zod';
import type { PageCursor, PageQuery } from '../../../shared/contract/paging';
import { foldedWords } from '../../../shared/text';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { buildQuery } from '../partners/search-index';

// One pager for every big list. A list declares its columns once (which SQL expression sorts
// it, which one a text or date filter reads); a request may name only those columns, so
// nothing from the renderer reaches SQL but bound values. Pages follow each other by keyset:
// the next page starts after the last row's sort values and id (id is the stable tiebreak), so
// with an index on the sort expression a page deep in the list costs what the first one does.

type Query = z.output<typeof PageQuery>;
type Cursor = z.output<typeof PageCursor>;
export type Key = string | number | null;

/** An entry of the search index a list's rows are found by: the row's `ref` is the entry's id. */
export interface IndexRef {
  /** The SQL expression holding the indexed entity's id (`t.id` for the list's own entry). */
  ref: string;
  slot: number;
  /** Which text of the entry a word may begin: names and text with sound-alikes (default), or one of the two. */
  fields?: 'all' | 'title' | 'body';
}

export interface PageColumn {
  /** The ORDER BY expression; every plain column has an index on exactly this expression. */
  sort?: string;
  /** The text a "contains" filter reads; it must also be in the list's full-text entry. */
  text?: string;
  /** An ISO date or timestamp a date filter reads. */
  date?: string;
  /** The sort has an index on exactly its expression, so a page may walk it (see `walksSort`). */
  indexed?: boolean;
  /** A number a number filter reads. */
  number?: string;
  /** Where a text filter finds its candidates, when the text is in another entity's entry (default: the list's own). */
  index?: IndexRef;
  /**
   * Which text of the entry holds all of this column's words: the title (a name) or the body
   * (e-mail, municipality, code…). A text filter then takes candidates from that text only, so
   * "a" in the name filter reads the 60,000 names with such a word, not the 290,000 entries with
   * one anywhere (size xl). Without it, both.
   */
  entryField?: 'title' | 'body';
}

export interface ListSpec {
  /** `FROM` clause; the list's own table is aliased `t`. */
  from: string;
  /** The row's columns, as the list's `map` reads them. */
  select: string;
  columns: Record<string, PageColumn>;
  defaultSort: { colId: string; sort: 'asc' | 'desc' };
  /** The list's slot in the search index (see search-index.ts), for the quick search and text filters; without one, both are refused. */
  searchSlot?: number;
  /** Lists with archived rows hide them unless asked. */
  archived?: string;
  /** Conditions every page keeps, whatever the request (e.g. anonymised people left out); values are bound. */
  scope?: { sql: string; params: Key[] }[];
  /**
   * Where the quick search looks when the rows are found through more than their own entry (a
   * course by its mentee or its mentor): every word must be found in one of these. By default
   * the whole query goes to the list's own entry.
   */
  quickIn?: IndexRef[];
  /** The row's key, the keyset's tiebreak (default `t.id`; the audit log's is `t.seq`). */
  id?: string;
  /** `FROM` for the count when `from` joins tables only the shown columns need (default `from`). */
  countFrom?: string;
  /** A query for the count of the whole list (no filter) cheaper than counting its rows, where the list has one. */
  countAll?: string;
}

/** Conditions a list adds of its own (the audit log's actor, a disclosure's partner): bound values only. */
export interface Where {
  sql: string[];
  params: Key[];
}

const idOf = (spec: ListSpec) => spec.id ?? 't.id';

export interface Page<R> {
  rows: R[];
  total: number | null;
  next: Cursor | null;
}

// The query's words, folded once per query rather than once per row the filter checks.
let lastQuery: { text: string; words: string[] } = { text: '', words: [] };
function queryWords(query: string): string[] {
  if (lastQuery.text !== query) lastQuery = { text: query, words: foldedWords(query) };
  return lastQuery.words;
}

/** True when every word of the query begins a word of the value (case and accents ignored). */
export function wordsMatch(value: unknown, query: string): boolean {
  const words = foldedWords(String(value ?? ''));
  return queryWords(query).every((q) => words.some((w) => w.startsWith(q)));
}

const withFunction = new WeakSet<Db>();
function ensureFunction(db: Db): void {
  if (withFunction.has(db)) return;
  db.function('bl_words', { deterministic: true }, (value: unknown, query: unknown) => (wordsMatch(value, String(query)) ? 1 : 0));
  withFunction.add(db);
}

function column(spec: ListSpec, colId: string, what: 'sort' | 'text' | 'date' | 'number'): string {
  const expr = Object.hasOwn(spec.columns, colId) ? spec.columns[colId]?.[what] : undefined;
  if (!expr) throw new CoreError('INVALID_INPUT', `the list cannot ${what === 'sort' ? 'sort' : 'filter'} by ${colId.slice(0, 40)}`);
  return expr;
}

const ftsWords = (text: string, field: PageColumn['entryField']) =>
  foldedWords(text)
    .slice(0, 8)
    .map((w) => `${field ?? '{title body}'} : "${w.replace(/"/g, '""')}"*`)
    .join(' AND ');

/** What a page's filters come to: the conditions, and the list's own search-index queries among them. */
interface Filters extends Where {
  /** The list's own search-index queries the rows must match (quick search, text filters). */
  matches: string[];
}

const inEntry = (index: IndexRef, walk = false) =>
  `${walk ? '+' : ''}${index.ref} IN (SELECT rowid >> 3 FROM search_index WHERE search_index MATCH ? AND rowid % 8 = ${index.slot})`;

/** One word of a quick search, as a match on the entry's names, its other text, or both. */
function wordMatch(word: string, fields: IndexRef['fields']): string {
  if (!fields || fields === 'all') return buildQuery(word) ?? '';
  return `${fields} : "${word.replace(/"/g, '""')}"*`;
}

/**
 * The WHERE clause and its values for the query's filters, after the list's own (`extra`). The
 * search-index candidates either drive the query (`t.id IN …`: SQLite reads each candidate's
 * row, then sorts them) or, when `walk`, are only checked while SQLite walks the sort's index
 * (`+t.id` keeps them from driving).
 */
function whereOf(spec: ListSpec, query: Query, extra?: Where, walk = false): Filters {
  const sql: string[] = [...(extra?.sql ?? [])];
  const params: Key[] = [...(extra?.params ?? [])];
  const matches: string[] = [];
  const own: IndexRef | undefined = spec.searchSlot === undefined ? undefined : { ref: idOf(spec), slot: spec.searchSlot };
  const inIndex = (match: string, index: IndexRef | undefined = own) => {
    if (!index) throw new CoreError('INVALID_INPUT', 'the list has no text search');
    sql.push(inEntry(index, walk && index === own));
    params.push(match);
    // Only the list's own entry is counted when choosing to walk (walksSort).
    if (index === own) matches.push(match);
  };
  if (spec.quickIn) {
    const refs = spec.quickIn;
    for (const word of foldedWords(query.quick).slice(0, 8)) {
      sql.push(`(${refs.map((r) => inEntry(r)).join(' OR ')})`);
      params.push(...refs.map((r) => wordMatch(word, r.fields)));
    }
  } else {
    const quick = buildQuery(query.quick);
    if (quick) inIndex(quick);
  }
  for (const [colId, f] of Object.entries(query.filter)) {
    if (f.filterType === 'text') {
      const expr = column(spec, colId, 'text');
      const match = ftsWords(f.filter, spec.columns[colId]?.entryField);
      if (!match) continue;
      // The index finds the candidates; the exact check on this one column runs on them only.
      inIndex(match, spec.columns[colId]?.index);
      sql.push(`bl_words(${expr}, ?) = 1`);
      params.push(f.filter);
      continue;
    }
    if (f.filterType === 'number') {
      const expr = column(spec, colId, 'number');
      if (f.filter === null) continue;
      if (f.type === 'inRange' && (f.filterTo ?? null) === null) throw new CoreError('INVALID_INPUT', 'a range needs its end');
      sql.push(`${expr} ${{ equals: '=', lessThan: '<', greaterThan: '>', inRange: '>' }[f.type]} ?`);
      params.push(f.filter);
      if (f.type === 'inRange') {
        sql.push(`${expr} < ?`);
        params.push(f.filterTo ?? null);
      }
      continue;
    }
    const expr = `substr(${column(spec, colId, 'date')}, 1, 10)`;
    const from = f.dateFrom?.slice(0, 10) ?? null;
    const to = f.dateTo?.slice(0, 10) ?? null;
    if (!from) continue;
    if (f.type === 'inRange' && !to) throw new CoreError('INVALID_INPUT', 'a date range needs its end');
    const op = { equals: '=', lessThan: '<', greaterThan: '>', inRange: '>' }[f.type];
    sql.push(`${expr} ${op} ?`);
    params.push(from);
    if (f.type === 'inRange') {
      sql.push(`${expr} < ?`);
      params.push(to);
    }
  }
  // Last: SQLite checks the terms in this order, and the search-index ones need only the id,
  // which a walked index holds, so most rows are passed over without reading them.
  for (const s of spec.scope ?? []) {
    sql.push(s.sql);
    params.push(...s.params);
  }
  if (spec.archived && !query.includeArchived) sql.push(`${spec.archived} = 0`);
  return { sql, params, matches };
}

/** Bench and tests only: forces one plan for the search-index candidates, to measure and check both. */
export const forcedPlan: { force: 'candidates' | 'walk' | null } = { force: null };

// Walking the sort's index costs about (rows skipped + rows wanted) × table size / candidates
// index steps; reading the candidates costs, per candidate, a row read and the word check (a
// call into JavaScript), some 25 steps' worth. Measured at size l (50,000 contacts, sorted by
// e-mail, best of 15): 298 candidates 1.7 ms read vs 3.2 ms walked, 955 candidates 5.3 vs 1.6,
// 2,930 ("han") 7.4 vs 2.9, 28,739 ("a") 125 vs 26. So walk when candidates² > WALK_FACTOR ×
// rows × size (at l: more than 500 candidates for a page of 100). The candidates are counted
// only up to that bound, so a very common prefix costs no more to count than the bound.
const WALK_FACTOR = 0.05;

/** True when a page should walk the sort's index and check the search-index candidates on the way. */
function walksSort(db: Db, spec: ListSpec, sorts: string[], where: Filters, rows: number, kept: number | undefined): boolean {
  if (forcedPlan.force) return forcedPlan.force === 'walk';
  const [only, ...more] = sorts;
  if (where.matches.length === 0 || only === undefined || more.length > 0 || !spec.columns[only]?.indexed) return false;
  const size = (db.prepare(`SELECT max(${idOf(spec)}) AS n FROM ${spec.from}`).get() as { n: number | null }).n ?? 0;
  // Walk when candidates² > factor × rows × size, i.e. when there are more than `enough`.
  const enough = Math.ceil(Math.sqrt(WALK_FACTOR * rows * size));
  // The filter's count, when known, is the exact number of rows the walk looks for.
  if (kept !== undefined) return kept > enough;
  const count = db.prepare(
    `SELECT count(*) AS n FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid % 8 = ${spec.searchSlot} LIMIT ?)`,
  );
  // The filters all read the list's own slot, so one query counts the rows that match them all.
  const all = where.matches.map((m) => `(${m})`).join(' AND ');
  return (count.get(all, enough + 1) as { n: number }).n > enough;
}

/** Keyset condition: rows strictly after `after` in the given order (the last key is the id). */
function afterOf(exprs: string[], desc: boolean[], after: Key[]): { sql: string; params: Key[] } {
  if (after.length !== exprs.length) throw new CoreError('INVALID_INPUT', 'the cursor does not fit the sort');
  if (desc.every((d) => d === desc[0]))
    return { sql: `(${exprs.join(', ')}) ${desc[0] ? '<' : '>'} (${exprs.map(() => '?').join(', ')})`, params: after };
  // Mixed directions: (a > x) OR (a = x AND b < y) OR …
  const terms: string[] = [];
  const params: Key[] = [];
  exprs.forEach((expr, i) => {
    const eq = exprs.slice(0, i).map((e) => `${e} = ?`);
    terms.push(`(${[...eq, `${expr} ${desc[i] ? '<' : '>'} ?`].join(' AND ')})`);
    params.push(...after.slice(0, i), after[i] ?? null);
  });
  return { sql: `(${terms.join(' OR ')})`, params };
}

// Counting a filter reads every row it keeps; the answer is kept until the register changes.
// Core is the register's only writer, so this connection's total_changes() moves on every write.
const counts = new WeakMap<Db, Map<string, { changes: number; n: number }>>();

/** Forgets the kept counts (the bench measures a count made afresh). */
export function forgetCounts(db: Db): void {
  counts.delete(db);
}

function countOf(db: Db, spec: ListSpec, where: Where): number;
function countOf(db: Db, spec: ListSpec, where: Where, keptOnly: true): number | undefined;
function countOf(db: Db, spec: ListSpec, where: Where, keptOnly = false): number | undefined {
  const sql = `SELECT count(*) AS n FROM ${spec.countFrom ?? spec.from} ${where.sql.length ? `WHERE ${where.sql.join(' AND ')}` : ''}`;
  const key = JSON.stringify([sql, where.params]);
  const changes = (db.prepare('SELECT total_changes() AS c').get() as { c: number }).c;
  const cache = counts.get(db) ?? new Map<string, { changes: number; n: number }>();
  counts.set(db, cache);
  const hit = cache.get(key);
  if (hit && hit.changes === changes) return hit.n;
  if (keptOnly) return undefined;
  const whole = where.sql.length === 0 && spec.countAll;
  const n = (db.prepare(whole || sql).get(...(whole ? [] : where.params)) as { n: number }).n;
  if (cache.size > 50) cache.clear();
  cache.set(key, { changes, n });
  return n;
}

/** Reads one page of a list. Unknown columns, or a cursor that does not fit the sort, are refused. */
export function readPage<R>(db: Db, spec: ListSpec, query: Query, map: (row: Record<string, unknown>) => R, extra?: Where): Page<R> {
  ensureFunction(db);
  const sort = query.sort.length > 0 ? query.sort : [spec.defaultSort];
  const exprs = [...sort.map((s) => column(spec, s.colId, 'sort')), idOf(spec)];
  const lastDesc = sort[sort.length - 1]?.sort === 'desc';
  const desc = [...sort.map((s) => s.sort === 'desc'), lastDesc];
  const where = whereOf(spec, query, extra);
  const cursor = query.cursor;
  const reverse = cursor !== null && 'last' in cursor;
  const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
  // Every page but a keyset one tells the count; a keyset page uses it when it is kept.
  const total = cursor && 'after' in cursor ? null : countOf(db, spec, where);
  const walk = walksSort(
    db,
    spec,
    sort.map((s) => s.colId),
    where,
    offset + query.limit,
    total ?? countOf(db, spec, where, true),
  );
  const page = walk ? whereOf(spec, query, extra, true) : where;
  const conditions = [...page.sql];
  const params = [...page.params];
  if (cursor && 'after' in cursor) {
    const after = afterOf(exprs, desc, cursor.after);
    conditions.push(after.sql);
    params.push(...after.params);
  }
  const whereSql = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const order = exprs.map((e, i) => `${e} ${desc[i] !== reverse ? 'DESC' : 'ASC'}`).join(', ');
  const keys = exprs.map((e, i) => `${e} AS _k${i}`).join(', ');
  // The page's ids first, then their columns: a list's computed columns (a contact's current
  // organisations) are read for the page's rows only, not for every row the filter keeps.
  const found = db
    .prepare(
      `SELECT ${spec.select}, ${keys} FROM ${spec.from}
       WHERE ${idOf(spec)} IN (SELECT ${idOf(spec)} FROM ${spec.from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?) ORDER BY ${order}`,
    )
    .all(...params, query.limit, offset) as Record<string, unknown>[];
  if (reverse) found.reverse();
  const last = found[found.length - 1];
  const next: Cursor | null = reverse || !last || found.length < query.limit ? null : { after: exprs.map((_, i) => last[`_k${i}`] as Key) };
  return { rows: found.map(map), total, next };
}

/** The ids of every row the query's filter keeps, in its order: what an export of the view writes. */
export function readAllIds(db: Db, spec: ListSpec, query: Query, extra?: Where): number[] {
  ensureFunction(db);
  const sort = query.sort.length > 0 ? query.sort : [spec.defaultSort];
  const exprs = [...sort.map((s) => column(spec, s.colId, 'sort')), idOf(spec)];
  const lastDesc = sort[sort.length - 1]?.sort === 'desc';
  const desc = [...sort.map((s) => s.sort === 'desc'), lastDesc];
  const where = whereOf(spec, query, extra);
  const order = exprs.map((e, i) => `${e} ${desc[i] ? 'DESC' : 'ASC'}`).join(', ');
  const whereSql = where.sql.length ? `WHERE ${where.sql.join(' AND ')}` : '';
  return (
    db.prepare(`SELECT ${idOf(spec)} AS id FROM ${spec.from} ${whereSql} ORDER BY ${order}`).all(...where.params) as { id: number }[]
  ).map((r) => r.id);
}

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
type Key = string | number | null;

export interface PageColumn {
  /** The ORDER BY expression; every plain column has an index on exactly this expression. */
  sort?: string;
  /** The text a "contains" filter reads; it must also be in the list's full-text entry. */
  text?: string;
  /** An ISO date or timestamp a date filter reads. */
  date?: string;
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

/** True when every word of the query begins a word of the value (case and accents ignored). */
export function wordsMatch(value: unknown, query: string): boolean {
  const words = foldedWords(String(value ?? ''));
  return foldedWords(query).every((q) => words.some((w) => w.startsWith(q)));
}

const withFunction = new WeakSet<Db>();
function ensureFunction(db: Db): void {
  if (withFunction.has(db)) return;
  db.function('bl_words', { deterministic: true }, (value: unknown, query: unknown) => (wordsMatch(value, String(query)) ? 1 : 0));
  withFunction.add(db);
}

function column(spec: ListSpec, colId: string, what: keyof PageColumn): string {
  const expr = Object.hasOwn(spec.columns, colId) ? spec.columns[colId]?.[what] : undefined;
  if (!expr) throw new CoreError('INVALID_INPUT', `the list cannot ${what === 'sort' ? 'sort' : 'filter'} by ${colId.slice(0, 40)}`);
  return expr;
}

const ftsWords = (text: string) =>
  foldedWords(text)
    .slice(0, 8)
    .map((w) => `{title body} : "${w.replace(/"/g, '""')}"*`)
    .join(' AND ');

/** The WHERE clause and its values for the query's filters. */
function whereOf(spec: ListSpec, query: Query, extra?: Where): Where {
  const sql: string[] = [...(extra?.sql ?? [])];
  const params: Key[] = [...(extra?.params ?? [])];
  const inIndex = (match: string) => {
    if (spec.searchSlot === undefined) throw new CoreError('INVALID_INPUT', 'the list has no text search');
    sql.push(`${idOf(spec)} IN (SELECT rowid >> 3 FROM search_index WHERE search_index MATCH ? AND rowid % 8 = ${spec.searchSlot})`);
    params.push(match);
  };
  if (spec.archived && !query.includeArchived) sql.push(`${spec.archived} = 0`);
  const quick = buildQuery(query.quick);
  if (quick) inIndex(quick);
  for (const [colId, f] of Object.entries(query.filter)) {
    if (f.filterType === 'text') {
      const expr = column(spec, colId, 'text');
      const match = ftsWords(f.filter);
      if (!match) continue;
      // The index finds the candidates; the exact check on this one column runs on them only.
      inIndex(match);
      sql.push(`bl_words(${expr}, ?) = 1`);
      params.push(f.filter);
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
  return { sql, params };
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

function countOf(db: Db, spec: ListSpec, where: Where): number {
  const sql = `SELECT count(*) AS n FROM ${spec.countFrom ?? spec.from} ${where.sql.length ? `WHERE ${where.sql.join(' AND ')}` : ''}`;
  const key = JSON.stringify([sql, where.params]);
  const changes = (db.prepare('SELECT total_changes() AS c').get() as { c: number }).c;
  const cache = counts.get(db) ?? new Map<string, { changes: number; n: number }>();
  counts.set(db, cache);
  const hit = cache.get(key);
  if (hit && hit.changes === changes) return hit.n;
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
  const conditions = [...where.sql];
  const params = [...where.params];
  if (cursor && 'after' in cursor) {
    const after = afterOf(exprs, desc, cursor.after);
    conditions.push(after.sql);
    params.push(...after.params);
  }
  const whereSql = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const order = exprs.map((e, i) => `${e} ${desc[i] !== reverse ? 'DESC' : 'ASC'}`).join(', ');
  const keys = exprs.map((e, i) => `${e} AS _k${i}`).join(', ');
  const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
  const found = db
    .prepare(`SELECT ${spec.select}, ${keys} FROM ${spec.from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, query.limit, offset) as Record<string, unknown>[];
  if (reverse) found.reverse();
  const last = found[found.length - 1];
  const next: Cursor | null = reverse || !last || found.length < query.limit ? null : { after: exprs.map((_, i) => last[`_k${i}`] as Key) };
  const total = cursor && 'after' in cursor ? null : countOf(db, spec, where);
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

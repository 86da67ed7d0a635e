import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { CASE_STATUSES, MENTOR_STATUSES } from '../../../shared/contract/mentoring-vocabulary';
import type { Db } from '../../../electron/core/db/driver';
import { listCases } from '../../../electron/core/mentoring/cases-repo';
import { listMentees } from '../../../electron/core/mentoring/mentees-repo';
import { pageCases, pageMentees, pageMentors } from '../../../electron/core/mentoring/mentoring-pages';
import { listMentors } from '../../../electron/core/mentoring/mentors-repo';
import { wordsMatch } from '../../../electron/core/paging/pager';
import { nameKey } from '../../../electron/core/partners/rows';
import { buildQuery } from '../../../electron/core/partners/search-index';
import { foldedWords } from '../../../shared/text';
import { mentoringFixture } from './mentoring-fixture';

// Paging the mentees, mentors and courses lists, with any sort, filter and quick search, gives
// exactly the rows, in the order, that the whole-list channels give once sorted and filtered in
// JS: no row the old list left out (anonymised people, ended mentors, closed courses unless
// asked), none skipped or repeated across pages.

let db: Db;
let close: () => void;
beforeAll(() => ({ db, close } = mentoringFixture()), 60_000);
afterAll(() => close());

type Row = { id: number } & Record<string, unknown>;
type Key = string | number;
const nocase = (v: unknown) => String(v ?? '').replace(/[A-Z]/g, (c) => c.toLowerCase());
const cmp = (a: Key, b: Key) => (a < b ? -1 : a > b ? 1 : 0);
const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;
const todayDay = () => {
  const d = new Date();
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
};

const MENTEE_KEYS: Record<string, (r: Row) => Key> = {
  code: (r) => String(r.code),
  name: (r) => nameKey(String(r.name)),
  caseStatus: (r) => (r.caseStatus ? CASE_STATUSES.indexOf(r.caseStatus as never) + 1 : 0),
  municipality: (r) => nocase(r.municipality),
  birthYear: (r) => Number(r.birthYear ?? 0),
};
const MENTOR_KEYS: Record<string, (r: Row) => Key> = {
  name: (r) => nameKey(String(r.name)),
  status: (r) => MENTOR_STATUSES.indexOf(r.status as never) + 1,
  load: (r) => Number(r.load) / Number(r.capacity),
  municipality: (r) => nocase(r.municipality),
  profession: (r) => nocase(r.profession),
  trainings: (r) => Number(r.trainings),
};
const CASE_KEYS: Record<string, (r: Row) => Key> = {
  code: (r) => String(r.menteeCode),
  name: (r) => nameKey(String(r.menteeName)),
  status: (r) => CASE_STATUSES.indexOf(r.status as never) + 1,
  mentor: (r) => nameKey(String(r.mentorName ?? '')),
  coordinator: (r) => nocase(r.coordinator),
  referrer: (r) => String(r.referrerName ?? ''),
  referredOn: (r) => String(r.referredOn),
  days: (r) => -day(String(r.statusSince)),
  lastMeeting: (r) => String(r.lastMeeting ?? ''),
  meetings: (r) => Number(r.meetings),
  municipality: (r) => nocase(r.municipality),
};
/** What a column's filter reads, where it is not the row's field of the same name. */
const CASE_VALUES: Record<string, (r: Row) => unknown> = {
  code: (r) => r.menteeCode,
  name: (r) => r.menteeName,
  mentor: (r) => r.mentorName,
  days: (r) => Math.max(0, Math.round(todayDay() - day(String(r.statusSince)))),
};

function indexed(slot: number, match: string | null): Set<number> {
  if (!match) return new Set();
  const rows = db.prepare(`SELECT rowid >> 3 AS id FROM search_index WHERE search_index MATCH ? AND rowid % 8 = ${slot}`).all(match);
  return new Set((rows as { id: number }[]).map((r) => r.id));
}
const field = (fields: 'title' | 'body', w: string) => `${fields} : "${w}"*`;

interface Model {
  sort: { colId: string; sort: 'asc' | 'desc' }[];
  filter: Record<string, { filterType: string; type: string; filter?: unknown; filterTo?: unknown; dateFrom?: string; dateTo?: string }>;
  quick: string;
  includeArchived: boolean;
  limit: number;
}

/** The reference: the whole list, filtered and sorted in JS. */
function reference(
  all: Row[],
  keys: Record<string, (r: Row) => Key>,
  q: Model,
  opts: { defaultSort: string; quick: (r: Row) => boolean; value?: Record<string, (r: Row) => unknown> },
) {
  const valueOf = (r: Row, col: string) => (opts.value?.[col] ?? ((x: Row) => x[col]))(r);
  let rows = all.filter(opts.quick);
  for (const [col, f] of Object.entries(q.filter)) {
    rows = rows.filter((r) => {
      const v = valueOf(r, col);
      if (f.filterType === 'text') return wordsMatch(v, String(f.filter));
      if (f.filterType === 'number') {
        const n = Number(v);
        if (v === null || v === undefined) return false;
        const a = Number(f.filter);
        return { equals: n === a, lessThan: n < a, greaterThan: n > a, inRange: n > a && n < Number(f.filterTo) }[f.type];
      }
      const from = f.dateFrom?.slice(0, 10) ?? '';
      const to = f.dateTo?.slice(0, 10) ?? '';
      if (typeof v !== 'string') return false;
      const d = v.slice(0, 10);
      return { equals: d === from, lessThan: d < from, greaterThan: d > from, inRange: d > from && d < to }[f.type];
    });
  }
  const sort = q.sort.length ? q.sort : [{ colId: opts.defaultSort, sort: 'asc' as const }];
  const lastDesc = sort[sort.length - 1]?.sort === 'desc';
  return [...rows]
    .sort((a, b) => {
      for (const s of sort) {
        const c = cmp((keys[s.colId] as (r: Row) => Key)(a), (keys[s.colId] as (r: Row) => Key)(b));
        if (c !== 0) return s.sort === 'desc' ? -c : c;
      }
      return lastDesc ? b.id - a.id : a.id - b.id;
    })
    .map((r) => r.id);
}

type Reader = (q: never) => { rows: Row[]; next: unknown; total: number | null };
/** Every page in turn from the first, by the cursor each returns; and the last page and one at an offset. */
function pageThrough(read: Reader, parse: (q: object) => object, q: object) {
  const ids: number[] = [];
  const first = read(parse(q) as never);
  ids.push(...first.rows.map((r) => r.id));
  let next = first.next;
  for (let guard = 0; next && guard < 1000; guard++) {
    const page = read(parse({ ...q, cursor: next }) as never);
    expect(page.total).toBeNull();
    ids.push(...page.rows.map((r) => r.id));
    next = page.next;
  }
  const last = read(parse({ ...q, cursor: { last: true } }) as never).rows.map((r) => r.id);
  const offset = read(parse({ ...q, cursor: { offset: 3 } }) as never).rows.map((r) => r.id);
  return { ids, total: first.total, last, offset };
}

const dir = fc.constantFrom('asc' as const, 'desc' as const);
const words = fc.constantFrom('', 'a', 'an', 'mt', 'aarhus', 'anna', 'han', 'leder', 'kø', 'zz', 'ab c');

function model(cols: string[], text: string[], numbers: Record<string, number[]>, date?: string) {
  const numberCols = Object.keys(numbers);
  return fc
    .record({
      sort: fc.uniqueArray(fc.record({ colId: fc.constantFrom(...cols), sort: dir }), { maxLength: 2, selector: (s) => s.colId }),
      text: fc.option(fc.record({ col: fc.constantFrom(...text), words }), { freq: 1 }),
      number: numberCols.length
        ? fc.option(
            fc.record({
              col: fc.constantFrom(...numberCols),
              type: fc.constantFrom('equals', 'lessThan', 'greaterThan', 'inRange'),
              i: fc.nat(3),
            }),
            { freq: 1 },
          )
        : fc.constant(null),
      date: fc.option(
        fc.record({
          type: fc.constantFrom('equals', 'lessThan', 'greaterThan', 'inRange'),
          from: fc.constantFrom('2025-06-01', '2025-11-15', '2026-01-10'),
          to: fc.constantFrom('2026-02-01', '2026-12-31'),
        }),
        { freq: 1 },
      ),
      quick: fc.oneof(fc.constant(''), words),
      includeArchived: fc.boolean(),
      limit: fc.integer({ min: 1, max: 13 }),
    })
    .map((m): Model => {
      const filter: Model['filter'] = {};
      if (m.text) filter[m.text.col] = { filterType: 'text', type: 'contains', filter: m.text.words };
      if (m.number) {
        const values = numbers[m.number.col] as number[];
        const a = values[m.number.i % values.length] as number;
        filter[m.number.col] = { filterType: 'number', type: m.number.type, filter: a, filterTo: a + 3 };
      }
      if (m.date && date)
        filter[date] = { filterType: 'date', type: m.date.type, dateFrom: `${m.date.from} 00:00:00`, dateTo: `${m.date.to} 00:00:00` };
      return { sort: m.sort, filter, quick: m.quick, includeArchived: m.includeArchived, limit: m.limit };
    });
}

const LAST_MEETING_FILTER = { filterType: 'date', type: 'greaterThan', dateFrom: '2026-01-01 00:00:00' };

function expectSame(got: ReturnType<typeof pageThrough>, expected: number[], limit: number) {
  expect(got.ids).toEqual(expected);
  expect(got.total).toBe(expected.length);
  expect(got.last).toEqual(expected.slice(Math.max(0, expected.length - limit)));
  expect(got.offset).toEqual(expected.slice(3, 3 + limit));
}

describe('the mentoring lists page exactly like their whole lists', () => {
  it('mentees, with names hidden or shown', () => {
    const sizes: number[] = [];
    const parse = (q: object) => contract['mentees:page'].input.parse(q);
    fc.assert(
      fc.property(
        model(Object.keys(MENTEE_KEYS), ['code', 'name', 'municipality'], { birthYear: [1970, 1985, 1990, 2001] }),
        fc.boolean(),
        (m, showNames) => {
          const { includeArchived: _, ...q } = m;
          const uses = (col: string) => q.sort.some((s) => s.colId === col) || col in q.filter;
          if (!showNames && uses('name')) {
            expect(() => pageMentees(db, parse({ ...q, showNames }) as never)).toThrow(/INVALID_INPUT|by name/);
            return;
          }
          const hits = showNames
            ? [indexed(4, buildQuery(q.quick))]
            : foldedWords(q.quick)
                .slice(0, 8)
                .map((w) => indexed(4, field('body', w)));
          const quick = (r: Row) => (buildQuery(q.quick) ? hits.every((h) => h.has(r.id)) : true);
          const expected = reference(listMentees(db) as unknown as Row[], MENTEE_KEYS, m, { defaultSort: 'code', quick });
          sizes.push(expected.length);
          expectSame(pageThrough(((x: never) => pageMentees(db, x)) as Reader, parse, { ...q, showNames }), expected, q.limit);
        },
      ),
      { numRuns: 120 },
    );
    expect(Math.max(...sizes)).toBeGreaterThan(60);
    expect(sizes.filter((n) => n > 0 && n < 60).length).toBeGreaterThan(4);
  });

  it('mentors, ended ones only when asked', () => {
    const parse = (q: object) => contract['mentors:page'].input.parse(q);
    fc.assert(
      fc.property(model(Object.keys(MENTOR_KEYS), ['name', 'municipality', 'profession'], { trainings: [0, 1, 2] }), (q) => {
        const hits = indexed(3, buildQuery(q.quick));
        const quick = (r: Row) => (buildQuery(q.quick) ? hits.has(r.id) : true);
        const expected = reference(listMentors(db, q.includeArchived) as unknown as Row[], MENTOR_KEYS, q, { defaultSort: 'name', quick });
        expectSame(pageThrough(((x: never) => pageMentors(db, x)) as Reader, parse, q), expected, q.limit);
      }),
      { numRuns: 100 },
    );
  });

  it('courses, by status or all, closed ones only when asked', () => {
    const sizes: number[] = [];
    const parse = (q: object) => contract['cases:page'].input.parse(q);
    const text = ['code', 'name', 'mentor', 'municipality'];
    fc.assert(
      fc.property(
        model(Object.keys(CASE_KEYS), text, { meetings: [0, 2, 5], days: [10, 60, 200] }, 'referredOn'),
        fc.boolean(),
        fc.option(fc.constantFrom(...CASE_STATUSES), { freq: 1 }),
        fc.nat(3),
        (m, showNames, status, lastMeetingFilter) => {
          // Now and then the computed date column too (a fresh model: fast-check's values are not to be changed).
          const q =
            lastMeetingFilter === 0 && !m.filter.referredOn ? { ...m, filter: { ...m.filter, lastMeeting: LAST_MEETING_FILTER } } : m;
          const uses = (col: string) => q.sort.some((s) => s.colId === col) || col in q.filter;
          if (!showNames && uses('name')) {
            expect(() => pageCases(db, parse({ ...q, showNames, status }) as never)).toThrow(/INVALID_INPUT|by name/);
            return;
          }
          const perWord = foldedWords(q.quick)
            .slice(0, 8)
            .map((w) => ({ mentee: indexed(4, showNames ? buildQuery(w) : field('body', w)), mentor: indexed(3, field('title', w)) }));
          const quick = (r: Row) =>
            perWord.every((h) => h.mentee.has(Number(r.menteeId)) || (r.mentorId !== null && h.mentor.has(Number(r.mentorId))));
          const all = (listCases(db, q.includeArchived) as unknown as Row[]).filter((r) => !status || r.status === status);
          const expected = reference(all, CASE_KEYS, q, { defaultSort: 'status', quick, value: CASE_VALUES });
          sizes.push(expected.length);
          expectSame(pageThrough(((x: never) => pageCases(db, x)) as Reader, parse, { ...q, showNames, status }), expected, q.limit);
        },
      ),
      { numRuns: 150 },
    );
    expect(Math.max(...sizes)).toBeGreaterThan(60);
    expect(sizes.filter((n) => n > 0 && n < 60).length).toBeGreaterThan(4);
  });
});

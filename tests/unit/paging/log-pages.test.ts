import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AuditPageQuery } from '../../../shared/contract/audit';
import { DisclosurePageQuery } from '../../../shared/contract/rights';
import { pageAudit } from '../../../electron/core/audit/audit-page';
import { auditFacets, listAudit } from '../../../electron/core/audit/audit-query';
import type { Db } from '../../../electron/core/db/driver';
import { pageDisclosures } from '../../../electron/core/rights/disclosure-page';
import { disclosuresOf } from '../../../electron/core/rights/disclosures';
import { fillLogs, LOG_FIXTURE } from './log-fixture';
import { pagingFixture } from './paging-fixture';

// The audit log and the disclosure log page through core (audit:page, disclosures:page): walking
// the pages of any sort and filter gives exactly the rows, in the order, of the old full lists
// (listAudit, disclosuresOf) sorted the same way in JS. The keyset never skips or repeats a row.

let db: Db;
let close: () => void;
beforeAll(() => {
  ({ db, close } = pagingFixture());
  fillLogs(db, 400);
});
afterAll(() => close());

type AuditQuery = z.input<typeof AuditPageQuery>;
type DisclosureQuery = z.input<typeof DisclosurePageQuery>;
type Walked = { rows: { id: number }[]; next: unknown; total: number | null };
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const nocase = (v: string) => v.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Every page from the first to the end, as the grid asks for them. */
function walk(read: (cursor: unknown) => Walked) {
  const first = read(null);
  const ids = first.rows.map((r) => r.id);
  let next = first.next;
  for (let guard = 0; next && guard < 2000; guard++) {
    const page = read(next);
    expect(page.total).toBeNull();
    ids.push(...page.rows.map((r) => r.id));
    next = page.next;
  }
  return { ids, total: first.total };
}

/** Sorts the reference rows by the model, then by the id in the last column's direction. */
function sortRows<R extends { id: number }>(
  rows: R[],
  sort: { colId: string; sort: 'asc' | 'desc' }[],
  keys: Record<string, (r: R) => string | number>,
) {
  const lastDesc = sort[sort.length - 1]?.sort === 'desc';
  return [...rows]
    .sort((a, b) => {
      for (const s of sort) {
        const key = keys[s.colId] as (r: R) => string | number;
        const c = cmp(key(a), key(b));
        if (c !== 0) return s.sort === 'desc' ? -c : c;
      }
      return lastDesc ? b.id - a.id : a.id - b.id;
    })
    .map((r) => r.id);
}

const dir = fc.constantFrom('asc' as const, 'desc' as const);
// Mostly left out, so that many models keep hundreds of rows and some only a few.
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });
const days = fc.constantFrom('2026-01-05', '2026-02-01', '2026-03-15', '2026-03-16');

describe('audit:page is the old full list, page by page', () => {
  const auditModel = fc.record({
    sort: fc.uniqueArray(fc.record({ colId: fc.constantFrom('seq', 'at'), sort: dir }), { maxLength: 2, selector: (s) => s.colId }),
    where: fc.record({
      from: maybe(fc.oneof(days, fc.constantFrom(...LOG_FIXTURE.TIMES))),
      to: maybe(fc.oneof(days, fc.constantFrom(...LOG_FIXTURE.TIMES))),
      actor: maybe(fc.constantFrom(...LOG_FIXTURE.ACTORS, 'nobody')),
      action: maybe(fc.constantFrom('mentee', 'contact', 'audit', 'demo', 'mentee.viewed', 'contact.created', 'ment', 'mentee.')),
      entity: maybe(fc.constantFrom('mentee', 'contact')),
      entityId: maybe(fc.constantFrom('1', '2', '3')),
    }),
    limit: fc.integer({ min: 1, max: 40 }),
  });

  it('with random sorts, filters and page sizes', () => {
    const sizes: number[] = [];
    fc.assert(
      fc.property(auditModel, (m) => {
        const where = Object.fromEntries(Object.entries(m.where).filter(([, v]) => v !== undefined));
        const q: AuditQuery = { sort: m.sort, where, limit: m.limit };
        const all = listAudit(db, where, 0, 100_000).rows.map((r) => ({ ...r, id: r.seq }));
        const expected = sortRows(all, m.sort.length ? m.sort : [{ colId: 'seq', sort: 'desc' }], { seq: (r) => r.seq, at: (r) => r.at });
        const got = walk((cursor) => pageAudit(db, AuditPageQuery.parse({ ...q, cursor })));
        sizes.push(expected.length);
        expect(got.ids).toEqual(expected);
        expect(got.total).toBe(expected.length);
        const last = pageAudit(db, AuditPageQuery.parse({ ...q, cursor: { last: true } }));
        expect(last.rows.map((r) => r.id)).toEqual(expected.slice(Math.max(0, expected.length - m.limit)));
        const offset = pageAudit(db, AuditPageQuery.parse({ ...q, cursor: { offset: 5 } }));
        expect(offset.rows.map((r) => r.id)).toEqual(expected.slice(5, 5 + m.limit));
      }),
      { numRuns: 150 },
    );
    expect(Math.max(...sizes)).toBeGreaterThan(300);
    expect(sizes.filter((n) => n > 0 && n < 60).length).toBeGreaterThan(10);
  });

  it('shows each row as the old list does: names, removed users, record codes and links', () => {
    const old = listAudit(db, { action: 'mentee' }, 0, 50).rows;
    const paged = pageAudit(db, AuditPageQuery.parse({ where: { action: 'mentee' }, limit: 50 })).rows;
    expect(paged).toEqual(old.map((r) => ({ ...r, id: r.seq })));
    expect(paged.some((r) => r.actorName === 'Aino Virtanen' && r.actorRemoved)).toBe(true);
  });

  it('filters by a group or a single action code, as the choice list offers them (read by index seeks)', () => {
    const groups = pageAudit(db, AuditPageQuery.parse({ where: { action: 'mentee' }, limit: 500 })).rows;
    expect(new Set(groups.map((r) => r.action))).toEqual(new Set(['mentee.viewed', 'mentee.created', 'mentee.updated']));
    const one = pageAudit(db, AuditPageQuery.parse({ where: { action: 'mentee.viewed' }, limit: 500 })).rows;
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((r) => r.action === 'mentee.viewed')).toBe(true);
    // A group is a whole word before the dot, not the beginning of one.
    expect(pageAudit(db, AuditPageQuery.parse({ where: { action: 'ment' } })).total).toBe(0);
    // The choice list: every code in the log once, read from the index on action.
    const codes = [...new Set(listAudit(db, {}, 0, 100_000).rows.map((r) => r.action))].sort();
    expect(auditFacets(db).actions).toEqual(codes);
    expect(codes).toEqual(expect.arrayContaining(LOG_FIXTURE.ACTIONS));
    const old = db
      .prepare(
        `SELECT a.actor AS id, u.display_name AS name, u.removed_at IS NOT NULL AS removed
         FROM (SELECT DISTINCT actor FROM audit_log) a LEFT JOIN users u ON u.id = a.actor ORDER BY coalesce(u.display_name, a.actor)`,
      )
      .all() as { id: string; name: string | null; removed: number }[];
    expect(auditFacets(db).actors).toEqual(old.map((a) => ({ ...a, removed: a.removed === 1 })));
    const entities = db.prepare('SELECT DISTINCT entity FROM audit_log WHERE entity IS NOT NULL ORDER BY entity').all() as {
      entity: string;
    }[];
    expect(auditFacets(db).entities).toEqual(entities.map((e) => e.entity));
  });

  it('refuses a column it cannot sort by, a text search and a cursor that does not fit', () => {
    expect(() => pageAudit(db, AuditPageQuery.parse({ sort: [{ colId: 'action', sort: 'asc' }] }))).toThrow(/sort by action/);
    expect(() => pageAudit(db, AuditPageQuery.parse({ sort: [{ colId: 'details', sort: 'asc' }] }))).toThrow(/sort by details/);
    expect(() => pageAudit(db, AuditPageQuery.parse({ quick: 'mentee' }))).toThrow(/no text search/);
    expect(() => pageAudit(db, AuditPageQuery.parse({ filter: { actor: { filterType: 'text', type: 'contains', filter: 'a' } } }))).toThrow(
      /filter by actor/,
    );
    expect(() =>
      pageAudit(db, AuditPageQuery.parse({ filter: { at: { filterType: 'date', type: 'equals', dateFrom: '2026-01-05' } } })),
    ).toThrow(/filter by at/);
    expect(() => pageAudit(db, AuditPageQuery.parse({ cursor: { after: ['2026-01-05', 3, 4] } }))).toThrow(/cursor/);
  });
});

describe('disclosures:page is the old full list, page by page', () => {
  const orgs = () => (db.prepare('SELECT id FROM organisations ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const disclosureModel = fc.record({
    sort: fc.uniqueArray(fc.record({ colId: fc.constantFrom('at', 'personCode', 'recipientLabel'), sort: dir }), {
      maxLength: 2,
      selector: (s) => s.colId,
    }),
    where: fc.record({
      organisationIndex: maybe(fc.integer({ min: 0, max: 5 })),
      from: maybe(days),
      to: maybe(days),
      person: maybe(fc.record({ kind: fc.constantFrom('mentee' as const, 'mentor' as const), id: fc.integer({ min: 1, max: 3 }) })),
    }),
    limit: fc.integer({ min: 1, max: 40 }),
  });

  it('with random sorts, filters and page sizes', () => {
    const sizes: number[] = [];
    fc.assert(
      fc.property(disclosureModel, (m) => {
        const { organisationIndex, ...rest } = m.where;
        const where = Object.fromEntries(
          Object.entries({ ...rest, organisationId: organisationIndex === undefined ? undefined : orgs()[organisationIndex] }).filter(
            ([, v]) => v !== undefined,
          ),
        );
        const q: DisclosureQuery = { sort: m.sort, where, limit: m.limit };
        const all = disclosuresOf(db, where);
        const keys = {
          at: (r: (typeof all)[number]) => r.at,
          personCode: (r: (typeof all)[number]) => r.personCode,
          recipientLabel: (r: (typeof all)[number]) => nocase(r.recipientLabel),
        };
        const expected = m.sort.length ? sortRows(all, m.sort, keys) : all.map((r) => r.id);
        const got = walk((cursor) => pageDisclosures(db, DisclosurePageQuery.parse({ ...q, cursor })));
        sizes.push(expected.length);
        expect(got.ids).toEqual(expected);
        expect(got.total).toBe(expected.length);
        const last = pageDisclosures(db, DisclosurePageQuery.parse({ ...q, cursor: { last: true } }));
        expect(last.rows.map((r) => r.id)).toEqual(expected.slice(Math.max(0, expected.length - m.limit)));
      }),
      { numRuns: 150 },
    );
    expect(Math.max(...sizes)).toBeGreaterThan(300);
    expect(sizes.filter((n) => n > 0 && n < 120).length).toBeGreaterThan(4);
  });

  it('shows each disclosure as the old list does', () => {
    const paged = pageDisclosures(db, DisclosurePageQuery.parse({ limit: 30 })).rows;
    expect(paged).toEqual(disclosuresOf(db, { limit: 30 }));
    expect(paged.some((r) => r.recipientOrganisationId === null && r.purpose === 'access')).toBe(true);
  });

  it('refuses a column it cannot sort by and a text search', () => {
    for (const colId of ['purpose', 'categories', 'recordedByName', 'fileName'])
      expect(() => pageDisclosures(db, DisclosurePageQuery.parse({ sort: [{ colId, sort: 'asc' }] }))).toThrow(`sort by ${colId}`);
    expect(() => pageDisclosures(db, DisclosurePageQuery.parse({ quick: 'jobcenter' }))).toThrow(/no text search/);
    expect(() =>
      pageDisclosures(
        db,
        DisclosurePageQuery.parse({ filter: { recipientLabel: { filterType: 'text', type: 'contains', filter: 'job' } } }),
      ),
    ).toThrow(/filter by recipientLabel/);
  });
});

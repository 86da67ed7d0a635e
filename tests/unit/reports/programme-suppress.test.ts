import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposedCells, suppress, type Equation, type Suppression } from '../../../electron/core/reports/programme/suppress';

// Small-cell suppression: the primary rule, the complementary rule, and a property test in which
// an adversary who knows the rule solves the published equations by brute force (every value
// each hidden cell could take, by enumerating sums) and must never pin down a count from 1 to 4.

const cells = (o: Record<string, number>) => new Map(Object.entries(o));

describe('primary suppression', () => {
  it('hides 1–4 as small, shows 0 and 5 and more', () => {
    const s = suppress(cells({ a: 0, b: 1, c: 4, d: 5, e: 120 }), []);
    expect(Object.fromEntries(s)).toEqual({ b: 'small', c: 'small' });
  });
});

describe('complementary suppression', () => {
  it('hides the next-smallest non-zero row when one row of a total is small', () => {
    // 3 + 7 + 9 + 0 = 19: with only "3" hidden it is 19 − 7 − 9; so 7 goes too.
    const s = suppress(cells({ t: 19, a: 3, b: 7, c: 9, d: 0 }), [{ total: 't', parts: ['a', 'b', 'c', 'd'] }]);
    expect(Object.fromEntries(s)).toEqual({ a: 'small', b: 'complementary' });
  });

  it('leaves a table alone when two small rows already hide each other', () => {
    const s = suppress(cells({ t: 14, a: 2, b: 3, c: 9 }), [{ total: 't', parts: ['a', 'b', 'c'] }]);
    expect(Object.fromEntries(s)).toEqual({ a: 'small', b: 'small' });
  });

  it('hides more when two small rows would add up to a shown sum only one way (4 + 4 = 8)', () => {
    // 4 + 4 + 9 = 17: with both 4s hidden, 17 − 9 = 8 and "< 5" each leaves only 4 + 4.
    const s = suppress(cells({ t: 17, a: 4, b: 4, c: 9 }), [{ total: 't', parts: ['a', 'b', 'c'] }]);
    expect(Object.fromEntries(s)).toEqual({ a: 'small', b: 'small', c: 'complementary' });
  });

  it('hides the total when no other row can be hidden', () => {
    const values = cells({ t: 8, a: 4, b: 4 });
    const eqs = [{ total: 't', parts: ['a', 'b'] }];
    const s = suppress(values, eqs);
    expect(Object.fromEntries(s)).toEqual({ a: 'small', b: 'small', t: 'complementary' });
    expect(exposedCells(values, s, eqs)).toEqual([]);
  });

  it('may show a hidden 0 as "< 5" when only a 0 is left to hide', () => {
    const values = cells({ t: 8, a: 4, b: 4, z: 0 });
    const eqs = [{ total: 't', parts: ['a', 'b', 'z'] }];
    expect(Object.fromEntries(suppress(values, eqs))).toEqual({ a: 'small', b: 'small', z: 'small' });
  });

  it('follows a small total into every table that shares it', () => {
    // Four mentees: by municipality 4 in one place, by language 2 + 2. The total is small; the
    // municipality row equals the total and must not show it; nothing in either table is shown.
    const values = cells({ t: 4, m1: 4, l1: 2, l2: 2 });
    const eqs: Equation[] = [
      { total: 't', parts: ['m1'] },
      { total: 't', parts: ['l1', 'l2'] },
    ];
    const s = suppress(values, eqs);
    expect([...s.keys()].sort()).toEqual(['l1', 'l2', 'm1', 't']);
    expect(exposedCells(values, s, eqs)).toEqual([]);
  });

  it('hides a shown total that another table would otherwise give away', () => {
    // Table A: 2 + 9 = 11 (2 small, so 9 hidden too). Table B: 11 = 6 + 5, all shown: fine, the
    // total is shown and A's two hidden cells still hide each other.
    const values = cells({ t: 11, a1: 2, a2: 9, b1: 6, b2: 5 });
    const eqs: Equation[] = [
      { total: 't', parts: ['a1', 'a2'] },
      { total: 't', parts: ['b1', 'b2'] },
    ];
    const s = suppress(values, eqs);
    expect(Object.fromEntries(s)).toEqual({ a1: 'small', a2: 'complementary' });
  });
});

// ---------------------------------------------------------------------------------------------
// The adversary: every value each cell can take given what is published, by brute force.

const CAP = 80;

function domain(value: number, status: Suppression | undefined): number[] {
  if (status === undefined) return [value];
  if (status === 'small') return [0, 1, 2, 3, 4];
  return Array.from({ length: CAP - 4 }, (_, i) => i + 5);
}

/** The sums a list of cells can reach, each cell within its domain. */
function sums(domains: number[][]): Set<number> {
  let reach = new Set([0]);
  for (const d of domains) {
    const next = new Set<number>();
    for (const s of reach) for (const v of d) if (s + v <= CAP * 4) next.add(s + v);
    reach = next;
  }
  return reach;
}

function feasibleValues(values: Map<string, number>, status: Map<string, Suppression>, eqs: Equation[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const add = (id: string, v: number) => out.set(id, (out.get(id) ?? new Set()).add(v));
  const totals = [...new Set(eqs.map((e) => e.total))];
  for (const t of totals) {
    const group = eqs.filter((e) => e.total === t);
    for (const tv of domain(values.get(t)!, status.get(t))) {
      const ok = group.every((e) => sums(e.parts.map((p) => domain(values.get(p)!, status.get(p)))).has(tv));
      if (!ok) continue;
      add(t, tv);
      for (const e of group) {
        for (const p of e.parts) {
          const rest = sums(e.parts.filter((q) => q !== p).map((q) => domain(values.get(q)!, status.get(q))));
          for (const v of domain(values.get(p)!, status.get(p))) if (rest.has(tv - v)) add(p, v);
        }
      }
    }
  }
  return out;
}

/** Random "star" systems: one total, one to three tables of one to four rows, small counts. */
const system = fc
  .array(fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 14 })), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((first) => {
    const total = first[0]!.reduce((a, b) => a + b, 0);
    // Every further table partitions the same total: rescale by putting the difference in its last row.
    return fc.constant(
      first.map((rows, k) => {
        if (k === 0) return rows;
        const head = rows.slice(0, -1);
        const rest = total - head.reduce((a, b) => a + b, 0);
        return rest >= 0 ? [...head, rest] : [total];
      }),
    );
  });

describe('an adversary solving the published equations', () => {
  it('never pins down a count from 1 to 4 (brute force over random tables)', () => {
    fc.assert(
      fc.property(system, (tables) => {
        const values = new Map<string, number>();
        const eqs: Equation[] = [];
        values.set(
          't',
          tables[0]!.reduce((a, b) => a + b, 0),
        );
        tables.forEach((rows, k) => {
          const parts = rows.map((v, i) => {
            values.set(`r${k}.${i}`, v);
            return `r${k}.${i}`;
          });
          eqs.push({ total: 't', parts });
        });
        const status = suppress(values, eqs);
        const feasible = feasibleValues(values, status, eqs);
        for (const [id, v] of values) {
          if (v >= 1 && v <= 4) {
            expect(status.has(id), `${id} = ${v} is shown`).toBe(true);
            expect(feasible.get(id)!.size, `${id} = ${v} can be worked out: ${JSON.stringify(tables)}`).toBeGreaterThan(1);
          }
          // The truth is always among what the adversary finds feasible.
          expect(feasible.get(id)!.has(v)).toBe(true);
        }
        // No cell of 5 or more is shown as "< 5", and no shown cell is small.
        for (const [id, s] of status) if (s === 'small') expect(values.get(id)!).toBeLessThan(5);
      }),
      { numRuns: 300 },
    );
  });

  it('the exact ranges agree with the brute force', () => {
    fc.assert(
      fc.property(system, (tables) => {
        const values = new Map<string, number>([['t', tables[0]!.reduce((a, b) => a + b, 0)]]);
        const eqs = tables.map((rows, k) => ({
          total: 't',
          parts: rows.map((v, i) => {
            values.set(`r${k}.${i}`, v);
            return `r${k}.${i}`;
          }),
        }));
        const status = suppress(values, eqs);
        const brute = feasibleValues(values, status, eqs);
        const exposedByBrute = [...brute]
          .filter(([id, s]) => values.get(id)! >= 1 && values.get(id)! <= 4 && s.size === 1)
          .map(([id]) => id);
        expect(exposedCells(values, status, eqs).sort()).toEqual(exposedByBrute.sort());
      }),
      { numRuns: 200 },
    );
  });
});

describe('cells forced hidden (an earlier report would give their difference away)', () => {
  it('hides a forced cell whatever its count, and a neighbour so that the total does not give it back', () => {
    const values = new Map([
      ['t', 30],
      ['a', 10],
      ['b', 12],
      ['c', 8],
    ]);
    const status = suppress(values, [{ total: 't', parts: ['a', 'b', 'c'] }], new Set(['a']));
    expect(status.get('a')).toBe('complementary');
    // 30 − 12 − 8 would be a again: the smallest other part goes too.
    expect(status.get('c')).toBe('complementary');
    expect(status.has('b')).toBe(false);
    expect(status.has('t')).toBe(false);
  });
});

// Small-cell suppression for the results report: pure, no database.
//
// The published rule (printed in the report's notes):
// - primary: a count from 1 to 4 is not shown ("< 5"). A 0 is shown: it says that nobody is
//   in a cell, which tells nothing about any one person.
// - complementary: where a hidden count could be worked out from what is shown (a total minus
//   the other rows, or several tables that share a total), further cells are hidden ("–"), the
//   smallest non-zero first, then, where nothing else is left, a 0 (shown "< 5", which it is)
//   or the total itself.
//
// The adversary we protect against knows this rule and solves the published equations: each
// shown cell is exact, a "< 5" cell lies in 0–4 (a 0 can be shown so), a "–" cell is 5 or more.
// A cell whose true count is 1–4 must then still have at least two possible values.
//
// Structure the model uses (and checkCells asserts): each equation is total = sum of parts;
// several equations may share a total (breakdowns of the same mentees); a part belongs to one
// equation only and is never itself a total. For such a "star" the feasible range of every
// cell has a closed form (rangesOf), so the check is exact, not a heuristic.

export type Suppression = 'small' | 'complementary';

/** total = sum(parts). */
export interface Equation {
  total: string;
  parts: readonly string[];
}

export interface Range {
  lo: number;
  hi: number;
}

/** Counts below this are primary-suppressed. */
const THRESHOLD = 5;
const MAX_ROUNDS = 10_000;

function boundsOf(value: number, status: Suppression | undefined): Range {
  if (status === undefined) return { lo: value, hi: value };
  return status === 'small' ? { lo: 0, hi: THRESHOLD - 1 } : { lo: THRESHOLD, hi: Infinity };
}

function checkCells(values: ReadonlyMap<string, number>, equations: readonly Equation[]): void {
  const totals = new Set(equations.map((e) => e.total));
  const seen = new Set<string>();
  for (const e of equations) {
    for (const id of [e.total, ...e.parts]) {
      const v = values.get(id);
      if (v === undefined || !Number.isInteger(v) || v < 0) throw new Error(`suppression: cell ${id} is not a count`);
    }
    for (const p of e.parts) {
      if (totals.has(p) || seen.has(p)) throw new Error(`suppression: cell ${p} is in more than one equation`);
      seen.add(p);
    }
  }
}

/**
 * What the adversary can know of every cell of the equations: exact for shown cells, the
 * feasible interval for hidden ones (Infinity when unbounded above).
 */
export function rangesOf(
  values: ReadonlyMap<string, number>,
  status: ReadonlyMap<string, Suppression>,
  equations: readonly Equation[],
): Map<string, Range> {
  const ranges = new Map<string, Range>();
  const byTotal = new Map<string, Equation[]>();
  for (const e of equations) byTotal.set(e.total, [...(byTotal.get(e.total) ?? []), e]);
  for (const [total, group] of byTotal) {
    const tb = boundsOf(values.get(total)!, status.get(total));
    let tlo = tb.lo;
    let thi = tb.hi;
    const sides = group.map((e) => {
      let known = 0;
      const unknown: { id: string; b: Range }[] = [];
      for (const p of e.parts) {
        const b = boundsOf(values.get(p)!, status.get(p));
        if (status.has(p)) unknown.push({ id: p, b });
        else known += b.lo;
      }
      const lo = known + unknown.reduce((s, u) => s + u.b.lo, 0);
      const hi = known + unknown.reduce((s, u) => s + u.b.hi, 0);
      tlo = Math.max(tlo, lo);
      thi = Math.min(thi, hi);
      return { known, unknown, lo, hi };
    });
    ranges.set(total, { lo: tlo, hi: thi });
    for (const s of sides) {
      for (const u of s.unknown) {
        // x = t − known − (the other unknowns), each within its bounds.
        const others = s.unknown.filter((o) => o !== u);
        const othersLo = others.reduce((a, o) => a + o.b.lo, 0);
        const othersHi = others.reduce((a, o) => a + o.b.hi, 0);
        ranges.set(u.id, { lo: Math.max(u.b.lo, tlo - s.known - othersHi), hi: Math.min(u.b.hi, thi - s.known - othersLo) });
      }
    }
    for (const p of group.flatMap((e) => e.parts)) if (!ranges.has(p)) ranges.set(p, boundsOf(values.get(p)!, status.get(p)));
  }
  return ranges;
}

const sensitive = (v: number) => v >= 1 && v < THRESHOLD;

/** The sensitive cells (true count 1–4) the adversary could still pin down to one value. */
export function exposedCells(
  values: ReadonlyMap<string, number>,
  status: ReadonlyMap<string, Suppression>,
  equations: readonly Equation[],
  protect: ReadonlySet<string> = new Set(),
): string[] {
  const ranges = rangesOf(values, status, equations);
  return [...ranges].filter(([id, r]) => (sensitive(values.get(id)!) || protect.has(id)) && r.lo >= r.hi).map(([id]) => id);
}

/** The next cell to hide in one equation: the smallest non-zero shown part, a shown 0, or the total. */
function candidate(values: ReadonlyMap<string, number>, status: Map<string, Suppression>, e: Equation): string | null {
  const shown = e.parts.filter((p) => !status.has(p));
  const nonZero = shown.filter((p) => values.get(p)! > 0).sort((a, b) => values.get(a)! - values.get(b)! || a.localeCompare(b));
  if (nonZero[0]) return nonZero[0];
  const zero = shown.sort((a, b) => a.localeCompare(b))[0];
  if (zero) return zero;
  return status.has(e.total) ? null : e.total;
}

function hide(values: ReadonlyMap<string, number>, status: Map<string, Suppression>, id: string): void {
  status.set(id, values.get(id)! >= THRESHOLD ? 'complementary' : 'small');
}

/**
 * Decides which cells to hide. `values` holds every cell (counts ≥ 0), also cells in no equation
 * (those only get the primary rule). `forced` cells are hidden whatever their count (an earlier
 * report would give their difference away) and protected like small ones: no total may give
 * them back. Returns the hidden cells and why.
 */
export function suppress(
  values: ReadonlyMap<string, number>,
  equations: readonly Equation[],
  forced: ReadonlySet<string> = new Set(),
): Map<string, Suppression> {
  checkCells(values, equations);
  const status = new Map<string, Suppression>();
  for (const [id, v] of values) if (sensitive(v)) status.set(id, 'small');
  for (const id of forced) if (values.has(id)) hide(values, status, id);
  const equationOf = new Map<string, Equation>();
  for (const e of equations) for (const p of e.parts) equationOf.set(p, e);

  const byFewestHidden = (total: string) =>
    equations
      .filter((e) => e.total === total)
      .map((e) => ({ e, hidden: e.parts.filter((p) => status.has(p)).length }))
      .sort((a, b) => a.hidden - b.hidden)
      .map((x) => x.e);

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const exposed = exposedCells(values, status, equations, forced).sort();
    if (exposed.length === 0) return status;
    // A part: widen its own equation first. A total (or a part whose own equation is all hidden,
    // total included): widen the equations that pin the total, the least hidden first.
    let next: string | null | undefined = null;
    for (const id of exposed) {
      const own = equationOf.get(id);
      const choices = own ? [own, ...byFewestHidden(own.total).filter((e) => e !== own)] : byFewestHidden(id);
      next = choices.map((e) => candidate(values, status, e)).find((c) => c !== null);
      if (next) break;
    }
    if (!next) return status; // every cell around them is hidden already; nothing more to do
    hide(values, status, next);
  }
  return status;
}

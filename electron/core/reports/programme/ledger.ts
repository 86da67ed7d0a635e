import type { Db } from '../../db/driver';
import type { Period } from './stats';

// The differencing defence. Two reports over overlapping periods can be subtracted: January–June
// minus January–May is June alone, and a count of 2 there names two people although both
// reports showed only figures of 5 or more. Every count a written report showed is kept here
// with its period (released_cells, written with the report's audit row). A new report hides a
// count when its difference from a released count of the same figure over an overlapping
// period, or from two of them (added or subtracted), is 1–4: what the subtraction would show.

/** Counts below this are small (the same rule as suppress.ts). */
const THRESHOLD = 5;

/** One released figure: the cell id of suppress.ts, its period and the value shown. */
export interface ReleasedCell {
  cell: string;
  period: Period;
  value: number;
}

const overlaps = (a: Period, b: Period) => a.from <= b.to && b.from <= a.to;
const small = (n: number) => Math.abs(n) >= 1 && Math.abs(n) < THRESHOLD;

/** The released figures, by cell id. */
export function readLedger(db: Db): Map<string, ReleasedCell[]> {
  const rows = db.prepare('SELECT cell, period_from AS "from", period_to AS "to", value FROM released_cells').all() as {
    cell: string;
    from: string;
    to: string;
    value: number;
  }[];
  const out = new Map<string, ReleasedCell[]>();
  for (const r of rows) out.set(r.cell, [...(out.get(r.cell) ?? []), { cell: r.cell, period: { from: r.from, to: r.to }, value: r.value }]);
  return out;
}

/** Records what a written report showed; call inside the transaction of its audit row. */
export function recordReleased(db: Db, sha256: string, cells: readonly ReleasedCell[]): void {
  const insert = db.prepare('INSERT INTO released_cells (audit_sha256, cell, period_from, period_to, value) VALUES (?, ?, ?, ?, ?)');
  for (const c of cells) insert.run(sha256, c.cell, c.period.from, c.period.to, c.value);
}

/**
 * Whether showing `value` for `cell` over `period` would let someone subtract a small count out
 * of it with one or two released figures of the same cell over overlapping periods. The same
 * period counts too: a re-issued report whose count moved by 1–4 (a consent withdrawn, a course
 * entered late) would show exactly who changed; the same value again differs by 0 and is shown.
 */
export function givesAwayDifference(ledger: ReadonlyMap<string, ReleasedCell[]>, cell: string, period: Period, value: number): boolean {
  const others = ledger.get(cell) ?? [];
  for (const a of others.filter((r) => overlaps(r.period, period))) {
    if (small(value - a.value)) return true;
    // The second may lie anywhere: January–December minus February–June minus July–December.
    for (const b of others.filter((r) => r !== a)) {
      // Both orders of each sign: v − a − b, v − a + b, v + a − b (v + a + b only grows).
      if (small(value - a.value - b.value) || small(value - a.value + b.value) || small(value + a.value - b.value)) return true;
    }
  }
  return false;
}

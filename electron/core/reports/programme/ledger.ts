import type { Db } from '../../db/driver';
import type { Period } from './stats';

// The differencing defence. Two reports over overlapping periods can be subtracted: January–June
// minus January–May is June alone, and a count of 2 there names two people although both
// reports showed only figures of 5 or more. Every count a written report showed is kept here
// with its period (released_cells, written with the report's audit row). A new report hides a
// count when its difference from a released count of the same figure over an overlapping
// period, or from two of them (added or subtracted), is 1–4: what the subtraction would show.
//
// Two figures are not counts: volunteer hours (a sum over meetings with a mentor) and the median
// days to match (over the courses matched in the period). Hours subtract like counts (January–
// June minus January–May is June's hours); medians do not, but two medians over sets of courses
// that differ by a few courses tell something about those few (a median can only rise when the
// added courses waited longer). Each is guarded through the count it is taken over, its base:
// the report keeps that count under `base:<figure>` (also when the count is no shown cell) and
// the figure under `ov:<figure>`, and a later report hides the figure when its base would give
// a difference of 1–4 in the same way (figureGivesAway).

/** Counts below this are small (the same rule as suppress.ts). */
const THRESHOLD = 5;

/** One released figure: the cell id of suppress.ts, its period and the value shown. */
export interface ReleasedCell {
  cell: string;
  period: Period;
  value: number;
  /** The written report it was in (its audit sha256); set when read from the database. */
  report?: string;
}

/** The figures that are not counts, and what each is taken over. */
export type ComplementaryFigure = 'volunteer-hours' | 'median-days-to-match';
/** Where the count a released figure was taken over is kept. */
export const baseCell = (figure: ComplementaryFigure) => `base:${figure}`;
/** Where the released figure itself is kept: hours as shown; the median in tenths of a day (the column holds integers). */
export const figureCell = (figure: ComplementaryFigure) => `ov:${figure}`;

const overlaps = (a: Period, b: Period) => a.from <= b.to && b.from <= a.to;
const small = (n: number) => Math.abs(n) >= 1 && Math.abs(n) < THRESHOLD;

/** The released figures, by cell id. */
export function readLedger(db: Db): Map<string, ReleasedCell[]> {
  const rows = db
    .prepare('SELECT cell, period_from AS "from", period_to AS "to", value, audit_sha256 AS report FROM released_cells')
    .all() as { cell: string; from: string; to: string; value: number; report: string }[];
  const out = new Map<string, ReleasedCell[]>();
  for (const r of rows)
    out.set(r.cell, [...(out.get(r.cell) ?? []), { cell: r.cell, period: { from: r.from, to: r.to }, value: r.value, report: r.report }]);
  return out;
}

/** Records what a written report showed (and the bases of its figures); call inside the transaction of its audit row. */
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

/**
 * Whether showing a figure that is not a count (hours, a median) over `period`, taken over `base`
 * meetings or courses, would tell something about 1–4 of them with released figures of the same
 * kind: when its base differs by 1–4 from a released base over an overlapping period, or combines
 * with two released bases to 1–4 (as givesAwayDifference for counts). And when the same period
 * was released with the same base but the figure has moved since: the same number of meetings
 * or courses with other hours or another median can only come from a few of them changed or
 * swapped (a duration corrected, a consent withdrawn and another given), and the change would
 * be theirs. `recorded` is the figure as figureCell keeps it; null when there is none (no base).
 */
export function figureGivesAway(
  ledger: ReadonlyMap<string, ReleasedCell[]>,
  figure: ComplementaryFigure,
  period: Period,
  base: number,
  recorded: number | null,
): boolean {
  if (givesAwayDifference(ledger, baseCell(figure), period, base)) return true;
  const same = (r: ReleasedCell) => r.period.from === period.from && r.period.to === period.to;
  const bases = (ledger.get(baseCell(figure)) ?? []).filter((r) => same(r) && r.value === base);
  const figures = (ledger.get(figureCell(figure)) ?? []).filter(same);
  return bases.some((b) => figures.some((f) => f.report === b.report && f.value !== recorded));
}

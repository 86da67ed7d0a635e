import { CoreError } from '../../errors';
import type { z } from 'zod';
import type { ProgrammeReportInput } from '../../../../shared/contract/reports';
import type { Period } from './stats';

// The results report's two periods: checked (real days, in order, at most ten calendar years,
// not overlapping) with errors that name the dates, and the comparison period defaulted to the
// same dates a year earlier.

const DAY = 86_400_000;
const MAX_YEARS = 10;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

function checkDay(day: string, name: string): void {
  const ms = dayMs(day);
  if (Number.isNaN(ms) || toDay(ms) !== day) throw new CoreError('INVALID_INPUT', `${name} is not a date: ${day}`);
}

/** The same day `years` years later (29 February becomes the 28th); negative: earlier. */
function yearsLater(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) + years;
  const shifted = `${String(year).padStart(4, '0')}${day.slice(4)}`;
  return toDay(dayMs(shifted)) === shifted ? shifted : `${String(year).padStart(4, '0')}-02-28`;
}
const yearEarlier = (day: string) => yearsLater(day, -1);

/** Refuses a period over ten calendar years, naming its dates and the last end day allowed. */
function checkLength(p: Period, field: 'period' | 'comparison'): void {
  // A report covers months to a few years; a century would mean a chart of 1,200 months.
  const latest = toDay(dayMs(yearsLater(p.from, MAX_YEARS)) - DAY);
  if (p.to > latest)
    throw new CoreError('PERIOD_TOO_LONG', `the ${field} period may be at most ${MAX_YEARS} years`, {
      field,
      from: p.from,
      to: p.to,
      latest,
      years: MAX_YEARS,
    });
}

/**
 * The period and the comparison period. Default: the same dates a year earlier, as donors and
 * municipalities compare (January–June with January–June); a period longer than a year is
 * compared with one as long just before it. Overlaps are refused.
 */
export function resolvePeriods(input: Pick<z.output<typeof ProgrammeReportInput>, 'from' | 'to' | 'compareFrom' | 'compareTo'>): {
  period: Period;
  comparison: Period;
} {
  checkDay(input.from, 'from');
  checkDay(input.to, 'to');
  if (input.from > input.to) throw new CoreError('INVALID_INPUT', 'the period ends before it starts');
  checkLength(input, 'period');
  if ((input.compareFrom === undefined) !== (input.compareTo === undefined))
    throw new CoreError('INVALID_INPUT', 'give both compareFrom and compareTo, or neither');
  let comparison: Period;
  if (input.compareFrom !== undefined && input.compareTo !== undefined) {
    checkDay(input.compareFrom, 'compareFrom');
    checkDay(input.compareTo, 'compareTo');
    if (input.compareFrom > input.compareTo) throw new CoreError('INVALID_INPUT', 'the comparison period ends before it starts');
    comparison = { from: input.compareFrom, to: input.compareTo };
    checkLength(comparison, 'comparison');
  } else {
    comparison = { from: yearEarlier(input.from), to: yearEarlier(input.to) };
    if (comparison.to >= input.from) {
      const length = (dayMs(input.to) - dayMs(input.from)) / DAY;
      const to = dayMs(input.from) - DAY;
      comparison = { from: toDay(to - length * DAY), to: toDay(to) };
    }
  }
  // Two overlapping periods would publish differences of the same people's counts, which the
  // suppression cannot account for.
  if (comparison.from <= input.to && comparison.to >= input.from)
    throw new CoreError('PERIOD_OVERLAP', 'the comparison period must not overlap the report period', {
      from: input.from,
      to: input.to,
      compareFrom: comparison.from,
      compareTo: comparison.to,
    });
  return { period: { from: input.from, to: input.to }, comparison };
}

/** The months (YYYY-MM) a period touches. */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  let [y, m] = period.from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

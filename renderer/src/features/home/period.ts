// The dashboard's period choices: each gives the period and the one to compare it with, both
// as inclusive YYYY-MM-DD dates in the coordinator's calendar. Pure, so tests can fix "today".

export const PERIOD_PRESETS = ['this-month', 'last-3-months', 'this-year', 'last-year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const DEFAULT_PRESET: PeriodPreset = 'this-year';

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => {
  // Date.UTC normalises month and day overflow (month 0 of 2027 is December 2026).
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period a preset means on `today`, and the period just before it of the same kind. */
export function presetPeriods(preset: PeriodPreset, today: string): { current: Period; previous: Period } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  switch (preset) {
    case 'this-month':
      // 1 November to today, against 1 October to the same day of October (clamped).
      return {
        current: { from: iso(y, m, 1), to: today },
        previous: { from: iso(y, m - 1, 1), to: iso(y, m - 1, Math.min(d, lastDay(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1))) },
      };
    case 'last-3-months':
      // The three whole months before this one.
      return {
        current: { from: iso(y, m - 3, 1), to: iso(y, m, 0) },
        previous: { from: iso(y, m - 6, 1), to: iso(y, m - 3, 0) },
      };
    case 'this-year':
      // 1 January to today, against the same span of last year.
      return {
        current: { from: iso(y, 1, 1), to: today },
        previous: { from: iso(y - 1, 1, 1), to: iso(y - 1, m, Math.min(d, lastDay(y - 1, m))) },
      };
    case 'last-year':
      return { current: { from: iso(y - 1, 1, 1), to: iso(y - 1, 12, 31) }, previous: { from: iso(y - 2, 1, 1), to: iso(y - 2, 12, 31) } };
  }
}

/** Today as YYYY-MM-DD in local time. */
export function localToday(date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

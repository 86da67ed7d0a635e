import { describe, expect, it } from 'vitest';
import { presetPeriods } from '../../../renderer/src/features/home/period';

// The dashboard's period choices on fixed days, including month and year ends.

describe('dashboard periods', () => {
  it('this month: the first to today, against the same days of last month', () => {
    expect(presetPeriods('this-month', '2026-11-27')).toEqual({
      current: { from: '2026-11-01', to: '2026-11-27' },
      previous: { from: '2026-10-01', to: '2026-10-27' },
    });
    // 31 March against February, clamped to its last day; January against last December.
    expect(presetPeriods('this-month', '2026-03-31').previous).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriods('this-month', '2026-01-15').previous).toEqual({ from: '2025-12-01', to: '2025-12-15' });
  });

  it('last 3 months: the three whole months before this one, across a year', () => {
    expect(presetPeriods('last-3-months', '2026-02-10')).toEqual({
      current: { from: '2025-11-01', to: '2026-01-31' },
      previous: { from: '2025-08-01', to: '2025-10-31' },
    });
  });

  it('this year and last year', () => {
    expect(presetPeriods('this-year', '2028-02-29')).toEqual({
      current: { from: '2028-01-01', to: '2028-02-29' },
      previous: { from: '2027-01-01', to: '2027-02-28' },
    });
    expect(presetPeriods('last-year', '2026-11-27')).toEqual({
      current: { from: '2025-01-01', to: '2025-12-31' },
      previous: { from: '2024-01-01', to: '2024-12-31' },
    });
  });
});

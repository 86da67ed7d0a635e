import { describe, expect, it } from 'vitest';

// The week screen's heading: ISO week numbers across year ends, and the range in each language.
// The module lives in the renderer, outside tsconfig.node.json's project, so it is imported by a
// path TypeScript does not follow (vitest does); its shape is restated here.
const MODULE = '../../../renderer/src/features/week/week-dates';
const { isoWeek, shiftDate, shortDate, weekRange } = (await import(/* @vite-ignore */ MODULE)) as {
  isoWeek: (date: string) => number;
  shiftDate: (date: string, days: number) => string;
  shortDate: (date: string, locale: string, currentYear?: number) => string;
  weekRange: (from: string, to: string, locale: string, currentYear: number) => string;
};

describe('the week heading', () => {
  it('numbers weeks as ISO 8601 does, across year ends and 53-week years', () => {
    const cases: [string, number][] = [
      ['2026-11-27', 48],
      ['2021-01-03', 53],
      ['2021-01-04', 1],
      ['2024-12-30', 1],
      ['2026-01-01', 1],
      ['2026-12-28', 53],
      ['2027-01-03', 53],
      ['2027-01-04', 1],
    ];
    expect(cases.map(([date]) => [date, isoWeek(date)])).toEqual(cases);
  });

  it('moves dates across month and year ends and daylight-saving changes', () => {
    expect(shiftDate('2026-12-28', 7)).toBe('2027-01-04');
    expect(shiftDate('2026-03-23', 7)).toBe('2026-03-30');
    expect(shiftDate('2026-10-26', -7)).toBe('2026-10-19');
  });

  it('writes the range in the language’s own style, with the year only when it is not this year', () => {
    expect(weekRange('2026-11-23', '2026-11-29', 'en-GB', 2026)).toMatch(/^23\s?–\s?29 November$/);
    expect(weekRange('2026-11-23', '2026-11-29', 'da-DK', 2026)).toBe('23.–29. november');
    expect(weekRange('2026-11-23', '2026-11-29', 'fi-FI', 2026)).toBe('23.–29. marraskuuta');
    expect(weekRange('2026-12-28', '2027-01-03', 'en-GB', 2026)).toContain('2027');
    expect(shortDate('2026-11-24', 'en-GB', 2026)).toBe('24 Nov');
    expect(shortDate('2025-11-24', 'en-GB', 2026)).toBe('24 Nov 2025');
  });
});

// Date arithmetic for the week screen on plain YYYY-MM-DD strings, at noon UTC so no time zone
// or daylight-saving change can move a date to the day before.

const DAY_MS = 86_400_000;
const at = (date: string): Date => new Date(`${date}T12:00:00Z`);

/** `date` moved by `days`. */
export function shiftDate(date: string, days: number): string {
  return new Date(at(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): number {
  const d = at(date);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY_MS);
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1, 12);
  return Math.floor((thursday.getTime() - firstOfYear) / DAY_MS / 7) + 1;
}

/** "24–30 November" in the locale's own style; the year is added when it is not `currentYear`. */
export function weekRange(from: string, to: string, locale: string, currentYear: number): string {
  const withYear = at(from).getUTCFullYear() !== currentYear || at(to).getUTCFullYear() !== currentYear;
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  return format.formatRange(at(from), at(to));
}

/** A short date with its weekday, e.g. "Tue 25 Nov". */
export function dayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at(date));
}

/** A short date, e.g. "25 Nov"; the year is added when it is not `currentYear`. */
export function shortDate(date: string, locale: string, currentYear = new Date().getFullYear()): string {
  const withYear = at(date).getUTCFullYear() !== currentYear;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(at(date));
}

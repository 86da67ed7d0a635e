import type { TFunction } from 'i18next';
import type { AppError } from '../../../shared/errors';
import { currentLocale } from '../i18n';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day (YYYY-MM-DD) as the current language writes it; the day itself, whatever the time zone. */
function formatDay(day: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The translated message of an error, with the values core sent (days in the user's own format). */
export function errorText(t: TFunction, error: AppError): string {
  const params = Object.fromEntries(
    Object.entries(error.params ?? {}).map(([k, v]) => [k, typeof v === 'string' && DAY.test(v) ? formatDay(v) : v]),
  );
  return t(`errors.${error.code}`, params);
}

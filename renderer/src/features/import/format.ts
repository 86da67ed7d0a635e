import { currentLocale } from '../../i18n';

/** A count in the interface language's conventions (1 234 / 1.234 / 1,234). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(currentLocale()).format(n);
}

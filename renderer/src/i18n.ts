import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from '../../shared/i18n';
import { languageFromLocale, LOCALES, type Language } from '../../shared/languages';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/passphrase';

/** Starts i18next with every catalog bundled (the app is offline: nothing is fetched). */
export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(catalogs).map(([lng, catalog]) => [lng, { translation: catalog }])),
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false, defaultVariables: { min: MIN_PASSPHRASE_LENGTH } },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The language to start in before the user has chosen one: the system's, if we speak it. */
export function systemLanguage(): Language {
  return languageFromLocale(navigator.language);
}

export function currentLocale(): string {
  return LOCALES[(i18next.language as Language) ?? 'en'] ?? 'en-GB';
}

/** A date-time in the current language's conventions. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long' }).format(new Date(iso));
}

export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(currentLocale(), { style: 'unit', unit: units[unit], maximumFractionDigits: 1 }).format(value);
}

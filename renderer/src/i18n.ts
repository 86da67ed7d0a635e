import i18next from 'i18next';
import { useEffect, useReducer, useState } from 'react';
import { initReactI18next } from 'react-i18next';
import { languageFromLocale, LOCALES, type Language } from '../../shared/languages';
import { isLanguageLoaded, loadLanguage, startI18next } from './i18n-catalogs';

export { isLanguageLoaded, loadLanguage };

/** Starts i18next in `language`, its texts read first so the first screen is not shown in English. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await startI18next(i18next.use(initReactI18next), language);
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * For a preview in a language other than the app's (a feedback report, a consent text): true
 * once that language's texts are there, loading them if needed. Should reading them fail, true
 * as well: English then stands in, as for any missing text.
 */
export function useLanguageTexts(language: Language): boolean {
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  const [failed, setFailed] = useState<Language | null>(null);
  useEffect(() => {
    if (isLanguageLoaded(language)) return;
    let live = true;
    loadLanguage(language).then(
      () => live && loaded(),
      () => live && setFailed(language),
    );
    return () => {
      live = false;
    };
  }, [language]);
  return isLanguageLoaded(language) || failed === language;
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

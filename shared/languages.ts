/** The languages Bindeled speaks, in the order the language picker shows them. */
export const LANGUAGES = ['da', 'nb', 'sv', 'fi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's own name for itself: a picker shows these untranslated. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  da: 'Dansk',
  nb: 'Norsk bokmål',
  sv: 'Svenska',
  fi: 'Suomi',
  en: 'English',
};

/** BCP 47 locale used with Intl for dates and numbers. */
export const LOCALES: Record<Language, string> = {
  da: 'da-DK',
  nb: 'nb-NO',
  sv: 'sv-SE',
  fi: 'fi-FI',
  en: 'en-GB',
};

/** Picks the closest supported language for a system locale such as "nb-NO" or "no". */
export function languageFromLocale(locale: string | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'no' || base === 'nn') return 'nb';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

import type { i18n } from 'i18next';
import i18next from 'i18next';
import { en, type Catalog } from '../../shared/i18n/en';
import type { Language } from '../../shared/languages';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/passphrase';

// English is in the first chunk (every other language falls back to it); the others are chunks
// of their own, read from the app's files when first needed (nothing is fetched from a network),
// so the window starts without parsing five catalogs. No DOM here: tested under Node.

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Catalog>> = {
  da: () => import('../../shared/i18n/da').then((m) => m.da),
  nb: () => import('../../shared/i18n/nb').then((m) => m.nb),
  sv: () => import('../../shared/i18n/sv').then((m) => m.sv),
  fi: () => import('../../shared/i18n/fi').then((m) => m.fi),
};

/** True when the language's texts are there (English always is). */
export function isLanguageLoaded(language: Language): boolean {
  return language === 'en' || i18next.hasResourceBundle(language, 'translation');
}

/** Makes a language's texts available, for the app or for a preview in another language. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || isLanguageLoaded(language)) return;
  const catalog = await LOADERS[language]();
  if (!isLanguageLoaded(language)) i18next.addResourceBundle(language, 'translation', catalog);
}

/**
 * Starts i18next (the app's instance, with its plugins) in `language`, with English beside it.
 * Should the language's texts not load, it starts in English.
 */
export async function startI18next(instance: i18n, language: Language): Promise<void> {
  const catalog = language === 'en' ? null : await LOADERS[language]().catch(() => null);
  await instance.init({
    resources: { en: { translation: en }, ...(catalog ? { [language]: { translation: catalog } } : {}) },
    lng: catalog || language === 'en' ? language : 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false, defaultVariables: { min: MIN_PASSPHRASE_LENGTH } },
    returnNull: false,
  });
}

import { foldText } from '../../../../shared/text';

/**
 * Languages a coordinator in the Nordics meets most often, as ISO 639 codes: the Nordic ones,
 * then those of the larger newcomer groups. Any other two- or three-letter code can be typed.
 */
export const COMMON_LANGUAGES = [
  'da', 'nb', 'nn', 'sv', 'fi', 'se', 'is', 'fo', 'kl', 'en', 'ar', 'so', 'ti', 'am', 'om', 'fa', 'prs', 'ps', 'ku', 'ckb',
  'tr', 'ur', 'hi', 'pa', 'bn', 'ta', 'ne', 'uk', 'ru', 'pl', 'lt', 'lv', 'et', 'ro', 'bg', 'hu', 'cs', 'sk', 'bs', 'hr',
  'sr', 'sq', 'mk', 'el', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'vi', 'th', 'zh', 'ja', 'ko', 'tl', 'my', 'id', 'ka', 'hy',
  'az', 'uz', 'he', 'sw', 'rw', 'ln', 'ha', 'yo', 'ig', 'wo',
] as const; // prettier-ignore

const cache = new Map<string, Intl.DisplayNames>();

function names(uiLanguage: string): Intl.DisplayNames {
  let n = cache.get(uiLanguage);
  if (!n) {
    n = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' });
    cache.set(uiLanguage, n);
  }
  return n;
}

/** A language's name in the UI language ("arabisk" → "Arabisk"), capitalised for lists; the code if unknown. */
export function languageName(code: string, uiLanguage: string): string {
  let name = code;
  try {
    name = names(uiLanguage).of(code) ?? code;
  } catch {
    // An ill-formed code (old data): show it as it is.
  }
  return name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1);
}

/** True when the code names a language Intl knows (not just echoed back). */
export function isKnownLanguage(code: string, uiLanguage: string): boolean {
  return /^[a-z]{2,3}$/.test(code) && languageName(code, uiLanguage).toLowerCase() !== code;
}

/**
 * The languages to offer for a typed text: common ones whose name (in the UI language or
 * English) or code matches, plus a typed code Intl knows. `exclude` are those already chosen.
 */
export function matchLanguages(text: string, uiLanguage: string, exclude: string[]): string[] {
  const q = foldText(text.trim());
  const pool = COMMON_LANGUAGES.filter((c) => !exclude.includes(c));
  const byName = (c: string) => [languageName(c, uiLanguage), languageName(c, 'en'), c].some((s) => foldText(s).includes(q));
  const found: string[] = q ? pool.filter(byName) : [...pool];
  // A typed code Intl knows, unless it is another code for a language already offered ("som" is Somali, like "so").
  const typed = q && isKnownLanguage(q, uiLanguage) ? languageName(q, uiLanguage) : null;
  const taken = [...found, ...exclude].map((c) => languageName(c, uiLanguage));
  if (typed && !taken.includes(typed)) found.unshift(q);
  return found;
}

import { LOCALES, type Language } from '../../../shared/languages';
import { foldText } from '../../../shared/text';

// Languages are stored as written: an ISO 639 code ("ar", as demo data and the app's pickers
// write them) or free text from an imported spreadsheet ("arabisk"). Codes are shown by name in
// the document's language; free text is shown as it is.

const CODE = /^[a-z]{2,3}$/;

/** "ar" → "arabisk" in Danish; anything that is not a code passes through unchanged. */
export function languageName(value: string, docLanguage: Language): string {
  const trimmed = value.trim();
  if (!CODE.test(trimmed)) return trimmed;
  try {
    return new Intl.DisplayNames([LOCALES[docLanguage]], { type: 'language', fallback: 'code' }).of(trimmed) ?? trimmed;
  } catch {
    return trimmed;
  }
}

/** The BCP 47 tag for vCard's LANG: the stored code when it is one, else empty. */
export function languageTag(value: string): string {
  const trimmed = value.trim().toLowerCase();
  return CODE.test(trimmed) ? trimmed : '';
}

/**
 * Whether a stored language matches what the user filtered on: the code itself, or its name in
 * any of the five languages ("arabisk", "arabia", "Arabic"), case and accents ignored.
 */
export function languageMatches(stored: string, wanted: string): boolean {
  const want = foldText(wanted.trim());
  if (!want) return true;
  const candidates = [
    stored,
    ...(CODE.test(stored.trim()) ? (['da', 'nb', 'sv', 'fi', 'en'] as const).map((l) => languageName(stored, l)) : []),
  ];
  return candidates.some((c) => foldText(c.trim()) === want);
}

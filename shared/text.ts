// Text folding for search and duplicate checks, shared by core (indexing) and the UI (highlighting).

const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ŀ: 'l' };

// eslint-disable-next-line no-control-regex -- every ASCII character, control characters included
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case, accents off, Nordic letters spelled out: "Sørensen" and "sorensen" fold alike. */
export function foldText(text: string): string {
  // ASCII has no accents or Nordic letters, and NFKD leaves it as it is: lower-casing is all.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßđðłıþŀ]/g, (c) => LETTERS[c] ?? c);
}

/**
 * A sound-alike key for a Latin-script word: first letter, then consonants with doubles and
 * vowels dropped, so "Muhammad", "Mohammed" and "Muhamed" share "mhmd". Other scripts pass through.
 */
export function soundKey(word: string): string {
  const folded = foldText(word).replace(/[^\p{L}\p{N}]/gu, '');
  if (!/^[a-z]/.test(folded)) return folded;
  const rest = folded
    .slice(1)
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
  return (folded[0] ?? '') + rest;
}

/** What separates words in folded text. */
export const WORD_BREAK = /[^\p{L}\p{N}@.]+/u;

/** The words of a text, folded, for indexing and querying. */
export function foldedWords(text: string): string[] {
  return foldText(text).split(WORD_BREAK).filter(Boolean);
}

/** An e-mail address as compared for duplicates: trimmed, lower-case. Empty when not given. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

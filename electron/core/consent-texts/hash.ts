import { createHash } from 'node:crypto';

// A consent records the hash of the text the person was shown, so a signed paper can be matched
// to the exact words years later. The canonical form fixes everything that could differ without
// the words differing: line endings are \n, and the fields are a JSON array in a fixed order
// (JSON escapes the separators, so no field can run into the next).

export interface HashedFields {
  purpose: string;
  language: string;
  version: number;
  title: string;
  body: string;
}

/** The exact string that is hashed. */
export function canonicalConsentText(t: HashedFields): string {
  const nl = (s: string) => s.replace(/\r\n?/g, '\n');
  return JSON.stringify(['bindeled-consent-text-1', t.purpose, t.language, t.version, nl(t.title), nl(t.body)]);
}

/** sha256 (hex) over the canonical form of a consent text version. */
export function consentTextHash(t: HashedFields): string {
  return createHash('sha256').update(canonicalConsentText(t), 'utf8').digest('hex');
}

/** The part of the hash printed on a form and shown in lists. */
export function shortHash(hash: string): string {
  return hash.slice(0, 8);
}

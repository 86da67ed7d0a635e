// A recovery key is 30 random Crockford base32 characters (150 bits) plus two check characters,
// shown as eight groups of four. Crockford's alphabet has no I, L, O or U, so a key read aloud
// or copied by hand survives: typed O becomes 0, I and L become 1.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 30;
export const RECOVERY_KEY_LENGTH = 32;
export const RECOVERY_KEY_GROUPS = 8;
/** Random bytes needed for one key (30 characters × 5 bits = 150 bits, rounded up). */
export const RECOVERY_KEY_RANDOM_BYTES = 19;

function checkChars(body: string): string {
  // Weighted sum mod 1021 (prime): catches every single typo and every swap of neighbours.
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum = (sum + (i + 1) * (ALPHABET.indexOf(body[i] ?? '') + 1)) % 1021;
  return (ALPHABET[sum >> 5] ?? '0') + (ALPHABET[sum & 31] ?? '0');
}

/** Builds a recovery key (canonical form, no dashes) from at least 19 random bytes. */
export function recoveryKeyFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_KEY_RANDOM_BYTES) throw new Error('need 19 random bytes');
  let bits = 0;
  let value = 0;
  let body = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && body.length < RANDOM_CHARS) {
      body += ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return body + checkChars(body);
}

/** Normalises what a person typed: case, spaces, dashes, and look-alike letters. */
export function normaliseRecoveryKey(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** True when the typed key has the right length, alphabet and check characters. */
export function isWellFormedRecoveryKey(typed: string): boolean {
  const key = normaliseRecoveryKey(typed);
  if (key.length !== RECOVERY_KEY_LENGTH) return false;
  if ([...key].some((c) => !ALPHABET.includes(c))) return false;
  return checkChars(key.slice(0, RANDOM_CHARS)) === key.slice(RANDOM_CHARS);
}

/** Splits a key into its groups of four for display. */
export function recoveryKeyGroups(key: string): string[] {
  const canonical = normaliseRecoveryKey(key);
  const groups: string[] = [];
  for (let i = 0; i < canonical.length; i += 4) groups.push(canonical.slice(i, i + 4));
  return groups;
}

/** The key as it is shown and printed: XXXX-XXXX-…. */
export function formatRecoveryKey(key: string): string {
  return recoveryKeyGroups(key).join('-');
}

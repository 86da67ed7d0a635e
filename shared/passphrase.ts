// A small, explainable strength estimate. It is deliberately conservative about the usual human
// patterns (one word plus digits, keyboard runs, repeated characters) and generous with long
// passphrases of several words, which are what we advise coordinators to use.

export const MIN_PASSPHRASE_LENGTH = 12;
/** Lowest score the app accepts for a new passphrase (0–4). */
export const MIN_ACCEPTED_SCORE = 3;

const COMMON = [
  'password',
  'passord',
  'adgangskode',
  'salasana',
  'lösenord',
  'losenord',
  'kodeord',
  'qwerty',
  'asdf',
  'letmein',
  'welcome',
  'velkommen',
  'tervetuloa',
  'bindeled',
  'sommer',
  'summer',
  'vinter',
  'winter',
  'kesä',
  'talvi',
  'admin',
  'mentor',
  'jobcenter',
  'kommune',
  'hejsa',
  '123456',
  'abc123',
  'iloveyou',
  'monkey',
  'dragon',
];
const RUNS = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiopåasdfghjklæøzxcvbnm', 'qwertyuiopasdfghjklzxcvbnm'];

export interface PassphraseStrength {
  /** 0 (very weak) … 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  /** Rough guessing entropy in bits after penalties. */
  bits: number;
  tooShort: boolean;
  /** Why the score is low, as stable keys the UI translates. */
  hints: ('tooShort' | 'common' | 'repeats' | 'sequence' | 'oneClass' | 'useWords')[];
}

function poolSize(text: string): number {
  let pool = 0;
  if (/[a-zæøåäöü]/.test(text)) pool += 29;
  if (/[A-ZÆØÅÄÖÜ]/.test(text)) pool += 29;
  if (/[0-9]/.test(text)) pool += 10;
  if (/[^a-zA-Z0-9æøåäöüÆØÅÄÖÜ]/.test(text)) pool += 20;
  return Math.max(pool, 10);
}

function runLength(text: string): number {
  const lower = text.toLowerCase();
  let count = 0;
  for (let i = 0; i + 2 < lower.length; i++) {
    const tri = lower.slice(i, i + 3);
    if (RUNS.some((run) => run.includes(tri) || [...run].reverse().join('').includes(tri))) count++;
  }
  return count;
}

/** Estimates how hard a passphrase is to guess; used by the strength meter and enforced by core. */
export function estimatePassphrase(passphrase: string): PassphraseStrength {
  const hints: PassphraseStrength['hints'] = [];
  const chars = [...passphrase];
  const length = chars.length;
  const tooShort = length < MIN_PASSPHRASE_LENGTH;
  if (tooShort) hints.push('tooShort');
  const unique = new Set(chars).size;
  // Characters beyond the distinct ones add little: "aaaaaaaa" is not eight random letters.
  const effective = Math.min(length, unique * 2);
  let bits = effective * Math.log2(poolSize(passphrase));
  const lower = passphrase.toLowerCase();
  const common = COMMON.filter((word) => lower.includes(word));
  if (common.length > 0) {
    hints.push('common');
    bits -= common.reduce((sum, word) => sum + word.length, 0) * 3.5;
  }
  if (unique <= length / 3) hints.push('repeats');
  const runs = runLength(passphrase);
  if (runs > 0) {
    hints.push('sequence');
    bits -= runs * 4;
  }
  const words = passphrase
    .trim()
    .split(/[\s\-_.]+/)
    .filter((w) => w.length >= 3);
  if (poolSize(passphrase) <= 29 && words.length < 3) hints.push('oneClass');
  if (words.length < 3) hints.push('useWords');
  bits = Math.max(0, Math.round(bits));
  let score: PassphraseStrength['score'] = bits < 30 ? 0 : bits < 45 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
  if (tooShort && score > 1) score = 1;
  return { score, bits, tooShort, hints };
}

/** True when a new passphrase is strong enough to protect a register. */
export function isAcceptablePassphrase(passphrase: string): boolean {
  const strength = estimatePassphrase(passphrase);
  return !strength.tooShort && strength.score >= MIN_ACCEPTED_SCORE;
}

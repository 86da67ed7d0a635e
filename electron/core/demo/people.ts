import { AVAILABILITY_SLOTS } from '../../../shared/contract';
import { weighted } from './mentoring-context';
import { FEMALE_NAMES, type Industry } from './mentoring-texts';
import { MIGRANT, type NamePool } from './names';
import type { Rng } from './prng';

// What mentors and mentees are made of: the fields they work in, where those born abroad come
// from (with the languages they speak), names that fit a gender, and when in the week they can meet.

export const MENTEE_INDUSTRIES: [Industry, number][] = [
  ['health', 14],
  ['social-care', 8],
  ['education', 9],
  ['it', 7],
  ['engineering', 8],
  ['construction', 7],
  ['manufacturing', 6],
  ['trade', 7],
  ['hospitality', 8],
  ['transport', 6],
  ['finance', 4],
  ['public-administration', 3],
  ['law', 3],
  ['science', 3],
  ['culture-media', 3],
  ['agriculture', 3],
  ['cleaning-facilities', 4],
  ['other', 3],
];
export const MENTOR_INDUSTRIES: [Industry, number][] = MENTEE_INDUSTRIES.map(([i, w]) => [
  i,
  ['it', 'finance', 'public-administration', 'education', 'engineering'].includes(i) ? w * 2 : w,
]);
/** Fields where a foreign degree needs recognition before one may work in them. */
export const REGULATED: Industry[] = ['health', 'education', 'law', 'social-care', 'engineering'];

export interface Origin {
  pool: string;
  language: string;
  countries: [string, number][];
  extra: [string, number][];
  weight: number;
}
export const ORIGINS: Origin[] = [
  {
    pool: 'ar',
    language: 'ar',
    countries: [
      ['SY', 55],
      ['IQ', 25],
      ['PS', 10],
      ['SD', 5],
      ['LB', 5],
    ],
    extra: [
      ['en', 0.4],
      ['ku', 0.1],
      ['fr', 0.05],
    ],
    weight: 28,
  },
  {
    pool: 'uk',
    language: 'uk',
    countries: [['UA', 1]],
    extra: [
      ['ru', 0.7],
      ['en', 0.4],
      ['pl', 0.05],
    ],
    weight: 18,
  },
  {
    pool: 'so',
    language: 'so',
    countries: [['SO', 1]],
    extra: [
      ['ar', 0.4],
      ['en', 0.3],
    ],
    weight: 10,
  },
  {
    pool: 'ti',
    language: 'ti',
    countries: [['ER', 1]],
    extra: [
      ['am', 0.3],
      ['ar', 0.2],
      ['en', 0.3],
    ],
    weight: 10,
  },
  {
    pool: 'fa',
    language: 'prs',
    countries: [['AF', 1]],
    extra: [
      ['ps', 0.25],
      ['en', 0.3],
    ],
    weight: 10,
  },
  { pool: 'fa', language: 'fa', countries: [['IR', 1]], extra: [['en', 0.6]], weight: 5 },
  {
    pool: 'tr',
    language: 'tr',
    countries: [['TR', 1]],
    extra: [
      ['ku', 0.3],
      ['en', 0.3],
    ],
    weight: 6,
  },
  { pool: 'vi', language: 'vi', countries: [['VN', 1]], extra: [['en', 0.4]], weight: 5 },
  { pool: 'pl', language: 'pl', countries: [['PL', 1]], extra: [['en', 0.5]], weight: 3 },
];
export const POOLS = new Map(MIGRANT.map((p) => [p.language, p]));

export type Gender = 'female' | 'male' | 'other' | 'unspecified';
export interface Language {
  code: string;
  level: 'basic' | 'good' | 'fluent' | 'native';
}

export interface Person {
  name: string;
  latin: string;
}

const splitPools = new Map<NamePool, { female: [string, string][]; male: [string, string][] }>();
/** A name that fits the gender (Polish family names too: Kowalska, Wiśniewski). */
export function genderedName(rng: Rng, pool: NamePool, gender: Gender): Person {
  let split = splitPools.get(pool);
  if (!split) {
    split = { female: pool.given.filter(([n]) => FEMALE_NAMES.has(n)), male: pool.given.filter(([n]) => !FEMALE_NAMES.has(n)) };
    splitPools.set(pool, split);
  }
  const givens = gender === 'female' ? split.female : gender === 'male' ? split.male : pool.given;
  const [given, givenLatin] = rng.pick(givens.length ? givens : pool.given);
  let [family, familyLatin] = rng.pick(pool.family);
  if (pool.language === 'pl') {
    const fix = (s: string) => (gender === 'female' ? s.replace(/ski$/, 'ska') : s.replace(/ska$/, 'ski'));
    family = fix(family);
    familyLatin = fix(familyLatin);
  }
  return {
    name: pool.familyFirst ? `${family} ${given}` : `${given} ${family}`,
    latin: `${givenLatin.split(' ').pop() ?? givenLatin}.${familyLatin}`,
  };
}

export function slots(rng: Rng, n: number, weights: { day: number; evening: number; weekend: number }): string[] {
  const options = AVAILABILITY_SLOTS.map((s) => {
    const weekend = s.startsWith('sat') || s.startsWith('sun');
    const w = weekend ? weights.weekend : s.endsWith('evening') ? weights.evening : weights.day;
    return [s, w] as const;
  });
  const chosen = new Set<string>();
  for (let i = 0; i < n * 3 && chosen.size < n; i++) chosen.add(weighted(rng, options));
  return AVAILABILITY_SLOTS.filter((s) => chosen.has(s));
}

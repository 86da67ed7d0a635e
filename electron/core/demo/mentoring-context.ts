import { foldText } from '../../../shared/text';
import type { Db } from '../db/driver';
import { readSettings } from '../register/settings-repo';
import { daMentoring, nbMentoring } from './mentoring-texts-da-nb';
import { fiMentoring, svMentoring } from './mentoring-texts-sv-fi';
import type { MentoringTexts } from './mentoring-texts';
import { NEIGHBOURS, PLACE_WEIGHTS, PLACES, type Place } from './places';
import type { Rng } from './prng';
import type { TextLanguage } from './texts';

// What every part of the mentoring demo works from: the random stream, the day it ends on, the
// register's language with its words and places, and the days arithmetic. Building the context
// draws nothing from the stream, so the order of the draws stays that of the parts using it.

const TEXTS: Record<TextLanguage, MentoringTexts> = { da: daMentoring, nb: nbMentoring, sv: svMentoring, fi: fiMentoring };
/** How many years of courses the demo has before `today`. */
const YEARS = 4;
const DAY_MS = 86_400_000;

export const dayOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
export const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const stamp = (day: number, hour = 10) => `${iso(day)}T${String(hour).padStart(2, '0')}:00:00.000Z`;
/** 0 = Sunday … 6 = Saturday (day 0, 1 January 1970, was a Thursday). */
export const weekdayOf = (day: number) => (day + 4) % 7;
/** The day itself, or the Monday after a weekend. */
export const workday = (day: number) => (weekdayOf(day) === 6 ? day + 2 : weekdayOf(day) === 0 ? day + 1 : day);

/** One of the items, each as likely as its weight. */
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return (items[items.length - 1] as readonly [T, number])[0];
}

export type PlaceWeights = readonly (readonly [Place, number])[];

export interface MentoringContext {
  rng: Rng;
  /** Days since 1970-01-01: the demo's today, and the first day of its history. */
  today: number;
  first: number;
  /** The register's language (Danish for English registers), its words and its country. */
  local: TextLanguage;
  t: MentoringTexts;
  country: string;
  placeWeights: PlaceWeights;
  /** Mentors live even more in the cities than mentees do. */
  mentorPlaceWeights: PlaceWeights;
  neighbourPairs: [string, string][];
  /** `a|b` for neighbouring municipalities, both ways. */
  neighbours: Set<string>;
  regionNames: Intl.DisplayNames;
  /** A text template filled in (see MentoringTexts). */
  fill: (template: string, values: { p?: string; f?: string; c?: string; m?: string }) => string;
  /** An e-mail address for a Latin name, numbered when taken (mentors and mentees share the list). */
  email: (latin: string) => string;
}

export function mentoringContext(db: Db, rng: Rng, todayDate: string): MentoringContext {
  const today = dayOf(todayDate);
  const language = readSettings(db).defaultLanguage;
  const textLanguage: TextLanguage = language === 'nb' || language === 'sv' || language === 'fi' ? language : 'da';
  const country = textLanguage === 'da' ? 'DK' : textLanguage === 'nb' ? 'NO' : 'FI';
  const places = PLACES.filter((p) => p.country === country);
  const placeWeights = places.map(
    (p) => [p, (PLACE_WEIGHTS[p.name] ?? 3) * (textLanguage === 'sv' && p.language === 'sv' ? 5 : 1)] as const,
  );
  const neighbourPairs = NEIGHBOURS.filter(([a, b]) => places.some((p) => p.name === a) && places.some((p) => p.name === b));
  const emails = new Map<string, number>();
  return {
    rng,
    today,
    first: today - YEARS * 365,
    local: textLanguage,
    t: TEXTS[textLanguage],
    country,
    placeWeights,
    mentorPlaceWeights: placeWeights.map(([p, w]) => [p, w >= 10 ? w * 1.5 : w] as const),
    neighbourPairs,
    neighbours: new Set(neighbourPairs.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`])),
    regionNames: new Intl.DisplayNames([textLanguage], { type: 'region' }),
    fill: (template, values) =>
      template
        .replace('{P}', values.p ?? '')
        .replace('{p}', (values.p ?? '').toLowerCase())
        .replace('{f}', (values.f ?? '').toLowerCase())
        .replace('{c}', values.c ?? '')
        .replace('{m}', values.m ?? ''),
    email: (latin) => {
      const localPart = foldText(latin).replace(/[^a-z0-9.]/g, '');
      const seen = emails.get(localPart) ?? 0;
      emails.set(localPart, seen + 1);
      return `${localPart}${seen ? seen + 1 : ''}@example.net`;
    },
  };
}

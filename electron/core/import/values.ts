import type { z } from 'zod';
import { COUNTRIES, SECTORS, THEMES, type ImportFieldName, type ImportProblem, type ImportTargetName } from '../../../shared/contract';
import { foldText } from '../../../shared/text';
import { restoreNeutralisedCell } from '../export/cells';
import { headerWord } from './mapping';

// One row's cells → the values to import and what is wrong with them. Pure: no database.

export type Problem = z.output<typeof ImportProblem>;
export type Values = Partial<Record<ImportFieldName, string>>;

const MAX: Partial<Record<ImportFieldName, number>> = {
  name: 200,
  role: 200,
  email: 320,
  phone: 60,
  preferredLanguage: 40,
  notes: 8000,
  organisation: 200,
  municipality: 100,
  address: 500,
  website: 500,
  howWeWork: 8000,
  tags: 3000,
  themes: 500,
};

/** Lenient: one @, something before it, and a dot with something on both sides after it. */
export function looksLikeEmail(email: string): boolean {
  const parts = email.split('@');
  if (parts.length !== 2) return false;
  const [local, domain] = parts as [string, string];
  return local.length > 0 && /^[^\s.][^\s]*\.[^\s.]+$/.test(domain) && !/\s/.test(local);
}

/** Spaces inside an address are a typing slip ("ann @ x.dk"); case is kept as written. */
export function tidyEmail(email: string): string {
  return email.replace(/\s+/g, '');
}

/** Light touch: one space between groups, no odd separators; the number itself is left as written. */
export function tidyPhone(phone: string): string {
  return phone
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/^tel:/i, '')
    .trim();
}

// Words for sectors, countries and themes as people write them, folded.
const SECTOR_WORDS: Record<string, (typeof SECTORS)[number]> = {
  kommune: 'municipality',
  kommun: 'municipality',
  kunta: 'municipality',
  municipality: 'municipality',
  kaupunki: 'municipality',
  jobcenter: 'job-centre',
  jobcentre: 'job-centre',
  nav: 'job-centre',
  arbetsformedlingen: 'job-centre',
  tetoimisto: 'job-centre',
  tepalvelut: 'job-centre',
  civilsamfund: 'civil-society',
  frivilligforening: 'civil-society',
  forening: 'civil-society',
  ngo: 'civil-society',
  frivillig: 'civil-society',
  civilsamhalle: 'civil-society',
  jarjesto: 'civil-society',
  civilsociety: 'civil-society',
  sivilsamfunn: 'civil-society',
  bolig: 'housing-social',
  boligsocial: 'housing-social',
  boligforening: 'housing-social',
  housing: 'housing-social',
  virksomhed: 'company',
  virksomhet: 'company',
  company: 'company',
  foretag: 'company',
  yritys: 'company',
  firma: 'company',
  fond: 'foundation',
  foundation: 'foundation',
  stiftelse: 'foundation',
  saatio: 'foundation',
  uddannelse: 'education',
  utdanning: 'education',
  utbildning: 'education',
  koulutus: 'education',
  education: 'education',
  skole: 'education',
  skola: 'education',
  sundhed: 'health',
  helse: 'health',
  halsa: 'health',
  terveys: 'health',
  health: 'health',
  andet: 'other',
  annet: 'other',
  annat: 'other',
  muu: 'other',
  other: 'other',
};
const COUNTRY_WORDS: Record<string, (typeof COUNTRIES)[number]> = {
  dk: 'DK',
  danmark: 'DK',
  denmark: 'DK',
  tanska: 'DK',
  no: 'NO',
  norge: 'NO',
  norway: 'NO',
  norja: 'NO',
  noreg: 'NO',
  fi: 'FI',
  finland: 'FI',
  suomi: 'FI',
  se: 'SE',
  sverige: 'SE',
  sweden: 'SE',
  ruotsi: 'SE',
};
const THEME_WORDS: Record<string, (typeof THEMES)[number]> = {
  mentor: 'mentoring-referrals',
  mentoring: 'mentoring-referrals',
  mentorforlob: 'mentoring-referrals',
  mentorskap: 'mentoring-referrals',
  mentorointi: 'mentoring-referrals',
  frivillig: 'volunteering',
  frivillighed: 'volunteering',
  frivilligt: 'volunteering',
  volunteering: 'volunteering',
  vapaaehtoistyo: 'volunteering',
  beskaeftigelse: 'employment',
  job: 'employment',
  jobb: 'employment',
  arbejde: 'employment',
  arbeid: 'employment',
  arbete: 'employment',
  employment: 'employment',
  tyo: 'employment',
  tyollisyys: 'employment',
  uddannelse: 'education',
  utdanning: 'education',
  utbildning: 'education',
  koulutus: 'education',
  education: 'education',
  bolig: 'housing',
  bostad: 'housing',
  asuminen: 'housing',
  housing: 'housing',
  sundhed: 'health',
  helse: 'health',
  halsa: 'health',
  terveys: 'health',
  health: 'health',
};

// Each list's ids by their folded word (the first id when two fold alike), built on first use.
const idsByWord = new Map<readonly string[], Map<string, string>>();

function lookup<T extends string>(words: Record<string, T>, ids: readonly T[], text: string): T | undefined {
  const word = headerWord(text);
  let own = idsByWord.get(ids);
  if (!own) {
    own = new Map();
    for (const id of ids) if (!own.has(headerWord(id))) own.set(headerWord(id), id);
    idsByWord.set(ids, own);
  }
  return (own.get(word) as T | undefined) ?? (Object.hasOwn(words, word) ? words[word] : undefined);
}

export const sectorOf = (text: string) => lookup(SECTOR_WORDS, SECTORS, text);
export const countryOf = (text: string) => lookup(COUNTRY_WORDS, COUNTRIES, text);
export const themeOf = (text: string) => lookup(THEME_WORDS, THEMES, text);

/** Splits a list cell ("a, b; c") into its items. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,|\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The mapped, tidied values of one row and its problems. Errors mean the row will be rejected. */
export function rowValues(
  cells: readonly string[],
  columnOf: ReadonlyMap<ImportFieldName, number>,
  target: ImportTargetName,
): { values: Values; problems: Problem[] } {
  const values: Values = {};
  const problems: Problem[] = [];
  for (const [field, index] of columnOf) {
    let value = restoreNeutralisedCell(cells[index] ?? '');
    if (field === 'email') value = tidyEmail(value);
    if (field === 'phone') value = tidyPhone(value);
    if (value === '') continue;
    values[field] = value;
    if (value.length > (MAX[field] ?? 200)) problems.push({ field, code: 'too-long', severity: 'error' });
  }
  if (!values.name) problems.unshift({ field: 'name', code: 'missing', severity: 'error' });
  if (values.email && !looksLikeEmail(values.email)) problems.push({ field: 'email', code: 'invalid-email', severity: 'error' });
  const warn = (field: ImportFieldName) => problems.push({ field, code: 'unknown-value', severity: 'warning' });
  if (target === 'organisations') {
    if (values.sector && !sectorOf(values.sector)) warn('sector');
    if (values.country && !countryOf(values.country)) warn('country');
  } else if (values.themes && splitList(values.themes).some((t) => !themeOf(t))) warn('themes');
  return { values, problems };
}

export const hasError = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');

/** Folded, for comparing organisation names and the like. */
export const folded = (text: string) => foldText(text).trim();

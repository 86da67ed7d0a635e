import { nameKey } from '../partners/rows';
import { iso, weighted, type MentoringContext } from './mentoring-context';
import type { GoalKind, Industry } from './mentoring-texts';
import type { NamePool } from './names';
import { genderedName, MENTEE_INDUSTRIES, ORIGINS, POOLS, REGULATED, slots, type Gender, type Language } from './people';
import { phoneNumber } from './places';
import type { Rng } from './prng';

// The demo's mentees, all born abroad: their languages, education, goals and wishes for a
// mentor, made on the day they are referred; and the codes (MT-XXXXX) they are known by.

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface DemoMentee {
  name: string;
  latin: string;
  gender: Gender;
  municipality: string;
  industries: Industry[];
  codes: Set<string>;
  availability: string[];
  preferred: 'any' | 'female' | 'male';
  profession: string;
  field: string;
  country: string;
  goals: GoalKind[];
  row: Record<string, unknown>;
}

/** A generator of mentee codes, none given twice. */
export function menteeCodes(rng: Rng): () => string {
  const codes = new Set<string>();
  return () => {
    for (;;) {
      let code = 'MT-';
      for (let k = 0; k < 5; k++) code += CODE_ALPHABET[rng.int(0, CODE_ALPHABET.length - 1)];
      if (!codes.has(code)) {
        codes.add(code);
        return code;
      }
    }
  };
}

/** A mentee referred on `referred` (their age and the year come from that day). */
export function makeMentee(ctx: MentoringContext, referred: number): DemoMentee {
  const { rng, t, local, regionNames } = ctx;
  const origin = weighted(
    rng,
    ORIGINS.map((o) => [o, o.weight] as const),
  );
  const gender = weighted<Gender>(rng, [
    ['female', 55],
    ['male', 44],
    ['unspecified', 1],
  ]);
  const person = genderedName(rng, POOLS.get(origin.pool) as NamePool, gender);
  const place = weighted(rng, ctx.placeWeights);
  const industries = [weighted(rng, MENTEE_INDUSTRIES)];
  if (rng.chance(0.15)) {
    const second = weighted(rng, MENTEE_INDUSTRIES);
    if (second !== industries[0]) industries.push(second);
  }
  const industry = industries[0] as Industry;
  const profession = rng.pick(t.professions[industry]);
  const level = weighted(rng, [
    ['none', 5],
    ['primary', 10],
    ['secondary', 20],
    ['vocational', 20],
    ['bachelor', 28],
    ['master', 14],
    ['doctorate', 3],
  ] as const);
  const educated = !['none', 'primary', 'secondary'].includes(level);
  const countryName = regionNames.of(weighted(rng, origin.countries)) ?? '';
  const localLevel = weighted(rng, [
    ['none', 6],
    ['basic', 36],
    ['good', 38],
    ['fluent', 20],
  ] as const);
  const languages: Language[] = [{ code: origin.language, level: 'native' }];
  if (localLevel !== 'none') languages.push({ code: local, level: localLevel });
  for (const [code, p] of origin.extra) {
    if (rng.chance(p) && !languages.some((l) => l.code === code))
      languages.push({ code, level: rng.pick(['basic', 'good', 'fluent'] as const) });
  }
  const goals = (
    [
      ['job', 0.85],
      ['education', 0.3],
      ['network', 0.5],
      ['language', 0.35],
      ['other', 0.08],
    ] as const
  )
    .filter(([, p]) => rng.chance(p))
    .map(([g]) => g as GoalKind);
  if (goals.length === 0) goals.push('job');
  const preferred = gender === 'female' && rng.chance(0.35) ? 'female' : gender === 'male' && rng.chance(0.05) ? 'male' : 'any';
  const availability = rng.chance(0.1) ? [] : slots(rng, rng.int(3, 8), { day: 2, evening: 2, weekend: 0.7 });
  const recognition =
    educated && level !== 'vocational' && REGULATED.includes(industry)
      ? weighted(rng, [
          ['not-started', 30],
          ['in-progress', 30],
          ['recognised', 20],
          ['partly-recognised', 15],
          ['refused', 5],
        ] as const)
      : 'not-needed';
  const yearNow = Number(iso(referred).slice(0, 4));
  const field = educated ? t.fields[industry] : '';
  return {
    name: person.name,
    latin: person.latin,
    gender,
    municipality: place.name,
    industries,
    codes: new Set(languages.map((l) => l.code)),
    availability,
    preferred,
    profession,
    field: t.fields[industry],
    country: countryName,
    goals,
    row: {
      name: person.name,
      email: rng.chance(0.4) ? ctx.email(person.latin) : '',
      phone: rng.chance(0.95) ? phoneNumber(rng, place) : '',
      birth_year: rng.chance(0.95) ? yearNow - rng.int(20, 60) : null,
      gender,
      languages: JSON.stringify(languages),
      local_language_level: localLevel,
      education_level: rng.chance(0.95) ? level : null,
      education_field: field,
      education_country: level === 'none' ? '' : countryName,
      profession,
      industries: JSON.stringify(industries),
      experience_years: rng.chance(0.9) ? rng.int(0, 20) : null,
      recognition,
      goals: JSON.stringify(goals),
      municipality: place.name,
      availability: JSON.stringify(availability),
      preferred_mentor_gender: preferred,
      preferences: rng.chance(0.2) ? rng.pick(t.menteePreferences) : '',
      notes: rng.chance(0.2) ? rng.pick(t.menteeNotes) : '',
      name_key: nameKey(person.name),
    },
  };
}

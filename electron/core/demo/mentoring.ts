import { AgreementInput, AVAILABILITY_SLOTS, type CaseStatus, type MentorStatus } from '../../../shared/contract';
import { WITH_MENTOR } from '../../../shared/mentoring/lifecycle';
import { foldText } from '../../../shared/text';
import type { Db } from '../db/driver';
import { readMentoringSettings, writeMentoringSettings } from '../mentoring/settings';
import { addMonths } from '../mentoring/rows';
import { nameKey } from '../partners/rows';
import { indexEntity } from '../partners/search-index';
import { readSettings } from '../register/settings-repo';
import { daMentoring, nbMentoring } from './mentoring-texts-da-nb';
import { fiMentoring, svMentoring } from './mentoring-texts-sv-fi';
import { FEMALE_NAMES, type GoalKind, type Industry, type MentoringTexts, type Outcome } from './mentoring-texts';
import { MIGRANT, NORDIC, type NamePool } from './names';
import { NEIGHBOURS, phoneNumber, PLACE_WEIGHTS, PLACES } from './places';
import { generateConsents } from './consents';
import { createRng, type Rng } from './prng';
import type { TextLanguage } from './texts';

// The mentoring part of the demo register: mentors, mentees, and about four years of courses
// with their whole history. The history is simulated day by day (referral, intake, waiting,
// match, start agreement, meetings, pauses, rematches, closing, follow-up) and then written
// with prepared statements, one transaction per chunk of courses. Every row is what the
// repositories would have written for the same calls (tests/unit/core/demo-mentoring.test.ts
// replays courses through the real channels and compares): status_since, an event for every
// status change, mentor periods, the follow-up planned on closing, search entries. Matching
// in the simulation never gives a mentor more open courses than their capacity, at any time.

export interface MentoringSize {
  mentors: number;
  mentees: number;
}

export interface MentoringCounts {
  mentors: number;
  mentees: number;
  cases: number;
  caseEvents: number;
  meetings: number;
  followUps: number;
}

const TEXTS: Record<TextLanguage, MentoringTexts> = { da: daMentoring, nb: nbMentoring, sv: svMentoring, fi: fiMentoring };
const FEEDBACK = ['attendance', 'goals-progress', 'outcome', 'meeting-count'] as const;
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const YEARS = 4;
const CHUNK = 1000;
const DAY_MS = 86_400_000;

const dayOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const stamp = (day: number, hour = 10) => `${iso(day)}T${String(hour).padStart(2, '0')}:00:00.000Z`;
/** 0 = Sunday … 6 = Saturday (day 0, 1 January 1970, was a Thursday). */
const weekdayOf = (day: number) => (day + 4) % 7;
/** The day itself, or the Monday after a weekend. */
const workday = (day: number) => (weekdayOf(day) === 6 ? day + 2 : weekdayOf(day) === 0 ? day + 1 : day);

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return (items[items.length - 1] as readonly [T, number])[0];
}

const MENTEE_INDUSTRIES: [Industry, number][] = [
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
const MENTOR_INDUSTRIES: [Industry, number][] = MENTEE_INDUSTRIES.map(([i, w]) => [
  i,
  ['it', 'finance', 'public-administration', 'education', 'engineering'].includes(i) ? w * 2 : w,
]);
/** Fields where a foreign degree needs recognition before one may work in them. */
const REGULATED: Industry[] = ['health', 'education', 'law', 'social-care', 'engineering'];

interface Origin {
  pool: string;
  language: string;
  countries: [string, number][];
  extra: [string, number][];
  weight: number;
}
const ORIGINS: Origin[] = [
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
const POOLS = new Map(MIGRANT.map((p) => [p.language, p]));

type Gender = 'female' | 'male' | 'other' | 'unspecified';
interface Language {
  code: string;
  level: 'basic' | 'good' | 'fluent' | 'native';
}

interface Person {
  name: string;
  latin: string;
}

const splitPools = new Map<NamePool, { female: [string, string][]; male: [string, string][] }>();
/** A name that fits the gender (Polish family names too: Kowalska, Wiśniewski). */
function genderedName(rng: Rng, pool: NamePool, gender: Gender): Person {
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

function slots(rng: Rng, n: number, weights: { day: number; evening: number; weekend: number }): string[] {
  const options = AVAILABILITY_SLOTS.map((s) => {
    const weekend = s.startsWith('sat') || s.startsWith('sun');
    const w = weekend ? weights.weekend : s.endsWith('evening') ? weights.evening : weights.day;
    return [s, w] as const;
  });
  const chosen = new Set<string>();
  for (let i = 0; i < n * 3 && chosen.size < n; i++) chosen.add(weighted(rng, options));
  return AVAILABILITY_SLOTS.filter((s) => chosen.has(s));
}

interface DemoMentor {
  id: number;
  name: string;
  gender: Gender;
  municipality: string;
  industries: Industry[];
  languages: Language[];
  codes: Set<string>;
  availability: string[];
  capacity: number;
  status: MentorStatus;
  created: number;
  activeFrom: number;
  /** No mentor period may last beyond this day (ended or paused mentors). */
  stop: number;
  /** Activated in the last days and not matched yet. */
  fresh: boolean;
  periods: [number, number][];
  row: unknown[];
  trainings: [string, string][];
  index: { subtitle: string; body: string };
}

interface DemoMentee {
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

interface Referral {
  organisationId: number | null;
  contactId: number | null;
  contactName: string | null;
}

interface Event {
  day: number;
  to: CaseStatus;
  mentor?: DemoMentor;
  reason?: string;
  outcome?: Outcome;
  endedReason?: string;
}

interface Plan {
  mentee: DemoMentee;
  referral: Referral;
  coordinator: string;
  referred: number;
  events: Event[];
  agreementDay: number | null;
  interval: number;
  quietGap: number;
  /** The day waiting for the current match started (for giving up after a year). */
  waitStart: number;
  previous: DemoMentor | null;
  next: null | {
    startDelay: number;
    needsAgreement: boolean;
    length: number;
    outcome: Outcome;
    pause: { offset: number; days: number } | null;
    rematch: { offset: number; wait: number; restart: number; preStart: boolean } | null;
  };
}

/** What a case row looks like after the events, exactly as transitionCase leaves it. */
interface CaseState {
  status: CaseStatus;
  statusSince: number;
  mentor: DemoMentor | null;
  intakeOn: number | null;
  waitingSince: number | null;
  matchedOn: number | null;
  startedOn: number | null;
  closedOn: number | null;
  outcome: Outcome | null;
  endedReason: string;
  periods: { mentor: DemoMentor; from: number; to: number | null; reason: string }[];
  events: { day: number; from: CaseStatus | null; to: CaseStatus; mentor: DemoMentor | null; reason: string }[];
}

function replay(events: Event[]): CaseState {
  const s: CaseState = {
    status: 'referred',
    statusSince: 0,
    mentor: null,
    intakeOn: null,
    waitingSince: null,
    matchedOn: null,
    startedOn: null,
    closedOn: null,
    outcome: null,
    endedReason: '',
    periods: [],
    events: [],
  };
  const endPeriod = (day: number, reason: string) => {
    for (const p of s.periods) if (p.to === null) Object.assign(p, { to: day, reason });
  };
  events.forEach((e, i) => {
    const from = i === 0 ? null : s.status;
    let eventMentor: DemoMentor | null = null;
    switch (e.to) {
      case 'intake':
        s.intakeOn = e.day;
        break;
      case 'waiting':
        s.waitingSince = e.day;
        if (from !== null && WITH_MENTOR.includes(from)) {
          eventMentor = s.mentor;
          endPeriod(e.day, e.reason ?? '');
          s.mentor = null;
          s.matchedOn = null;
        }
        break;
      case 'matched':
        s.mentor = e.mentor ?? null;
        s.matchedOn = e.day;
        eventMentor = s.mentor;
        if (e.mentor) s.periods.push({ mentor: e.mentor, from: e.day, to: null, reason: '' });
        break;
      case 'active':
        if (s.startedOn === null) s.startedOn = e.day;
        break;
      case 'closed':
        s.closedOn = e.day;
        s.outcome = e.outcome ?? 'ended-early';
        s.endedReason = e.endedReason ?? '';
        endPeriod(e.day, '');
        break;
      default:
        break;
    }
    s.status = e.to;
    s.statusSince = e.day;
    // The referral itself is recorded with an empty reason, as openCase does.
    s.events.push({ day: e.day, from, to: e.to, mentor: eventMentor, reason: i === 0 ? '' : (e.reason ?? '') });
  });
  return s;
}

export function generateMentoring(db: Db, size: MentoringSize, rng: Rng, todayDate: string): MentoringCounts {
  const today = dayOf(todayDate);
  const language = readSettings(db).defaultLanguage;
  const textLanguage: TextLanguage = language === 'nb' || language === 'sv' || language === 'fi' ? language : 'da';
  const local = textLanguage;
  const t = TEXTS[textLanguage];
  const country = textLanguage === 'da' ? 'DK' : textLanguage === 'nb' ? 'NO' : 'FI';
  const places = PLACES.filter((p) => p.country === country);
  const placeWeights = places.map(
    (p) => [p, (PLACE_WEIGHTS[p.name] ?? 3) * (textLanguage === 'sv' && p.language === 'sv' ? 5 : 1)] as const,
  );
  // Mentors live even more in the cities than mentees do.
  const mentorPlaceWeights = placeWeights.map(([p, w]) => [p, w >= 10 ? w * 1.5 : w] as const);
  const neighbourPairs = NEIGHBOURS.filter(([a, b]) => places.some((p) => p.name === a) && places.some((p) => p.name === b));
  const neighbours = new Set(neighbourPairs.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  const regionNames = new Intl.DisplayNames([textLanguage], { type: 'region' });
  const fill = (template: string, values: { p?: string; f?: string; c?: string; m?: string }) =>
    template
      .replace('{P}', values.p ?? '')
      .replace('{p}', (values.p ?? '').toLowerCase())
      .replace('{f}', (values.f ?? '').toLowerCase())
      .replace('{c}', values.c ?? '')
      .replace('{m}', values.m ?? '');
  const emails = new Map<string, number>();
  const email = (latin: string) => {
    const localPart = foldText(latin).replace(/[^a-z0-9.]/g, '');
    const seen = emails.get(localPart) ?? 0;
    emails.set(localPart, seen + 1);
    return `${localPart}${seen ? seen + 1 : ''}@example.net`;
  };

  // ---- Mentors -------------------------------------------------------------------------------
  const mentors: DemoMentor[] = [];
  for (let i = 0; i < size.mentors; i++) {
    const status = weighted<MentorStatus>(rng, [
      ['active', 66],
      ['ended', 13],
      ['paused', 7],
      ['trained', 6],
      ['applicant', 8],
    ]);
    let created: number;
    let stop = Number.POSITIVE_INFINITY;
    if (status === 'applicant') created = today - rng.int(3, 60);
    else if (status === 'trained') created = today - rng.int(40, 150);
    else if (status === 'active') created = today - rng.int(60, 7 * 365);
    else if (status === 'paused') {
      stop = today - rng.int(7, 180);
      created = stop - rng.int(120, 6 * 365);
    } else {
      created = today - rng.int(300, 6 * 365);
      stop = Math.min(today - rng.int(5, 60), created + rng.int(240, 1500));
    }
    // A few active mentors finished their training in the last weeks and were activated in the
    // last days: nobody has matched them yet, so the matching screen has someone to suggest.
    const fresh = status === 'active' && rng.chance(0.05);
    if (fresh) created = today - rng.int(35, 80);
    created = workday(created);
    const activeFrom =
      status === 'applicant' || status === 'trained'
        ? Number.POSITIVE_INFINITY
        : fresh
          ? today - rng.int(0, 10)
          : created + rng.int(20, 55);
    const gender = weighted<Gender>(rng, [
      ['female', 60],
      ['male', 38],
      ['unspecified', 1.5],
      ['other', 0.5],
    ]);
    const migrant = rng.chance(0.25);
    const origin = migrant
      ? weighted(
          rng,
          ORIGINS.map((o) => [o, o.weight] as const),
        )
      : null;
    const pool = origin ? (POOLS.get(origin.pool) as NamePool) : (NORDIC[textLanguage] as NamePool);
    const person = genderedName(rng, pool, gender);
    const place = weighted(rng, mentorPlaceWeights);
    const industries = [weighted(rng, MENTOR_INDUSTRIES)];
    if (rng.chance(0.35)) {
      const second = weighted(rng, MENTOR_INDUSTRIES);
      if (second !== industries[0]) industries.push(second);
    }
    const first = industries[0] as Industry;
    const profession = rng.pick(t.professions[first]);
    const languages: Language[] = [];
    if (origin) {
      languages.push({ code: origin.language, level: 'native' });
      languages.push({ code: local, level: rng.chance(0.7) ? 'fluent' : 'good' });
    } else {
      languages.push({ code: local, level: 'native' });
    }
    if (country === 'FI') {
      const other = local === 'fi' ? 'sv' : 'fi';
      if (rng.chance(local === 'sv' ? 0.8 : 0.4)) languages.push({ code: other, level: rng.pick(['basic', 'good', 'fluent'] as const) });
    }
    if (rng.chance(0.75)) languages.push({ code: 'en', level: rng.chance(0.6) ? 'fluent' : 'good' });
    if (!origin && rng.chance(0.15)) {
      languages.push({ code: rng.pick(['de', 'fr', 'es', 'ar', 'ru']), level: rng.pick(['basic', 'good'] as const) });
    }
    const uniqueLanguages = languages.filter((l, k) => languages.findIndex((x) => x.code === l.code) === k);
    const availability = rng.chance(0.08)
      ? []
      : slots(rng, rng.int(2, 6), rng.chance(0.2) ? { day: 3, evening: 1, weekend: 1 } : { day: 0.6, evening: 3, weekend: 1 });
    const capacity = weighted(rng, [
      [1, 18],
      [2, 44],
      [3, 38],
    ] as const);
    const source = origin
      ? weighted(rng, [
          ['minority-association', 35],
          ['former-mentee', 25],
          ['website', 20],
          ['partner', 10],
          ['other', 10],
        ] as const)
      : weighted(rng, [
          ['website', 45],
          ['partner', 25],
          ['other', 20],
          ['minority-association', 5],
        ] as const);
    const trainings: [string, string][] = [];
    if (status !== 'applicant') {
      const base = status === 'trained' ? created + rng.int(10, 30) : activeFrom - rng.int(1, 15);
      const titles = rng.sample(t.trainings, rng.int(1, 3));
      titles.forEach((title, k) => {
        const day = k === 0 ? base : Math.min(today - 1, base + rng.int(30, 700));
        trainings.push([iso(workday(day) > today ? day : workday(day)), title]);
      });
      trainings.sort((a, b) => a[0].localeCompare(b[0]));
    }
    const vetting = status !== 'applicant' && rng.chance(0.45) ? iso(Math.min(today, created + rng.int(5, 30))) : null;
    const skills = rng.sample(t.skills, rng.int(1, 4));
    const mail = email(person.latin);
    const phone = phoneNumber(rng, place);
    const field = t.fields[first];
    const preferences = rng.chance(0.25) ? rng.pick(t.mentorPreferences) : '';
    const notes = rng.chance(0.2) ? rng.pick(t.mentorNotes) : '';
    const changed = Math.min(
      today,
      Math.max(created, Number.isFinite(activeFrom) ? activeFrom : created, Number.isFinite(stop) ? stop : 0),
    );
    mentors.push({
      id: 0,
      name: person.name,
      gender,
      municipality: place.name,
      industries,
      languages: uniqueLanguages,
      codes: new Set(uniqueLanguages.map((l) => l.code)),
      availability,
      capacity,
      status,
      created,
      activeFrom,
      stop,
      fresh,
      periods: [],
      trainings,
      // The columns in saveMentor's order, then status and the timestamps.
      row: [
        person.name,
        mail,
        phone,
        gender,
        JSON.stringify(uniqueLanguages),
        JSON.stringify(industries),
        profession,
        field,
        JSON.stringify(skills),
        place.name,
        JSON.stringify(availability),
        capacity,
        source,
        vetting,
        preferences,
        notes,
        nameKey(person.name),
        status,
        stamp(created),
        stamp(changed, 11),
      ],
      index: {
        subtitle: [profession, place.name].filter(Boolean).join(' · '),
        body: `${mail} ${phone} ${profession} ${place.name} ${skills.join(' ')} ${notes}`,
      },
    });
  }
  mentors.sort((a, b) => a.created - b.created);

  db.transaction(() => {
    const insert = db.prepare(
      `INSERT INTO mentors (name, email, phone, gender, languages, industries, profession, education, skills, municipality, availability, capacity,
         recruitment_source, vetting_checked_on, preferences, notes, name_key, status, created_at, updated_at)
       VALUES (${Array.from({ length: 20 }, () => '?').join(', ')})`,
    );
    const training = db.prepare('INSERT INTO mentor_trainings (mentor_id, date, title) VALUES (?, ?, ?)');
    for (const m of mentors) {
      m.id = Number(insert.run(...m.row).lastInsertRowid);
      for (const [date, title] of m.trainings) training.run(m.id, date, title);
      indexEntity(db, 'mentor', m.id, { label: m.name, subtitle: m.index.subtitle, title: m.name, body: m.index.body });
    }
    if (neighbourPairs.length > 0) writeMentoringSettings(db, { neighbours: neighbourPairs });
  })();
  const followUpMonths = readMentoringSettings(db).followUpMonths;

  // ---- Referrals: the demo's job centres and other partners, and their contact persons --------
  const orgs = db
    .prepare(
      `SELECT id, sector, country, municipality FROM organisations
       WHERE archived = 0 AND sector IN ('job-centre', 'housing-social', 'municipality', 'civil-society') ORDER BY id`,
    )
    .all() as { id: number; sector: string; country: string; municipality: string }[];
  const contactsOf = new Map<number, { id: number; name: string; referrer: boolean }[]>();
  for (const c of db
    .prepare(
      `SELECT m.organisation_id AS org, c.id, c.name, c.themes FROM memberships m JOIN contacts c ON c.id = m.contact_id
       WHERE m.to_date IS NULL AND c.archived = 0 ORDER BY m.organisation_id, c.id`,
    )
    .all() as { org: number; id: number; name: string; themes: string }[]) {
    const list = contactsOf.get(c.org) ?? [];
    list.push({ id: c.id, name: c.name, referrer: c.themes.includes('mentoring-referrals') });
    contactsOf.set(c.org, list);
  }
  const orgsBySector = (sector: string, municipality: string) => {
    const all = orgs.filter((o) => o.sector === sector);
    const inCountry = all.filter((o) => o.country === country);
    const here = inCountry.filter((o) => o.municipality === municipality);
    return here.length > 0 && rng.chance(0.7) ? here : inCountry.length > 0 ? inCountry : all;
  };
  const referralFor = (municipality: string): Referral => {
    const sector = weighted(rng, [
      ['job-centre', 65],
      ['housing-social', 10],
      ['municipality', 8],
      ['civil-society', 7],
      ['self', 10],
    ] as const);
    if (sector === 'self') return { organisationId: null, contactId: null, contactName: null };
    const candidates = orgsBySector(sector, municipality);
    if (candidates.length === 0) return { organisationId: null, contactId: null, contactName: null };
    const org = rng.pick(candidates);
    const people = contactsOf.get(org.id) ?? [];
    const referrers = people.filter((p) => p.referrer);
    const person =
      referrers.length > 0 && rng.chance(0.8) ? rng.pick(referrers) : people.length > 0 && rng.chance(0.85) ? rng.pick(people) : null;
    return { organisationId: org.id, contactId: person?.id ?? null, contactName: person?.name ?? null };
  };
  const coordinators = Array.from(
    { length: Math.max(3, Math.round(size.mentees / 1500)) },
    (_, k) =>
      genderedName(rng, k % 5 === 4 ? (POOLS.get(rng.pick(ORIGINS).pool) as NamePool) : (NORDIC[textLanguage] as NamePool), 'unspecified')
        .name,
  );

  // ---- Mentees and when they were referred ---------------------------------------------------
  // Referrals follow the programme's capacity over time: it grew with its mentors.
  const first = today - YEARS * 365;
  const supply = new Float64Array(today - first + 2);
  for (const m of mentors) {
    if (!Number.isFinite(m.activeFrom)) continue;
    const from = Math.max(first, m.activeFrom);
    const to = Math.min(today + 1, m.stop);
    if (to <= from) continue;
    (supply[from - first] as number) += m.capacity;
    (supply[to - first] as number) -= m.capacity;
  }
  const cumulative = new Float64Array(today - first);
  let running = 0;
  let total = 0;
  for (let d = 0; d < today - first; d++) {
    running += supply[d] as number;
    total += running + 1;
    cumulative[d] = total;
  }
  const referralDays: number[] = [];
  for (let i = 0; i < size.mentees; i++) {
    const u = ((i + rng.next()) / size.mentees) * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    const day = workday(first + lo);
    referralDays.push(day > today ? day - 3 : day);
  }
  referralDays.sort((a, b) => a - b);

  const codes = new Set<string>();
  const newCode = () => {
    for (;;) {
      let code = 'MT-';
      for (let k = 0; k < 5; k++) code += CODE_ALPHABET[rng.int(0, CODE_ALPHABET.length - 1)];
      if (!codes.has(code)) {
        codes.add(code);
        return code;
      }
    }
  };

  const makeMentee = (referred: number): DemoMentee => {
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
    const place = weighted(rng, placeWeights);
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
        email: rng.chance(0.4) ? email(person.latin) : '',
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
  };

  // ---- The simulation ------------------------------------------------------------------------
  const plans: Plan[] = [];
  const requests = new Map<number, Plan[]>();
  const request = (day: number, plan: Plan) => {
    const list = requests.get(day) ?? [];
    list.push(plan);
    requests.set(day, list);
  };
  const outcomeForMatched = (): Outcome =>
    weighted(rng, [
      ['job-full-time', 17],
      ['job-part-time', 13],
      ['job-subsidised', 9],
      ['education', 13],
      ['internship', 10],
      ['other-programme', 8],
      ['ended-early', 16],
      ['moved', 6],
    ] as const);
  const closing = (outcome: Outcome, before: boolean): Pick<Event, 'outcome' | 'endedReason'> => ({
    outcome,
    endedReason: outcome === 'ended-early' ? rng.pick(before ? t.declinedReasons.slice(0, 2) : t.endedEarlyReasons) : '',
  });

  for (const referred of referralDays) {
    const mentee = makeMentee(referred);
    const plan: Plan = {
      mentee,
      referral: referralFor(mentee.municipality),
      coordinator: rng.pick(coordinators),
      referred,
      events: [{ day: referred, to: 'referred' }],
      agreementDay: null,
      interval: weighted(rng, [
        [14, 55],
        [21, 30],
        [28, 15],
      ] as const),
      quietGap: rng.chance(0.1) ? rng.int(35, 90) : 0,
      waitStart: 0,
      previous: null,
      next: null,
    };
    plans.push(plan);
    // The intake meeting within a few weeks; consents and goals sometimes take a while longer.
    const intake = workday(referred + rng.int(4, 28));
    const waiting = rng.chance(0.45) ? intake : workday(intake + rng.int(3, 21));
    const kind = weighted(rng, [
      ['closed-referred', 2],
      ['closed-intake', 3],
      ['closed-waiting', 3],
      ['match', 92],
    ] as const);
    const beforeMatchOutcome = () =>
      weighted(rng, [
        ['ended-early', 60],
        ['moved', 15],
        ['other-programme', 15],
        ['job-part-time', 10],
      ] as const);
    if (kind === 'closed-referred') {
      plan.events.push({ day: workday(referred + rng.int(5, 30)), to: 'closed', ...closing(beforeMatchOutcome(), true) });
      continue;
    }
    plan.events.push({ day: intake, to: 'intake' });
    if (kind === 'closed-intake') {
      plan.events.push({ day: workday(intake + rng.int(3, 20)), to: 'closed', ...closing(beforeMatchOutcome(), true) });
      continue;
    }
    plan.events.push({ day: waiting, to: 'waiting' });
    plan.waitStart = waiting;
    if (kind === 'closed-waiting') {
      plan.events.push({ day: workday(waiting + rng.int(20, 200)), to: 'closed', ...closing(beforeMatchOutcome(), true) });
      continue;
    }
    const outcome = outcomeForMatched();
    // Six to twelve months; many programmes plan a year.
    const length =
      outcome === 'ended-early'
        ? rng.int(30, 150)
        : outcome === 'moved'
          ? rng.int(45, 240)
          : rng.chance(0.45)
            ? rng.int(330, 365)
            : rng.int(182, 365);
    const startDelay = rng.int(5, 21);
    const rematchRoll = rng.next();
    plan.next = {
      startDelay,
      needsAgreement: true,
      length,
      outcome,
      pause: rematchRoll >= 0.09 && rng.chance(0.3) && length > 120 ? { offset: rng.int(40, length - 60), days: rng.int(21, 90) } : null,
      rematch:
        rematchRoll < 0.02
          ? { offset: rng.int(2, startDelay - 1), wait: rng.int(7, 45), restart: rng.int(5, 21), preStart: true }
          : rematchRoll < 0.09 && length > 60
            ? { offset: rng.int(30, Math.floor(length * 0.6)), wait: rng.int(7, 70), restart: rng.int(3, 12), preStart: false }
            : null,
    };
    const wait = weighted(rng, [
      [() => rng.int(7, 42), 55],
      [() => rng.int(42, 112), 32],
      [() => rng.int(112, 280), 13],
    ] as const)();
    request(workday(waiting + wait), plan);
  }

  const matchable = mentors.filter((m) => Number.isFinite(m.activeFrom) && !m.fresh);
  const byPlace = new Map<string, DemoMentor[]>();
  for (const m of matchable) {
    const list = byPlace.get(m.municipality) ?? [];
    list.push(m);
    byPlace.set(m.municipality, list);
  }
  const isFree = (m: DemoMentor, from: number, to: number) => {
    if (m.activeFrom > from || m.stop < to) return false;
    let overlapping = 0;
    for (const [a, b] of m.periods) if (a < to && b > from) overlapping++;
    return overlapping < m.capacity;
  };
  const fit = (mentee: DemoMentee, m: DemoMentor) => {
    if (mentee.preferred !== 'any' && m.gender !== mentee.preferred) return -10;
    let score = rng.next();
    if (mentee.industries.some((i) => m.industries.includes(i))) score += 3;
    if (m.municipality === mentee.municipality) score += 2;
    else if (neighbours.has(`${m.municipality}|${mentee.municipality}`)) score += 1;
    for (const code of mentee.codes) if (code !== local && m.codes.has(code)) score += 2;
    return score;
  };
  const findMentor = (plan: Plan, from: number, to: number): DemoMentor | null => {
    const best: { mentor: DemoMentor | null; score: number } = { mentor: null, score: Number.NEGATIVE_INFINITY };
    const consider = (m: DemoMentor) => {
      if (m === plan.previous || !isFree(m, from, to)) return;
      const score = fit(plan.mentee, m);
      if (score > best.score) Object.assign(best, { mentor: m, score });
    };
    const nearby = byPlace.get(plan.mentee.municipality) ?? [];
    for (let k = 0; k < 25 && nearby.length > 0; k++) consider(rng.pick(nearby));
    for (let k = 0; k < 40 && matchable.length > 0; k++) consider(rng.pick(matchable));
    if (best.mentor === null && matchable.length > 0) {
      // Nobody free among the sample: look at everyone, starting anywhere.
      const offset = rng.int(0, matchable.length - 1);
      for (let k = 0; k < matchable.length && best.mentor === null; k++) consider(matchable[(offset + k) % matchable.length] as DemoMentor);
    }
    return best.mentor;
  };

  for (let day = first; day <= today; day++) {
    const due = requests.get(day);
    if (!due) continue;
    requests.delete(day);
    for (const plan of due) {
      const next = plan.next;
      if (!next) continue;
      if (day - plan.waitStart > 365) {
        // A year on the waiting list: the coordinator closes the course.
        plan.events.push({ day, to: 'closed', outcome: 'ended-early', endedReason: t.declinedReasons[2] ?? '' });
        continue;
      }
      const start = workday(day + next.startDelay);
      // The mentor's period ends on a working day: a rematch, or the closing.
      const end = workday(
        next.rematch
          ? next.rematch.preStart
            ? day + next.rematch.offset
            : start + next.rematch.offset
          : start + next.length + (next.pause?.days ?? 0),
      );
      const mentor = findMentor(plan, day, end);
      if (!mentor) {
        request(workday(day + 14), plan);
        continue;
      }
      mentor.periods.push([day, end]);
      plan.events.push({ day, to: 'matched', mentor });
      if (next.rematch?.preStart) {
        const back = end;
        plan.events.push({ day: back, to: 'waiting', reason: rng.pick(t.rematchReasons) });
        plan.previous = mentor;
        plan.waitStart = back;
        plan.next = { ...next, startDelay: next.rematch.restart, rematch: null };
        request(workday(back + next.rematch.wait), plan);
        continue;
      }
      if (next.needsAgreement) plan.agreementDay = start;
      plan.events.push({ day: start, to: 'active' });
      if (next.rematch) {
        const back = end;
        plan.events.push({ day: back, to: 'waiting', reason: rng.pick(t.rematchReasons) });
        plan.previous = mentor;
        plan.waitStart = back;
        plan.next = {
          ...next,
          startDelay: next.rematch.restart,
          needsAgreement: false,
          length: next.length - next.rematch.offset,
          rematch: null,
        };
        request(workday(back + next.rematch.wait), plan);
        continue;
      }
      if (next.pause) {
        const pausedOn = workday(start + next.pause.offset);
        const resumed = workday(pausedOn + next.pause.days);
        if (resumed < end) {
          plan.events.push({ day: pausedOn, to: 'paused', reason: rng.pick(t.pauseReasons) });
          plan.events.push({ day: resumed, to: 'active' });
        }
      }
      plan.events.push({ day: end, to: 'closed', ...closing(next.outcome, false) });
      plan.next = null;
    }
  }

  // ---- Writing -------------------------------------------------------------------------------
  const counts: MentoringCounts = { mentors: mentors.length, mentees: 0, cases: 0, caseEvents: 0, meetings: 0, followUps: 0 };
  const insertMentee = db.prepare(
    `INSERT INTO mentees (code, name, email, phone, birth_year, gender, languages, local_language_level, education_level, education_field,
       education_country, profession, industries, experience_years, recognition, goals, municipality, availability, preferred_mentor_gender,
       preferences, notes, name_key, created_at, updated_at)
     VALUES (${Array.from({ length: 24 }, () => '?').join(', ')})`,
  );
  const insertCase = db.prepare(
    `INSERT INTO cases (mentee_id, mentor_id, coordinator, status, status_since, referral_organisation_id, referral_contact_id, referred_on,
       referral_reason, intake_on, waiting_since, matched_on, started_on, closed_on, outcome, ended_reason, evaluation, agreement, agreement_on,
       created_at, updated_at)
     VALUES (${Array.from({ length: 21 }, () => '?').join(', ')})`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO case_events (case_id, date, from_status, to_status, mentor_id, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPeriod = db.prepare('INSERT INTO case_mentors (case_id, mentor_id, from_date, to_date, end_reason) VALUES (?, ?, ?, ?, ?)');
  const insertGoal = db.prepare('INSERT INTO case_goals (case_id, kind, description, progress, note) VALUES (?, ?, ?, ?, ?)');
  const insertMeeting = db.prepare(
    'INSERT INTO meetings (case_id, date, type, duration_minutes, topics, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertFollowUp = db.prepare('INSERT INTO follow_ups (case_id, due_on, done_on, result, note) VALUES (?, ?, ?, ?, ?)');

  const meetingDuration = (type: string) =>
    type === 'three-party'
      ? weighted(rng, [
          [60, 60],
          [90, 40],
        ] as const)
      : type === 'group-event'
        ? weighted(rng, [
            [90, 40],
            [120, 60],
          ] as const)
        : type === 'follow-up'
          ? weighted(rng, [
              [30, 50],
              [45, 20],
              [60, 30],
            ] as const)
          : weighted(rng, [
              [60, 42],
              [90, 26],
              [45, 8],
              [30, 10],
              [120, 9],
              [75, 5],
            ] as const);
  const followUpResult = (outcome: Outcome) =>
    outcome.startsWith('job')
      ? weighted(rng, [
          ['in-job', 75],
          ['seeking', 10],
          ['no-contact', 10],
          ['other', 5],
        ] as const)
      : outcome === 'education'
        ? weighted(rng, [
            ['in-education', 70],
            ['in-job', 10],
            ['no-contact', 15],
            ['other', 5],
          ] as const)
        : outcome === 'moved'
          ? weighted(rng, [
              ['no-contact', 70],
              ['in-job', 10],
              ['other', 20],
            ] as const)
          : weighted(rng, [
              ['seeking', 35],
              ['in-job', 20],
              ['other-programme', 15],
              ['no-contact', 25],
              ['in-education', 5],
            ] as const);
  const goalProgress = (kind: GoalKind, state: CaseState): 'not-started' | 'in-progress' | 'reached' | 'dropped' => {
    if (state.startedOn === null) return state.status === 'closed' ? 'dropped' : 'not-started';
    if (state.status !== 'closed') return rng.chance(0.8) ? 'in-progress' : rng.chance(0.5) ? 'reached' : 'not-started';
    const o = state.outcome ?? 'ended-early';
    if (kind === 'job') return o.startsWith('job') ? 'reached' : o === 'internship' ? 'in-progress' : 'dropped';
    if (kind === 'education') return o === 'education' ? 'reached' : rng.chance(0.3) ? 'reached' : 'dropped';
    if (o === 'ended-early' || o === 'moved') return rng.chance(0.7) ? 'dropped' : 'in-progress';
    return rng.chance(0.6) ? 'reached' : 'in-progress';
  };

  const writeCase = (plan: Plan) => {
    const events = plan.events.filter((e) => e.day <= today);
    const state = replay(events);
    const mentee = plan.mentee;
    const createdAt = stamp(plan.referred, 9);
    const menteeUpdated = stamp(state.intakeOn ?? plan.referred, 9);
    const r = mentee.row;
    const code = newCode();
    const menteeId = Number(
      insertMentee.run(
        code,
        r.name,
        r.email,
        r.phone,
        r.birth_year,
        r.gender,
        r.languages,
        r.local_language_level,
        r.education_level,
        r.education_field,
        r.education_country,
        r.profession,
        r.industries,
        r.experience_years,
        r.recognition,
        r.goals,
        r.municipality,
        r.availability,
        r.preferred_mentor_gender,
        r.preferences,
        r.notes,
        r.name_key,
        createdAt,
        menteeUpdated,
      ).lastInsertRowid,
    );
    indexEntity(db, 'mentee', menteeId, {
      label: mentee.name,
      subtitle: [code, mentee.municipality].filter(Boolean).join(' · '),
      title: mentee.name,
      body: `${code} ${code.replace('-', '')} ${mentee.municipality} ${mentee.profession}`,
    });
    counts.mentees++;

    // Meetings: from the start meeting on, every two to four weeks while active.
    const meetings: { day: number; type: string }[] = [];
    const activeSpans: [number, number, boolean][] = [];
    state.events.forEach((e, k) => {
      if (e.to !== 'active') return;
      const following = state.events[k + 1];
      activeSpans.push([e.day, following ? following.day : Number.POSITIVE_INFINITY, e.day === plan.agreementDay]);
    });
    for (const [from, to, isStart] of activeSpans) {
      // The start meeting is the three-party one where the agreement is made.
      meetings.push({ day: from, type: isStart ? 'three-party' : 'mentor-mentee' });
      const open = !Number.isFinite(to);
      const until = open ? today - plan.quietGap : to;
      // Many pairs meet weekly for the first weeks, to get to know each other.
      if (isStart && rng.chance(0.6))
        for (const extra of [7, 21]) if (from + extra < until) meetings.push({ day: from + extra, type: 'mentor-mentee' });
      // The programme's monthly group events (a workshop, a company visit); some mentees come.
      for (let month = from + rng.int(10, 30); month < until; month += 30) {
        if (rng.chance(0.45)) meetings.push({ day: month, type: 'group-event' });
      }
      let day = from + plan.interval + rng.int(-3, 3);
      while (day < until) {
        const type = rng.chance(0.04) ? 'three-party' : 'mentor-mentee';
        // Fewer meetings on Sundays.
        meetings.push({ day: weekdayOf(day) === 0 && day + 1 < until && rng.chance(0.7) ? day + 1 : day, type });
        day += plan.interval + rng.int(-3, 3);
      }
      if (open && plan.quietGap === 0 && rng.chance(0.6) && day <= today + 28)
        meetings.push({ day: Math.max(day, today + 1), type: 'mentor-mentee' });
    }
    if (state.status === 'closed' && state.startedOn !== null && plan.referral.organisationId !== null && rng.chance(0.25)) {
      meetings.push({ day: state.closedOn as number, type: 'three-party' });
    }

    // The follow-up planned on closing a course that started, done (mostly) when its day has come.
    let followUp: { due: string; done: number | null; result: string | null; note: string } | null = null;
    if (state.status === 'closed' && state.startedOn !== null) {
      const due = addMonths(iso(state.closedOn as number), followUpMonths);
      const dueDay = dayOf(due);
      const age = today - dueDay;
      const done = age >= 0 && rng.chance(age > 90 ? 0.99 : age > 30 ? 0.8 : 0.4) ? Math.min(today, dueDay + rng.int(0, 21)) : null;
      followUp = {
        due,
        done,
        result: done === null ? null : followUpResult(state.outcome ?? 'ended-early'),
        note: done !== null && rng.chance(0.4) ? rng.pick(t.followUpNotes) : '',
      };
      if (done !== null && state.periods.length > 0 && rng.chance(0.2)) meetings.push({ day: done, type: 'follow-up' });
    }

    const lastActivity = Math.max(
      state.statusSince,
      ...meetings.map((m) => Math.min(m.day, today)),
      followUp?.done ?? 0,
      plan.agreementDay !== null && plan.agreementDay <= today ? plan.agreementDay : 0,
    );
    const agreement =
      plan.agreementDay !== null && plan.agreementDay <= today
        ? AgreementInput.parse({
            date: iso(plan.agreementDay),
            participants: [
              plan.referral.contactName,
              plan.coordinator,
              mentee.name,
              state.periods.filter((p) => p.from <= (plan.agreementDay as number)).pop()?.mentor.name,
            ]
              .filter(Boolean)
              .join(', '),
            divisionOfWork: rng.pick(t.divisionOfWork),
            feedbackFrequency:
              plan.referral.organisationId === null
                ? 'none'
                : weighted(rng, [
                    ['monthly', 20],
                    ['every-two-months', 20],
                    ['quarterly', 40],
                    ['at-end', 20],
                  ] as const),
            feedbackForm: weighted(rng, [
              ['written-report', 40],
              ['meeting', 25],
              ['phone', 20],
              ['email', 15],
            ] as const),
            feedbackMayContain: plan.referral.organisationId === null ? [] : FEEDBACK.filter(() => rng.chance(0.5)),
            note: '',
          })
        : null;
    const outcome = state.outcome;
    const evaluation =
      state.status === 'closed' && outcome !== null && (state.startedOn !== null || rng.chance(0.3))
        ? fill(rng.pick(t.evaluations[outcome]), { p: mentee.profession })
        : '';
    const reason = fill(rng.pick(t.referralReasons), { p: mentee.profession, c: mentee.country });
    const caseId = Number(
      insertCase.run(
        menteeId,
        state.mentor?.id ?? null,
        plan.coordinator,
        state.status,
        iso(state.statusSince),
        plan.referral.organisationId,
        plan.referral.contactId,
        iso(plan.referred),
        reason,
        state.intakeOn === null ? null : iso(state.intakeOn),
        state.waitingSince === null ? null : iso(state.waitingSince),
        state.matchedOn === null ? null : iso(state.matchedOn),
        state.startedOn === null ? null : iso(state.startedOn),
        state.closedOn === null ? null : iso(state.closedOn),
        outcome,
        state.endedReason,
        evaluation,
        agreement === null ? null : JSON.stringify(agreement),
        agreement === null ? null : agreement.date,
        createdAt,
        stamp(Math.min(lastActivity, today), 16),
      ).lastInsertRowid,
    );
    counts.cases++;
    for (const e of state.events) {
      insertEvent.run(caseId, iso(e.day), e.from, e.to, e.mentor?.id ?? null, e.reason, stamp(e.day, 12));
      counts.caseEvents++;
    }
    for (const p of state.periods) insertPeriod.run(caseId, p.mentor.id, iso(p.from), p.to === null ? null : iso(p.to), p.reason);
    if (state.intakeOn !== null) {
      for (const kind of mentee.goals) {
        const description = fill(rng.pick(t.goals[kind]), {
          p: mentee.profession,
          f: mentee.field,
          c: mentee.country,
          m: mentee.municipality,
        });
        insertGoal.run(caseId, kind, description, goalProgress(kind, state), rng.chance(0.15) ? rng.pick(t.goalNotes) : '');
      }
    }
    meetings.sort((a, b) => a.day - b.day);
    for (const m of meetings) {
      const topics = rng.chance(0.7) ? rng.sample(t.topics, rng.int(1, 3)) : [];
      insertMeeting.run(
        caseId,
        iso(m.day),
        m.type,
        meetingDuration(m.type),
        JSON.stringify(topics),
        rng.chance(0.25) ? rng.pick(t.meetingNotes) : '',
        stamp(Math.min(m.day, today), 19),
      );
      counts.meetings++;
    }
    if (followUp) {
      insertFollowUp.run(caseId, followUp.due, followUp.done === null ? null : iso(followUp.done), followUp.result, followUp.note);
      counts.followUps++;
    }
  };

  for (let k = 0; k < plans.length; k += CHUNK) {
    db.transaction(() => {
      for (const plan of plans.slice(k, k + CHUNK)) writeCase(plan);
    })();
  }
  // Consents come last, from their own stream, so the courses above stay as they were.
  generateConsents(db, createRng(Math.floor(rng.next() * 4294967296)), todayDate);
  return counts;
}

import type { MentorStatus } from '../../../shared/contract';
import type { Db } from '../db/driver';
import { writeMentoringSettings } from '../mentoring/settings';
import { nameKey } from '../partners/rows';
import { indexEntity } from '../partners/search-index';
import { iso, stamp, weighted, workday, type MentoringContext } from './mentoring-context';
import type { Industry } from './mentoring-texts';
import { NORDIC, type NamePool } from './names';
import { genderedName, MENTOR_INDUSTRIES, ORIGINS, POOLS, slots, type Gender, type Language } from './people';
import { phoneNumber } from './places';

// The demo's mentors: who they are, when they joined and whether they still take courses, with
// their trainings; written in one transaction (with the neighbouring municipalities the
// matching screen uses) and indexed for search as saveMentor would.

export interface DemoMentor {
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

/** `count` mentors in the order they joined; their ids are 0 until writeMentors. */
export function makeMentors(ctx: MentoringContext, count: number): DemoMentor[] {
  const { rng, today, t, local, country } = ctx;
  const mentors: DemoMentor[] = [];
  for (let i = 0; i < count; i++) {
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
    const pool = origin ? (POOLS.get(origin.pool) as NamePool) : (NORDIC[local] as NamePool);
    const person = genderedName(rng, pool, gender);
    const place = weighted(rng, ctx.mentorPlaceWeights);
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
    const mail = ctx.email(person.latin);
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
  return mentors;
}

/** Writes the mentors with their trainings and search entries, filling in their ids. */
export function writeMentors(db: Db, ctx: MentoringContext, mentors: DemoMentor[]): void {
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
    if (ctx.neighbourPairs.length > 0) writeMentoringSettings(db, { neighbours: ctx.neighbourPairs });
  })();
}

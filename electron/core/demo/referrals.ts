import type { Db } from '../db/driver';
import { weighted, workday, type MentoringContext } from './mentoring-context';
import type { DemoMentor } from './mentors';
import { NORDIC, type NamePool } from './names';
import { genderedName, ORIGINS, POOLS } from './people';

// Who refers mentees and when: the demo's job centres and other partners with their contact
// persons, the programme's coordinators, and referral days that follow the programme's capacity
// over time (it grew with its mentors).

export interface Referral {
  organisationId: number | null;
  contactId: number | null;
  contactName: string | null;
}

/** Picks who referred a mentee living in a municipality (null ids: the mentee came on their own). */
export function referrals(db: Db, ctx: MentoringContext): (municipality: string) => Referral {
  const { rng, country } = ctx;
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
  return (municipality: string): Referral => {
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
}

/** The programme's coordinators: more of them in a bigger programme. */
export function coordinators(ctx: MentoringContext, mentees: number): string[] {
  const { rng } = ctx;
  return Array.from(
    { length: Math.max(3, Math.round(mentees / 1500)) },
    (_, k) =>
      genderedName(rng, k % 5 === 4 ? (POOLS.get(rng.pick(ORIGINS).pool) as NamePool) : (NORDIC[ctx.local] as NamePool), 'unspecified')
        .name,
  );
}

/** The days `count` mentees were referred on, in order. */
export function referralDays(ctx: MentoringContext, mentors: DemoMentor[], count: number): number[] {
  const { rng, today, first } = ctx;
  // Referrals follow the programme's capacity over time: it grew with its mentors.
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
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    const u = ((i + rng.next()) / count) * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    const day = workday(first + lo);
    days.push(day > today ? day - 3 : day);
  }
  days.sort((a, b) => a - b);
  return days;
}

import type { z } from 'zod';
import type { MatchResult } from '../../../shared/contract';
import { BEFORE_MATCH } from '../../../shared/mentoring/lifecycle';
import type { Db } from '../db/driver';
import { readSettings } from '../register/settings-repo';
import { type MatchMentor, rankMentors } from './matching';
import { MENTOR_LOAD } from './mentors-repo';
import { readMentee } from './mentees-repo';
import { daysBetween, localToday, parseJson } from './rows';
import { readMentoringSettings } from './settings';

const codes = (json: string) => parseJson<{ code: string }[]>(json, []).map((l) => l.code);

/** Every mentor as matching sees them, read in one query (3,000 mentors: a few milliseconds). */
export function loadMatchMentors(db: Db): MatchMentor[] {
  const rows = db
    .prepare(
      `WITH load AS (${MENTOR_LOAD})
       SELECT m.id, m.name, m.status, m.capacity, coalesce(load.load, 0) AS load, m.gender, m.industries, m.profession, m.education, m.skills,
              m.languages, m.municipality, m.availability
       FROM mentors m LEFT JOIN load ON load.id = m.id WHERE m.status <> 'ended'`,
    )
    .all() as {
    id: number;
    name: string;
    status: string;
    capacity: number;
    load: number;
    gender: string;
    industries: string;
    profession: string;
    education: string;
    skills: string;
    languages: string;
    municipality: string;
    availability: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    capacity: r.capacity,
    load: r.load,
    gender: r.gender,
    industries: parseJson(r.industries, []),
    fieldText: `${r.profession} ${r.education} ${parseJson<string[]>(r.skills, []).join(' ')}`,
    languages: codes(r.languages),
    municipality: r.municipality,
    availability: parseJson(r.availability, []),
  }));
}

// Reading and parsing every mentor is nine tenths of a suggestion (3,000 mentors: ~20 ms of
// ~25). The list is kept per connection and read again after any write: total_changes() moves
// with every row this connection changes (a rolled-back write too, which only costs a reread),
// data_version with every commit by another connection (the command-line tool).
const mentorCache = new WeakMap<Db, { version: string; mentors: MatchMentor[] }>();

/** loadMatchMentors, reused until the register changes. */
export function cachedMatchMentors(db: Db): MatchMentor[] {
  const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const version = `${String(db.pragma('data_version', { simple: true }))}:${changes}`;
  const hit = mentorCache.get(db);
  if (hit?.version === version) return hit.mentors;
  const mentors = loadMatchMentors(db);
  mentorCache.set(db, { version, mentors });
  return mentors;
}

/** Ranked mentor suggestions for a mentee, with how long the mentee has waited. */
export function suggestMentors(db: Db, menteeId: number, limit: number, today = localToday()): z.output<typeof MatchResult> {
  const mentee = readMentee(db, menteeId);
  const settings = readMentoringSettings(db);
  const previous = db
    .prepare('SELECT DISTINCT cm.mentor_id AS id FROM case_mentors cm JOIN cases c ON c.id = cm.case_id WHERE c.mentee_id = ?')
    .all(menteeId) as { id: number }[];
  const ranking = rankMentors(
    {
      industries: parseJson(mentee.industries, []),
      fieldText: `${mentee.profession} ${mentee.education_field}`,
      languages: codes(mentee.languages),
      municipality: mentee.municipality,
      availability: parseJson(mentee.availability, []),
      preferredMentorGender: mentee.preferred_mentor_gender,
    },
    cachedMatchMentors(db),
    {
      weights: settings.weights,
      localLanguage: readSettings(db).defaultLanguage,
      neighbours: settings.neighbours,
      previousMentorIds: new Set(previous.map((p) => p.id)),
      limit,
    },
  );
  return {
    menteeId,
    menteeCode: mentee.code,
    waitingDays: waitingDays(db, menteeId, today),
    suggestions: ranking.suggestions,
    excluded: ranking.excluded,
    weights: settings.weights,
  };
}

/**
 * How long the mentee has waited for a mentor: since the referral for a first match, since the
 * return to the waiting list for a rematch. Null when the newest case is not waiting.
 */
export function waitingDays(db: Db, menteeId: number, today: string): number | null {
  const c = db
    .prepare(
      `SELECT c.status, c.referred_on, c.waiting_since, EXISTS (SELECT 1 FROM case_mentors cm WHERE cm.case_id = c.id) AS rematch
       FROM cases c WHERE c.mentee_id = ? ORDER BY c.id DESC LIMIT 1`,
    )
    .get(menteeId) as { status: string; referred_on: string; waiting_since: string | null; rematch: number } | undefined;
  if (!c || !BEFORE_MATCH.includes(c.status as (typeof BEFORE_MATCH)[number])) return null;
  return Math.max(0, daysBetween(c.rematch && c.waiting_since ? c.waiting_since : c.referred_on, today));
}

/** The same rule in SQL, for lists: the day the wait started. */
export const WAIT_START = `CASE WHEN EXISTS (SELECT 1 FROM case_mentors cm WHERE cm.case_id = c.id) AND c.waiting_since IS NOT NULL THEN c.waiting_since ELSE c.referred_on END`;

import type { ConsentTerms, DataCategory } from '../../../../shared/contract/consents-schemas';
import { decideDisclosure } from '../../consents/decide';
import type { Db } from '../../db/driver';

// The raw figures of the results report for one period, before anything is suppressed. Only
// people whose consent covers anonymous statistics count (the one disclosure rule, applied in
// bulk: every statistics consent is read once and decided per person in memory), and
// anonymised people, whose remaining data is anonymous and kept for exactly these statistics.
// Counting happens in SQL over the included ids; JavaScript only tallies per mentee.

export interface Period {
  from: string;
  to: string;
}

/** Who may be counted: ids of mentees and mentors. */
export interface Included {
  mentees: number[];
  mentors: number[];
}

export interface PeriodStats {
  referrals: number;
  /** Referrals per sector of the referring organisation; 'none' without one. */
  referralsBySource: Map<string, number>;
  newCourses: number;
  activeCourses: number;
  closedCourses: number;
  /** Closed courses per outcome; 'not-recorded' for a course closed without one. */
  outcomes: Map<string, number>;
  /** Courses first matched with a mentor in the period, and the median days from referral. */
  matched: number;
  medianDaysToMatch: number | null;
  meetings: number;
  /** Meetings with a mentor (not the coordinator's follow-ups) and their hours. */
  mentorMeetings: number;
  volunteerHours: number;
  mentorsRecruited: number;
  mentorsTrained: number;
  mentorsActive: number;
  /** Mentees with a course in the period, and the breakdowns of exactly these people. */
  mentees: number;
  byMunicipality: Map<string, number>;
  /** Key: organisation id as text, or 'none'. */
  byReferringPartner: Map<string, number>;
  /** Key: the mentee's first language (the mother tongue where one is marked), or 'none'. */
  byLanguage: Map<string, number>;
  /** Per month (YYYY-MM) of the period. */
  monthlyNewCourses: Map<string, number>;
  monthlyMeetings: Map<string, number>;
  /** People in the period (mentees with a course; mentors recruited, trained or active) counted and left out. */
  coverage: { included: number; excluded: number };
}

interface ConsentRow {
  id: number;
  person_kind: 'mentee' | 'mentor';
  person_id: number;
  recipient_organisation_id: number | null;
  categories: string;
  given_on: string;
  expires_on: string | null;
  withdrawn_at: string | null;
}

const NO_CATEGORIES: DataCategory[] = [];

/** Everyone whose statistics consent is in force at `at` (local minute), plus the anonymised. */
export function includedPeople(db: Db, at: string): Included {
  const byPerson = new Map<string, ConsentTerms[]>();
  const rows = db
    .prepare(
      `SELECT id, person_kind, person_id, recipient_organisation_id, categories, given_on, expires_on, withdrawn_at
       FROM consents WHERE purpose = 'statistics'`,
    )
    .all() as ConsentRow[];
  for (const r of rows) {
    const key = `${r.person_kind}:${r.person_id}`;
    const terms: ConsentTerms = {
      id: r.id,
      purpose: 'statistics',
      recipientOrganisationId: r.recipient_organisation_id,
      categories: JSON.parse(r.categories) as DataCategory[],
      givenOn: r.given_on,
      expiresOn: r.expires_on,
      withdrawnAt: r.withdrawn_at,
    };
    byPerson.set(key, [...(byPerson.get(key) ?? []), terms]);
  }
  const included: Included = { mentees: [], mentors: [] };
  for (const [key, consents] of byPerson) {
    const decision = decideDisclosure(consents, { purpose: 'statistics', recipientOrganisationId: null, categories: NO_CATEGORIES, at });
    if (!decision.identity) continue;
    const [kind, id] = key.split(':') as ['mentee' | 'mentor', string];
    (kind === 'mentee' ? included.mentees : included.mentors).push(Number(id));
  }
  const anonymised = (table: 'mentees' | 'mentors') =>
    (db.prepare(`SELECT id FROM ${table} WHERE anonymised_at IS NOT NULL`).pluck().all() as number[]).filter(Boolean);
  included.mentees = [...new Set([...included.mentees, ...anonymised('mentees')])].sort((a, b) => a - b);
  included.mentors = [...new Set([...included.mentors, ...anonymised('mentors')])].sort((a, b) => a - b);
  return included;
}

const IN_LIST = '(SELECT value FROM json_each(@ids))';

function tally(rows: { k: string | null; n: number }[], none = 'none'): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.k ?? none, (out.get(r.k ?? none) ?? 0) + r.n);
  return out;
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface SpokenLanguage {
  code?: unknown;
  level?: unknown;
}

/** The language a mentee is counted under: the first marked as mother tongue, else the first listed. */
export function mainLanguage(json: string): string | null {
  try {
    const list = (JSON.parse(json) as unknown[]).map((v) => (typeof v === 'string' ? { code: v } : ((v ?? {}) as SpokenLanguage)));
    const pick = list.find((l) => l.level === 'native') ?? list[0];
    return typeof pick?.code === 'string' && pick.code.trim() ? pick.code.trim() : null;
  } catch {
    return null;
  }
}

/** The figures of one period, for the included people. */
export function periodStats(db: Db, period: Period, included: Included): PeriodStats {
  const p = { from: period.from, to: period.to, ids: JSON.stringify(included.mentees) };
  const m = { from: period.from, to: period.to, ids: JSON.stringify(included.mentors) };
  const one = (sql: string, params: object) => (db.prepare(sql).pluck().get(params) as number | null) ?? 0;
  const pairs = (sql: string, params: object) => db.prepare(sql).all(params) as { k: string | null; n: number }[];
  const ofIncluded = `c.mentee_id IN ${IN_LIST}`;

  const referralsBySource = tally(
    pairs(
      `SELECT o.sector AS k, count(*) AS n FROM cases c LEFT JOIN organisations o ON o.id = c.referral_organisation_id
       WHERE c.referred_on BETWEEN @from AND @to AND ${ofIncluded} GROUP BY o.sector`,
      p,
    ),
  );
  const monthlyNewCourses = tally(
    pairs(
      `SELECT substr(c.started_on, 1, 7) AS k, count(*) AS n FROM cases c
       WHERE c.started_on BETWEEN @from AND @to AND ${ofIncluded} GROUP BY k`,
      p,
    ),
  );
  const outcomes = tally(
    pairs(
      `SELECT c.outcome AS k, count(*) AS n FROM cases c WHERE c.closed_on BETWEEN @from AND @to AND ${ofIncluded} GROUP BY c.outcome`,
      p,
    ),
    'not-recorded',
  );
  const waits = db
    .prepare(
      `SELECT CAST(round(julianday(f.first) - julianday(c.referred_on)) AS INTEGER) AS days
       FROM (SELECT case_id, min(from_date) AS first FROM case_mentors GROUP BY case_id) f JOIN cases c ON c.id = f.case_id
       WHERE f.first BETWEEN @from AND @to AND ${ofIncluded} ORDER BY days`,
    )
    .pluck()
    .all(p) as number[];
  const meetingRows = db
    .prepare(
      `SELECT substr(mt.date, 1, 7) AS month, count(*) AS n,
         sum(CASE WHEN mt.type <> 'follow-up' THEN 1 ELSE 0 END) AS withMentor,
         sum(CASE WHEN mt.type <> 'follow-up' THEN coalesce(mt.duration_minutes, 0) ELSE 0 END) AS minutes
       FROM meetings mt JOIN cases c ON c.id = mt.case_id
       WHERE mt.date BETWEEN @from AND @to AND ${ofIncluded} GROUP BY month`,
    )
    .all(p) as { month: string; n: number; withMentor: number; minutes: number }[];

  // Mentees with a course in the period: the people of the breakdowns.
  const people = db
    .prepare(
      `SELECT c.mentee_id AS id, c.referral_organisation_id AS org, c.referred_on AS on_, me.municipality AS municipality, me.languages AS languages
       FROM cases c JOIN mentees me ON me.id = c.mentee_id
       WHERE c.referred_on <= @to AND (c.closed_on IS NULL OR c.closed_on >= @from) AND ${ofIncluded}
       ORDER BY c.mentee_id, c.referred_on, c.id`,
    )
    .all(p) as { id: number; org: number | null; on_: string; municipality: string; languages: string }[];
  const latest = new Map<number, (typeof people)[number]>();
  for (const r of people) latest.set(r.id, r); // ordered by date: the last course wins
  const byMunicipality = new Map<string, number>();
  const byReferringPartner = new Map<string, number>();
  const byLanguage = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const r of latest.values()) {
    bump(byMunicipality, r.municipality.trim() || 'none');
    bump(byReferringPartner, r.org === null ? 'none' : String(r.org));
    bump(byLanguage, mainLanguage(r.languages) ?? 'none');
  }

  const menteesInScope = one(
    `SELECT count(DISTINCT c.mentee_id) FROM cases c WHERE c.referred_on <= @to AND (c.closed_on IS NULL OR c.closed_on >= @from)`,
    p,
  );
  const mentorScope = `(date(mr.created_at) BETWEEN @from AND @to
      OR EXISTS (SELECT 1 FROM mentor_trainings t WHERE t.mentor_id = mr.id AND t.date BETWEEN @from AND @to)
      OR EXISTS (SELECT 1 FROM case_mentors cm WHERE cm.mentor_id = mr.id AND cm.from_date <= @to AND (cm.to_date IS NULL OR cm.to_date >= @from)))`;
  const mentorsInScope = one(`SELECT count(*) FROM mentors mr WHERE ${mentorScope}`, m);
  const mentorsIncluded = one(`SELECT count(*) FROM mentors mr WHERE ${mentorScope} AND mr.id IN ${IN_LIST}`, m);

  const minutes = meetingRows.reduce((s, r) => s + r.minutes, 0);
  return {
    referrals: [...referralsBySource.values()].reduce((a, b) => a + b, 0),
    referralsBySource,
    newCourses: [...monthlyNewCourses.values()].reduce((a, b) => a + b, 0),
    activeCourses: one(
      `SELECT count(*) FROM cases c WHERE c.started_on <= @to AND (c.closed_on IS NULL OR c.closed_on >= @from) AND ${ofIncluded}`,
      p,
    ),
    closedCourses: [...outcomes.values()].reduce((a, b) => a + b, 0),
    outcomes,
    matched: waits.length,
    medianDaysToMatch: median(waits),
    meetings: meetingRows.reduce((s, r) => s + r.n, 0),
    mentorMeetings: meetingRows.reduce((s, r) => s + r.withMentor, 0),
    volunteerHours: Math.round(minutes / 60),
    mentorsRecruited: one(`SELECT count(*) FROM mentors mr WHERE date(mr.created_at) BETWEEN @from AND @to AND mr.id IN ${IN_LIST}`, m),
    mentorsTrained: one(
      `SELECT count(DISTINCT t.mentor_id) FROM mentor_trainings t WHERE t.date BETWEEN @from AND @to AND t.mentor_id IN ${IN_LIST}`,
      m,
    ),
    mentorsActive: one(
      `SELECT count(DISTINCT cm.mentor_id) FROM case_mentors cm
       WHERE cm.from_date <= @to AND (cm.to_date IS NULL OR cm.to_date >= @from) AND cm.mentor_id IN ${IN_LIST}`,
      m,
    ),
    mentees: latest.size,
    byMunicipality,
    byReferringPartner,
    byLanguage,
    monthlyNewCourses,
    monthlyMeetings: new Map(meetingRows.map((r) => [r.month, r.n])),
    coverage: { included: latest.size + mentorsIncluded, excluded: menteesInScope - latest.size + (mentorsInScope - mentorsIncluded) },
  };
}

import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { listCases } from '../../../electron/core/mentoring/cases-repo';
import { dashboardSummary, periodFlows } from '../../../electron/core/reports/dashboard';

// The queries migration 16 rewrote for its covering indexes (issue 14) answer exactly what the
// queries before them answered, kept here as written then, over random registers: mentors
// active in a period (mentorships running, ended, not yet begun), referrals by source (with and
// without a referring organisation, names alike), the last feedback disclosure per course and
// recipient, and the board's courses (open ones by status, recently closed ones by day).

const day = fc.integer({ min: 0, max: 900 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const OPEN = ['referred', 'intake', 'waiting', 'matched', 'active', 'paused'] as const;
const course = fc.record({
  referred: day,
  org: fc.option(fc.nat({ max: 3 }), { nil: null }),
  status: fc.constantFrom(...OPEN, 'closed', 'closed'),
  since: day,
  closed: day,
  outcome: fc.option(fc.constantFrom('job-full-time', 'ended-early', 'education'), { nil: null }),
});
const mentorship = fc.record({ course: fc.nat(), mentor: fc.nat({ max: 4 }), from: day, to: fc.option(day, { nil: null }) });
const disclosure = fc.record({ course: fc.nat(), toReferrer: fc.boolean(), org: fc.nat({ max: 3 }), at: day, feedback: fc.boolean() });

const stamp = '2026-01-01T00:00:00Z';

function build(
  courses: { referred: string; org: number | null; status: string; since: string; closed: string; outcome: string | null }[],
  mentorships: { course: number; mentor: number; from: string; to: string | null }[],
  disclosures: { course: number; toReferrer: boolean; org: number; at: string; feedback: boolean }[],
): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  // Two organisations share a name: the label order must not depend on how rows were grouped.
  const orgs = ['Jobcenter', 'Bydel', 'Bydel', 'Kommune'].map(
    (name) =>
      db
        .prepare(
          `INSERT INTO organisations (name, sector, country, name_key, created_at, updated_at) VALUES (?, 'municipality', 'DK', ?, ?, ?)`,
        )
        .run(name, name.toLowerCase(), stamp, stamp).lastInsertRowid as number,
  );
  const mentors = [0, 1, 2, 3, 4].map(
    (i) =>
      db
        .prepare(`INSERT INTO mentors (name, status, name_key, created_at, updated_at) VALUES (?, 'active', ?, ?, ?)`)
        .run(`Mentor ${i}`, `mentor ${i}`, stamp, stamp).lastInsertRowid as number,
  );
  const cases = courses.map((c, i) => {
    const mentee = db
      .prepare('INSERT INTO mentees (code, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(`M-${i}`, `Mentee ${i}`, `mentee ${i}`, stamp, stamp).lastInsertRowid;
    const closed = c.status === 'closed';
    return db
      .prepare(
        `INSERT INTO cases (mentee_id, status, mentor_id, status_since, referred_on, referral_organisation_id, closed_on, outcome, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        mentee,
        c.status,
        ['matched', 'active', 'paused'].includes(c.status) ? mentors[i % mentors.length] : null,
        c.since,
        c.referred,
        c.org === null ? null : orgs[c.org],
        closed ? c.closed : null,
        closed ? c.outcome : null,
        stamp,
        stamp,
      ).lastInsertRowid as number;
  });
  if (cases.length === 0) return db;
  const caseOf = (i: number) => cases[i % cases.length] as number;
  for (const m of mentorships) {
    const to = m.to !== null && m.to < m.from ? m.from : m.to;
    db.prepare('INSERT INTO case_mentors (case_id, mentor_id, from_date, to_date) VALUES (?, ?, ?, ?)').run(
      caseOf(m.course),
      mentors[m.mentor],
      m.from,
      to,
    );
  }
  for (const d of disclosures) {
    const id = caseOf(d.course);
    const referrer = (db.prepare('SELECT referral_organisation_id AS o FROM cases WHERE id = ?').get(id) as { o: number | null }).o;
    db.prepare(
      `INSERT INTO disclosures (at, person_kind, person_id, recipient_organisation_id, recipient_label, purpose, case_id, recorded_by)
       VALUES (?, 'mentee', 1, ?, 'x', ?, ?, 'owner')`,
    ).run(`${d.at}T10:00:00Z`, d.toReferrer && referrer !== null ? referrer : orgs[d.org], d.feedback ? 'feedback-sharing' : 'access', id);
  }
  return db;
}

/** The queries as they were before migration 16. */
const before = {
  activeMentors: (db: Db, from: string, to: string) =>
    (
      db
        .prepare('SELECT count(DISTINCT mentor_id) AS n FROM case_mentors WHERE from_date <= ? AND (to_date IS NULL OR to_date >= ?)')
        .get(to, from) as { n: number }
    ).n,
  bySource: (db: Db, from: string, to: string) =>
    db
      .prepare(
        `SELECT c.referral_organisation_id AS organisationId, coalesce(o.name, '') AS label, count(*) AS count
         FROM cases c LEFT JOIN organisations o ON o.id = c.referral_organisation_id
         WHERE c.referred_on BETWEEN ? AND ? GROUP BY c.referral_organisation_id ORDER BY count DESC, label`,
      )
      .all(from, to),
  lastFeedback: (db: Db) =>
    db
      .prepare(
        `SELECT c.id, d.last FROM cases c
         LEFT JOIN (SELECT case_id, recipient_organisation_id, max(at) AS last FROM disclosures
                    WHERE purpose = 'feedback-sharing' AND case_id IS NOT NULL GROUP BY case_id, recipient_organisation_id) d
           ON d.case_id = c.id AND d.recipient_organisation_id = c.referral_organisation_id ORDER BY c.id`,
      )
      .all(),
};
/** The form feedback/due.ts now uses. */
const lastFeedbackNow = (db: Db) =>
  db
    .prepare(
      `SELECT c.id, (SELECT max(at) FROM disclosures WHERE purpose = 'feedback-sharing' AND case_id IS NOT NULL
         AND case_id = c.id AND recipient_organisation_id = c.referral_organisation_id) AS last FROM cases c ORDER BY c.id`,
    )
    .all();

describe('the start page and board queries on migration 16 indexes', () => {
  it('answer what the queries before them answered', () => {
    fc.assert(
      fc.property(
        fc.array(course, { maxLength: 30 }),
        fc.array(mentorship, { maxLength: 30 }),
        fc.array(disclosure, { maxLength: 20 }),
        fc.array(period, { minLength: 1, maxLength: 3 }),
        (courses, mentorships, disclosures, periods) => {
          const db = build(courses, mentorships, disclosures);
          for (const { from, to } of periods) {
            expect(periodFlows(db, from, to).activeMentors).toBe(before.activeMentors(db, from, to));
            expect(dashboardSummary(db, { from, to }, { at: '2026-03-01T12:00' }).referralsBySource).toEqual(before.bySource(db, from, to));
          }
          expect(lastFeedbackNow(db)).toEqual(before.lastFeedback(db));
          db.close();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('give the board the open courses, and of the closed ones those changed on or after closedSince', () => {
    fc.assert(
      fc.property(fc.array(course, { maxLength: 30 }), day, (courses, since) => {
        const db = build(courses, [], []);
        const today = '2026-06-01';
        const all = listCases(db, true, today);
        expect(all).toHaveLength(courses.length);
        expect(listCases(db, false, today)).toEqual(all.filter((r) => r.status !== 'closed'));
        expect(listCases(db, true, today, since)).toEqual(all.filter((r) => r.status !== 'closed' || r.statusSince >= since));
        db.close();
      }),
      { numRuns: 100 },
    );
  });
});

import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES } from '../../../shared/contract/consents-schemas';
import { FEEDBACK_CONTENTS, FEEDBACK_FREQUENCIES } from '../../../shared/contract/mentoring-vocabulary';
import { consentReminders } from '../../../electron/core/consents/reminders';
import type { Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { keptFeedbackFigures } from '../../../electron/core/reports/dashboard-kept';
import { feedbackDueCount } from '../../../electron/core/reports/feedback/due';

// The start page's kept figures (migration 16: courses whose feedback no consent covers, courses
// due feedback) against a full recount by the consents page's and the feedback list's own
// functions, after random sequences of the changes that move them: courses opened, changed
// (status, agreement, referrer), closed and deleted; consents given, withdrawn, changed and
// deleted; mentees anonymised; feedback disclosed; and visits at minutes moving forwards and
// backwards over days where consents start, expire and are withdrawn.

const day = fc.integer({ min: 0, max: 150 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
const minute = fc
  .tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30, 59))
  .map(([d, h, m]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const pick = fc.nat({ max: 1000 });
// Mostly states that count: an agreement promising feedback, a referrer, one of two
// organisations (so consents often name the right one), an open course, a known mentee.
const agreement = fc.option(
  fc.record({
    feedbackFrequency: fc.option(fc.constantFrom(...FEEDBACK_FREQUENCIES, 'monthly', 'at-end'), { nil: undefined, freq: 6 }),
    feedbackMayContain: fc.subarray([...FEEDBACK_CONTENTS], { maxLength: 2 }),
  }),
  { nil: null, freq: 6 },
);
const STATUSES = ['referred', 'intake', 'waiting', 'matched', 'active', 'paused', 'closed'] as const;
const STATUS = fc.constantFrom(...STATUSES, 'active', 'waiting', 'closed');
const course = { status: STATUS, org: fc.option(fc.nat({ max: 1 }), { nil: null, freq: 6 }), agreement, on: day };
const op = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('case' as const), mentee: fc.option(pick, { nil: null, freq: 2 }), ...course }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('changeCase' as const), target: pick, ...course }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteCase' as const), target: pick }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('consent' as const),
      target: pick,
      org: fc.nat({ max: 1 }),
      feedback: fc.boolean(),
      categories: fc.subarray([...DATA_CATEGORIES], { minLength: 2 }),
      given: day,
      days: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      withdrawn: fc.option(minute, { nil: null }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), target: pick, at: fc.option(minute, { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteConsent' as const), target: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('anonymise' as const), target: pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('disclose' as const),
      target: pick,
      toReferrer: fc.constantFrom(true, true, false),
      at: minute,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('visit' as const), at: minute }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const stamp = '2026-01-01T00:00:00Z';
const ids = (db: Db, sql: string): number[] => (db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
const at = (list: number[], i: number): number | undefined => (list.length === 0 ? undefined : list[i % list.length]);

function seed(db: Db): void {
  for (const name of ['Jobcenter', 'Bydel', 'Kommune']) {
    db.prepare(
      `INSERT INTO organisations (name, sector, country, name_key, created_at, updated_at) VALUES (?, 'municipality', 'DK', ?, ?, ?)`,
    ).run(name, name.toLowerCase(), stamp, stamp);
  }
  db.prepare(`INSERT INTO mentors (name, status, name_key, created_at, updated_at) VALUES ('Mentor', 'active', 'mentor', ?, ?)`).run(
    stamp,
    stamp,
  );
}

/** The course's columns for a status, referrer, agreement and day (a closed one has its closing day). */
function courseValues(db: Db, o: { status: (typeof STATUSES)[number]; org: number | null; agreement: unknown; on: string }) {
  const orgs = ids(db, 'SELECT id FROM organisations ORDER BY id');
  return {
    status: o.status,
    mentor: ['matched', 'active', 'paused'].includes(o.status) ? 1 : null,
    org: o.org === null ? null : orgs[o.org],
    agreement: o.agreement === null ? null : JSON.stringify(o.agreement),
    on: o.on,
    closed: o.status === 'closed' ? o.on : null,
  };
}

let mentees = 0;
function apply(db: Db, o: Op): void {
  const cases = ids(db, 'SELECT id FROM cases ORDER BY id');
  const consents = ids(db, 'SELECT id FROM consents ORDER BY id');
  const menteeIds = ids(db, 'SELECT id FROM mentees ORDER BY id');
  if (o.kind === 'case') {
    let mentee = o.mentee === null ? undefined : at(menteeIds, o.mentee);
    if (mentee === undefined) {
      mentees += 1;
      mentee = Number(
        db
          .prepare('INSERT INTO mentees (code, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
          .run(`M-${mentees}`, `Mentee ${mentees}`, `mentee ${mentees}`, stamp, stamp).lastInsertRowid,
      );
    }
    const v = courseValues(db, o);
    db.prepare(
      `INSERT INTO cases (mentee_id, status, mentor_id, status_since, referred_on, referral_organisation_id, agreement, agreement_on,
         started_on, closed_on, outcome, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      mentee,
      v.status,
      v.mentor,
      v.on,
      v.on,
      v.org,
      v.agreement,
      v.agreement ? v.on : null,
      null,
      v.closed,
      v.closed ? 'education' : null,
      stamp,
      stamp,
    );
  } else if (o.kind === 'changeCase' || o.kind === 'deleteCase') {
    const id = at(cases, o.target);
    if (id === undefined) return;
    if (o.kind === 'deleteCase') db.prepare('DELETE FROM cases WHERE id = ?').run(id);
    else {
      const v = courseValues(db, o);
      db.prepare(
        `UPDATE cases SET status = ?, mentor_id = ?, status_since = ?, referral_organisation_id = ?, agreement = ?, agreement_on = ?,
           started_on = ?, closed_on = ?, outcome = ? WHERE id = ?`,
      ).run(v.status, v.mentor, v.on, v.org, v.agreement, v.agreement ? v.on : null, v.on, v.closed, v.closed ? 'education' : null, id);
    }
  } else if (o.kind === 'consent') {
    const mentee = at(menteeIds, o.target);
    if (mentee === undefined) return;
    const orgs = ids(db, 'SELECT id FROM organisations ORDER BY id');
    const expires = o.days === null ? null : new Date(Date.parse(`${o.given}T00:00:00Z`) + o.days * 86_400_000).toISOString().slice(0, 10);
    db.prepare(
      `INSERT INTO consents (person_kind, person_id, purpose, recipient_organisation_id, categories, given_on, method, expires_on, withdrawn_at,
         recorded_by, created_at, updated_at) VALUES ('mentee', ?, ?, ?, ?, ?, 'signed', ?, ?, 'owner', ?, ?)`,
    ).run(
      mentee,
      o.feedback ? 'feedback-sharing' : 'statistics',
      o.feedback ? orgs[o.org] : null,
      JSON.stringify(o.feedback ? o.categories : []),
      o.given,
      expires,
      o.withdrawn,
      stamp,
      stamp,
    );
  } else if (o.kind === 'withdraw' || o.kind === 'deleteConsent') {
    const id = at(consents, o.target);
    if (id === undefined) return;
    if (o.kind === 'withdraw') db.prepare('UPDATE consents SET withdrawn_at = ? WHERE id = ?').run(o.at, id);
    else db.prepare('DELETE FROM consents WHERE id = ?').run(id);
  } else if (o.kind === 'anonymise') {
    const mentee = at(menteeIds, o.target);
    if (mentee !== undefined) db.prepare('UPDATE mentees SET anonymised_at = ? WHERE id = ?').run(stamp, mentee);
  } else if (o.kind === 'disclose') {
    const id = at(cases, o.target);
    if (id === undefined) return;
    const referrer = (db.prepare('SELECT referral_organisation_id AS o FROM cases WHERE id = ?').get(id) as { o: number | null }).o;
    db.prepare(
      `INSERT INTO disclosures (at, person_kind, person_id, recipient_organisation_id, recipient_label, purpose, case_id, recorded_by)
       VALUES (?, 'mentee', 1, ?, 'x', 'feedback-sharing', ?, 'owner')`,
    ).run(o.at, o.toReferrer && referrer !== null ? referrer : 3, id);
  }
}

function expectSameAsRecount(db: Db, minuteAt: string): void {
  expect(keptFeedbackFigures(db, minuteAt)).toEqual({
    uncovered: consentReminders(db, 30, minuteAt).uncovered.length,
    feedbackDue: feedbackDueCount(db, minuteAt.slice(0, 10)),
  });
}

function newDb(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

describe('the start page kept figures (migration 16)', () => {
  it('equal a full recount after any sequence of changes and visits', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 50 }), minute, (ops, last) => {
        const db = newDb();
        migrate(db);
        seed(db);
        for (const o of ops) {
          if (o.kind === 'visit') expectSameAsRecount(db, o.at);
          else apply(db, o);
        }
        expectSameAsRecount(db, last);
        db.close();
      }),
      { numRuns: 300 },
    );
  });

  it('are computed in full for a register that held courses and consents before the migration', () => {
    const before = MIGRATIONS.filter((m) => m.version < 16);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(op, { maxLength: 20 }), minute, (old, later, last) => {
        const db = newDb();
        migrate(db, before);
        seed(db);
        for (const o of old) if (o.kind !== 'visit') apply(db, o);
        db.pragma(`user_version = ${before.length}`);
        migrate(db);
        expectSameAsRecount(db, last);
        for (const o of later) {
          if (o.kind === 'visit') expectSameAsRecount(db, o.at);
          else apply(db, o);
        }
        expectSameAsRecount(db, last);
        db.close();
      }),
      { numRuns: 60 },
    );
  });
});

describe('the start page kept figures when only the clock moves', () => {
  // One open course promising monthly feedback on attendance to its referrer; its mentee's
  // consent and the visits decide the figures, with no write between two visits.
  function register(consent: { given: string; expires: string | null; withdrawn: string | null }): Db {
    const db = newDb();
    migrate(db);
    seed(db);
    apply(db, {
      kind: 'case',
      mentee: null,
      status: 'active',
      org: 0,
      agreement: { feedbackFrequency: 'monthly', feedbackMayContain: ['attendance'] },
      on: '2026-01-05',
    });
    apply(db, {
      kind: 'consent',
      target: 0,
      org: 0,
      feedback: true,
      categories: ['attendance'],
      given: consent.given,
      days: null,
      withdrawn: null,
    });
    db.prepare('UPDATE consents SET expires_on = ?, withdrawn_at = ?').run(consent.expires, consent.withdrawn);
    return db;
  }
  const uncoveredAt = (db: Db, minuteAt: string) => keptFeedbackFigures(db, minuteAt).uncovered;

  it('follows a consent that starts, expires or is withdrawn between two visits, forwards and back', () => {
    const starts = register({ given: '2026-02-01', expires: null, withdrawn: null });
    expect([
      uncoveredAt(starts, '2026-01-31T23:59'),
      uncoveredAt(starts, '2026-02-01T00:00'),
      uncoveredAt(starts, '2026-01-20T08:00'),
    ]).toEqual([1, 0, 1]);
    const expires = register({ given: '2026-01-01', expires: '2026-03-01', withdrawn: null });
    expect([
      uncoveredAt(expires, '2026-03-01T23:59'),
      uncoveredAt(expires, '2026-03-02T00:00'),
      uncoveredAt(expires, '2026-02-01T12:00'),
    ]).toEqual([0, 1, 0]);
    const withdrawn = register({ given: '2026-01-01', expires: null, withdrawn: '2026-02-10T14:30' });
    expect([
      uncoveredAt(withdrawn, '2026-02-10T14:29'),
      uncoveredAt(withdrawn, '2026-02-10T14:30'),
      uncoveredAt(withdrawn, '2026-02-10T09:00'),
    ]).toEqual([0, 1, 0]);
  });

  it("counts in full, writing nothing, on a read-only user's connection", () => {
    const db = register({ given: '2026-02-01', expires: null, withdrawn: null });
    db.pragma('query_only = ON');
    expect(keptFeedbackFigures(db, '2026-01-20T08:00')).toEqual({ uncovered: 1, feedbackDue: 0 });
    expect(keptFeedbackFigures(db, '2026-02-20T08:00')).toEqual({ uncovered: 0, feedbackDue: 1 });
    expect(db.prepare('SELECT cover_at, due_ready FROM dashboard_kept').get()).toEqual({ cover_at: null, due_ready: 0 });
  });

  it('moves the next feedback day when feedback is disclosed', () => {
    const db = register({ given: '2026-01-01', expires: null, withdrawn: null });
    expect(keptFeedbackFigures(db, '2026-02-10T12:00').feedbackDue).toBe(1);
    apply(db, { kind: 'disclose', target: 0, toReferrer: true, at: '2026-02-09T10:00' });
    expect(keptFeedbackFigures(db, '2026-02-10T12:00').feedbackDue).toBe(0);
    expect(keptFeedbackFigures(db, '2026-03-09T12:00').feedbackDue).toBe(1);
  });
});

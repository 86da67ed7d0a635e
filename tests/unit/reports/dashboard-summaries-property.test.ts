import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { dashboardSummary, periodFlows } from '../../../electron/core/reports/dashboard';
import { meetingsPerMonthByScan, periodFlowsByScan } from './dashboard-oracle';

// The trigger-kept summaries of migration 7 (meetings per day, each course's first match)
// against a full recount, after random sequences of the writes that change them: meetings
// logged, moved, re-timed and deleted; status changes added, changed and removed; courses
// deleted with everything cascading from them. Also the backfill: a register that already held
// rows when migration 7 ran answers the same as the recount.

const day = fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
const pick = fc.nat({ max: 1000 });
const op = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('case' as const), referred: day, closed: fc.option(day, { nil: null }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('meeting' as const),
      target: pick,
      date: day,
      minutes: fc.option(fc.integer({ min: 0, max: 240 }), { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('moveMeeting' as const),
      target: pick,
      date: day,
      minutes: fc.option(fc.integer({ min: 0, max: 240 }), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteMeeting' as const), target: pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      target: pick,
      date: day,
      to: fc.constantFrom('matched', 'active', 'waiting'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('changeEvent' as const),
      target: pick,
      date: day,
      to: fc.constantFrom('matched', 'active', 'closed'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteEvent' as const), target: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteCase' as const), target: pick }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

function newDb(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

const ids = (db: Db, table: string): number[] =>
  (db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
const at = (list: number[], i: number): number | undefined => (list.length === 0 ? undefined : list[i % list.length]);

let mentees = 0;
function apply(db: Db, o: Op): void {
  const stamp = '2026-01-01T00:00:00Z';
  if (o.kind === 'case') {
    mentees += 1;
    const mentee = db
      .prepare('INSERT INTO mentees (code, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(`M-${mentees}`, `Mentee ${mentees}`, `mentee ${mentees}`, stamp, stamp).lastInsertRowid;
    db.prepare(
      'INSERT INTO cases (mentee_id, status, status_since, referred_on, closed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(mentee, o.closed ? 'closed' : 'referred', o.referred, o.referred, o.closed, stamp, stamp);
    return;
  }
  if (o.kind === 'meeting' || o.kind === 'event') {
    const caseId = at(ids(db, 'cases'), o.target);
    if (caseId === undefined) return;
    if (o.kind === 'meeting') {
      db.prepare('INSERT INTO meetings (case_id, date, type, duration_minutes, created_at) VALUES (?, ?, ?, ?, ?)').run(
        caseId,
        o.date,
        'mentor-mentee',
        o.minutes,
        stamp,
      );
    } else {
      db.prepare('INSERT INTO case_events (case_id, date, to_status, created_at) VALUES (?, ?, ?, ?)').run(caseId, o.date, o.to, stamp);
    }
    return;
  }
  const table = o.kind === 'deleteCase' ? 'cases' : o.kind.endsWith('Meeting') ? 'meetings' : 'case_events';
  const id = at(ids(db, table), o.target);
  if (id === undefined) return;
  if (o.kind === 'moveMeeting') db.prepare('UPDATE meetings SET date = ?, duration_minutes = ? WHERE id = ?').run(o.date, o.minutes, id);
  else if (o.kind === 'changeEvent') {
    // Sometimes to another course too: the first match of both courses changes.
    const other = at(ids(db, 'cases'), o.target * 7 + 3);
    db.prepare('UPDATE case_events SET date = ?, to_status = ?, case_id = ? WHERE id = ?').run(o.date, o.to, other, id);
  } else if (o.kind === 'deleteCase') {
    db.prepare('DELETE FROM cases WHERE id = ?').run(id);
    db.prepare('DELETE FROM mentees WHERE id NOT IN (SELECT mentee_id FROM cases)').run();
  } else db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
}

function expectSameAsRecount(db: Db, periods: { from: string; to: string }[]): void {
  // The tables themselves, row for row…
  expect(db.prepare('SELECT date, meetings, minutes FROM meeting_days ORDER BY date').all()).toEqual(
    db
      .prepare('SELECT date, count(*) AS meetings, coalesce(sum(duration_minutes), 0) AS minutes FROM meetings GROUP BY date ORDER BY date')
      .all(),
  );
  expect(db.prepare('SELECT case_id, matched_on FROM case_first_match ORDER BY case_id').all()).toEqual(
    db
      .prepare("SELECT case_id, min(date) AS matched_on FROM case_events WHERE to_status = 'matched' GROUP BY case_id ORDER BY case_id")
      .all(),
  );
  // …and the answers the start page shows.
  for (const { from, to } of periods) {
    expect(periodFlows(db, from, to)).toEqual(periodFlowsByScan(db, from, to));
    const s = dashboardSummary(db, { from, to }, { at: '2026-03-01T12:00' });
    const recount = meetingsPerMonthByScan(db, `${s.monthly[0]?.month ?? ''}-01`, to);
    for (const m of s.monthly) expect(m.meetings).toBe(recount[m.month] ?? 0);
  }
}

describe('dashboard summaries (migration 7)', () => {
  it('equal a full recount after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), fc.array(period, { minLength: 1, maxLength: 3 }), (ops, periods) => {
        const db = newDb();
        migrate(db);
        for (const o of ops) apply(db, o);
        expectSameAsRecount(db, periods);
        db.close();
      }),
      { numRuns: 150 },
    );
  });

  it('are backfilled from the rows a register held before the migration, then kept up to date', () => {
    // Every migration before the summaries one: a register as it was when it first ran.
    const before = MIGRATIONS.slice(
      0,
      MIGRATIONS.findIndex((m) => m.name === 'summaries'),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(op, { maxLength: 20 }), period, (old, later, p) => {
        const db = newDb();
        migrate(db, before);
        for (const o of old) apply(db, o);
        db.pragma(`user_version = ${before.length}`);
        migrate(db);
        expectSameAsRecount(db, [p]);
        for (const o of later) apply(db, o);
        expectSameAsRecount(db, [p]);
        db.close();
      }),
      { numRuns: 60 },
    );
  });
});

import type { CaseStatus } from '../../../shared/contract';
import type { Db } from '../../../electron/core/db/driver';
import { generateDemo } from '../../../electron/core/demo/generate';
import { afterAll, beforeAll } from 'vitest';
import { cleanupTempDirs, createRegister, lock, newCore, withDb, type TestCore } from './helpers';

// Shared by demo-mentoring.test.ts (the invariants of the generated data) and
// demo-mentoring-channels.test.ts (the same rows as the channels write): the size-s demo register
// of a fixed day, and everything mentoring in it.

export const TODAY = '2026-11-27';

export interface CaseRow {
  id: number;
  mentee_id: number;
  mentor_id: number | null;
  coordinator: string;
  status: CaseStatus;
  status_since: string;
  referred_on: string;
  referral_reason: string;
  intake_on: string | null;
  waiting_since: string | null;
  matched_on: string | null;
  started_on: string | null;
  closed_on: string | null;
  outcome: string | null;
  ended_reason: string;
  evaluation: string;
  agreement: string | null;
  agreement_on: string | null;
}
export interface EventRow {
  case_id: number;
  date: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  mentor: string | null;
  mentor_id: number | null;
  reason: string;
}

/** Everything mentoring, by id, with mentor names instead of ids where ids differ between registers. */
export function dump(db: Db) {
  return {
    mentors: db.prepare('SELECT * FROM mentors ORDER BY id').all(),
    trainings: db.prepare('SELECT * FROM mentor_trainings ORDER BY id').all(),
    mentees: db.prepare('SELECT * FROM mentees ORDER BY id').all(),
    cases: db.prepare('SELECT * FROM cases ORDER BY id').all() as CaseRow[],
    events: db
      .prepare(
        'SELECT ev.case_id, ev.date, ev.from_status, ev.to_status, ev.mentor_id, m.name AS mentor, ev.reason FROM case_events ev LEFT JOIN mentors m ON m.id = ev.mentor_id ORDER BY ev.id',
      )
      .all() as EventRow[],
    periods: db
      .prepare(
        'SELECT cm.case_id, m.name AS mentor, cm.mentor_id, cm.from_date, cm.to_date, cm.end_reason FROM case_mentors cm JOIN mentors m ON m.id = cm.mentor_id ORDER BY cm.id',
      )
      .all() as { case_id: number; mentor: string; mentor_id: number; from_date: string; to_date: string | null; end_reason: string }[],
    goals: db.prepare('SELECT case_id, kind, description, progress, note FROM case_goals ORDER BY id').all() as {
      case_id: number;
      kind: string;
      description: string;
      progress: string;
      note: string;
    }[],
    meetings: db.prepare('SELECT case_id, date, type, duration_minutes, topics, note FROM meetings ORDER BY id').all() as {
      case_id: number;
      date: string;
      type: string;
      duration_minutes: number;
      topics: string;
      note: string;
    }[],
    followUps: db.prepare('SELECT case_id, due_on, done_on, result, note FROM follow_ups ORDER BY id').all() as {
      case_id: number;
      due_on: string;
      done_on: string | null;
      result: string | null;
      note: string;
    }[],
    settings: db.prepare("SELECT value FROM settings WHERE key = 'mentoring'").get() as { value: string } | undefined,
    index: db
      .prepare(
        "SELECT rowid, kind, ref, label, subtitle, title, body, sounds FROM search_index WHERE kind IN ('mentor', 'mentee') ORDER BY rowid",
      )
      .all(),
  };
}
export type Dump = ReturnType<typeof dump>;

/** A new register (left locked) with the size-s demo of TODAY in it, and its dump. */
export async function demoRegister(): Promise<{ t: TestCore; dir: string; data: Dump }> {
  const t = newCore();
  const { dir } = await createRegister(t.core, { organisationName: 'Demo' });
  await lock(t.core);
  const data = await withDb(dir, (db) => {
    generateDemo(db, 's', 'owner', undefined, TODAY);
    return dump(db);
  });
  return { t, dir, data };
}

/** Rows grouped by a key, in their order. */
export const group = <T, K>(rows: T[], key: (r: T) => K) => {
  const map = new Map<K, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
};

/**
 * The size-s demo register both demo test files read: made once in `beforeAll`, its core shut
 * down and the temp folders removed in `afterAll`. Read `.current` inside a test.
 */
export function sharedDemoRegister(): { current: Awaited<ReturnType<typeof demoRegister>> } {
  const holder = {} as { current: Awaited<ReturnType<typeof demoRegister>> };
  beforeAll(async () => {
    holder.current = await demoRegister();
  });
  afterAll(() => {
    holder.current.t.core.shutdown();
    cleanupTempDirs();
  });
  return holder;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AgreementInput,
  CaseOpenInput,
  CaseTransitionInput,
  FollowUpInput,
  MeetingInput,
  MenteeInput,
  MentorInput,
  WEEK_PAGE,
  WEEK_SECTIONS,
} from '../../../shared/contract';
import type { Db } from '../../../electron/core/db/driver';
import { CoreError } from '../../../electron/core/errors';
import { openCase, saveAgreement, transitionCase } from '../../../electron/core/mentoring/cases-repo';
import { deleteMeeting, saveFollowUp, saveMeeting } from '../../../electron/core/mentoring/meetings-repo';
import { keepMentoringCountsCurrent } from '../../../electron/core/mentoring/mentoring-counts';
import { saveMentee } from '../../../electron/core/mentoring/mentees-repo';
import { saveMentor, setMentorStatus } from '../../../electron/core/mentoring/mentors-repo';
import { addDays } from '../../../electron/core/mentoring/rows';
import { writeMentoringSettings } from '../../../electron/core/mentoring/settings';
import { weekOverview, weekSection } from '../../../electron/core/mentoring/week';
import { freshRegister } from '../paging/mentoring-counts-ops';
import { oracleWeek } from './week-oracle';

// The paged week against the week as it was read before (week-oracle.ts, every list whole), over
// random registers: courses moved along their lifecycle on random days (paused and resumed, sent
// back to the waiting list and rematched, closed with follow-ups), meetings held and planned
// after today, some moved or deleted, follow-ups done or not, the quiet threshold set, and the
// week asked for on the kept day (the quiet list from the kept last meetings) or on a day
// before or after it (corrected for the meetings in between), with the kept day itself rolled
// from an older one first. Every section is paged to its end with a small page size.

const BASE = '2026-12-02';
const day = (offset: number) => addDays(BASE, offset);
const offset = fc.integer({ min: -250, max: 45 });
/** The ways a course goes (a rematch goes back to the waiting list), each step some days after the one before. */
const PATHS = [
  [],
  ['intake'],
  ['intake', 'waiting'],
  ['intake', 'waiting', 'match'],
  ['intake', 'waiting', 'match', 'active'],
  ['intake', 'waiting', 'match', 'active', 'pause'],
  ['intake', 'waiting', 'match', 'active', 'pause', 'resume'],
  ['intake', 'waiting', 'match', 'active', 'back'],
  ['intake', 'waiting', 'match', 'back', 'match', 'active'],
  ['intake', 'waiting', 'match', 'active', 'pause', 'back', 'match'],
] as const;
const course = fc.record({
  referred: fc.integer({ min: -320, max: 10 }),
  path: fc.constantFrom(...PATHS),
  gaps: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 8, maxLength: 8 }),
  close: fc.boolean(),
  meetings: fc.array(fc.record({ on: offset, type: fc.constantFrom('mentor-mentee', 'follow-up') as fc.Arbitrary<'mentor-mentee'> }), {
    maxLength: 4,
  }),
  followUps: fc.array(fc.record({ due: offset, done: fc.boolean() }), { maxLength: 2 }),
});
const scenario = fc.record({
  courses: fc.array(course, { minLength: 1, maxLength: 18 }),
  keptBefore: fc.integer({ min: -20, max: 20 }),
  kept: fc.integer({ min: -3, max: 3 }),
  // Either the kept day itself or a day some weeks around it.
  today: fc.oneof(fc.constant(null), fc.integer({ min: -70, max: 40 })),
  quietDays: fc.constantFrom(7, 14, 30, 60),
  limit: fc.integer({ min: 1, max: 6 }),
  moves: fc.array(fc.record({ meeting: fc.nat(), on: offset, remove: fc.boolean() }), { maxLength: 4 }),
});

type Course = typeof course extends fc.Arbitrary<infer C> ? C : never;
const STATUS = {
  intake: 'intake',
  waiting: 'waiting',
  match: 'matched',
  active: 'active',
  pause: 'paused',
  resume: 'active',
  back: 'waiting',
  close: 'closed',
} as const;

function build(db: Db, courses: Course[]) {
  const mentors = ['Dorte', 'Erik', 'Fatima', 'Gustav'].map((name) => {
    const id = saveMentor(db, MentorInput.parse({ name, capacity: 10 }), 'owner');
    for (const to of ['trained', 'active'] as const) setMentorStatus(db, id, to, 'owner');
    return id;
  });
  courses.forEach((c, i) => {
    const menteeId = saveMentee(db, MenteeInput.parse({ name: `Deltager ${i}` }), 'owner');
    const id = openCase(db, CaseOpenInput.parse({ menteeId, referral: { date: day(c.referred) } }), 'owner');
    let on = c.referred;
    const steps = c.close && c.path.length > 0 ? [...c.path, 'close' as const] : c.path;
    for (const [n, step] of steps.entries()) {
      on += c.gaps[n] ?? 0;
      const date = day(on);
      const to = STATUS[step];
      try {
        if (to === 'active') saveAgreement(db, id, AgreementInput.parse({ date }), 'owner');
        const mentorId = to === 'matched' ? mentors[i % mentors.length] : undefined;
        transitionCase(db, CaseTransitionInput.parse({ id, to, date, mentorId, closing: { outcome: 'moved' }, reason: 'x' }), 'owner', 2);
      } catch (e) {
        if (!(e instanceof CoreError)) throw e; // a mentor without room
      }
    }
    for (const m of c.meetings) {
      try {
        saveMeeting(db, MeetingInput.parse({ caseId: id, date: day(m.on), type: m.type }), 'owner');
      } catch (e) {
        if (!(e instanceof CoreError)) throw e; // only follow-up meetings on a closed course
      }
    }
    for (const f of c.followUps)
      saveFollowUp(
        db,
        FollowUpInput.parse({ caseId: id, dueOn: day(f.due), ...(f.done ? { doneOn: day(f.due + 1), result: 'in-job' } : {}) }),
        'owner',
      );
  });
}

/** Every row of a section, page after page of `limit`, as core sends them. */
function pagedSection(db: Db, today: string, section: (typeof WEEK_SECTIONS)[number], limit: number, now: string) {
  const rows: unknown[] = [];
  const totals = new Set<number>();
  let after: { key: string; id: number } | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = weekSection(db, { today, section, after, limit }, now);
    rows.push(...page.rows);
    totals.add(page.total);
    expect(page.rows.length).toBeLessThanOrEqual(limit);
    if (page.next === null) return { rows, totals: [...totals] };
    expect(page.rows.length).toBe(limit);
    after = page.next;
  }
  throw new Error('the section did not end');
}

describe('the paged week', () => {
  it('equals the whole lists read as before, on the kept day and on other days', () => {
    const seen = {
      keptDay: 0,
      otherDay: 0,
      rows: { meetings: 0, quiet: 0, followUps: 0, waiting: 0 },
      paused: 0,
      rematched: 0,
      planned: 0,
    };
    fc.assert(
      fc.property(scenario, (s) => {
        const db = freshRegister();
        try {
          keepMentoringCountsCurrent(db, day(s.keptBefore));
          build(db, s.courses);
          for (const m of s.moves) {
            const ids = (db.prepare('SELECT id FROM meetings ORDER BY id').all() as { id: number }[]).map((r) => r.id);
            const target = ids[m.meeting % Math.max(1, ids.length)];
            if (target === undefined) continue;
            if (m.remove) deleteMeeting(db, target, 'owner');
            else db.prepare('UPDATE meetings SET date = ? WHERE id = ?').run(day(m.on), target);
          }
          writeMentoringSettings(db, { quietDays: s.quietDays });
          const now = day(s.kept);
          const today = s.today === null ? now : day(s.today);
          const week = weekOverview(db, today, now);
          expect((db.prepare('SELECT day FROM mentoring_counts_day').get() as { day: string }).day).toBe(now);
          const want = oracleWeek(db, today);
          expect([week.today, week.from, week.to, week.quietDays]).toEqual([today, want.from, want.to, want.quietDays]);
          for (const section of WEEK_SECTIONS) {
            expect(week[section].total).toBe(want[section].length);
            expect(week[section].rows).toEqual(want[section].slice(0, WEEK_PAGE));
            expect(week[section].next === null).toBe(want[section].length <= WEEK_PAGE);
            const paged = pagedSection(db, today, section, s.limit, now);
            expect(paged.rows).toEqual(want[section]);
            expect(paged.totals).toEqual([want[section].length]);
            seen.rows[section] += want[section].length;
          }
          if (today === now) seen.keptDay += 1;
          else seen.otherDay += 1;
          const counts = db
            .prepare(
              `SELECT (SELECT count(*) FROM case_events WHERE to_status = 'paused') AS paused,
                 (SELECT count(*) FROM case_mentors GROUP BY case_id HAVING count(*) > 1) AS rematched,
                 (SELECT count(*) FROM meetings WHERE date > ?) AS planned`,
            )
            .get(today) as { paused: number; rematched: number | null; planned: number };
          seen.paused += counts.paused;
          seen.rematched += counts.rematched ?? 0;
          seen.planned += counts.planned;
        } finally {
          db.close();
        }
      }),
      { numRuns: 200 },
    );
    process.stdout.write(`paged week vs the oracle: ${JSON.stringify(seen)}\n`);
    expect(seen.keptDay).toBeGreaterThan(10);
    expect(seen.otherDay).toBeGreaterThan(10);
    for (const section of WEEK_SECTIONS) expect(seen.rows[section]).toBeGreaterThan(20);
    expect(seen.paused).toBeGreaterThan(0);
    expect(seen.rematched).toBeGreaterThan(0);
    expect(seen.planned).toBeGreaterThan(0);
  });
});

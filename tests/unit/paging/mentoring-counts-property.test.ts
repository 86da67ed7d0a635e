import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseOpenInput, MeetingInput, MenteeInput } from '../../../shared/contract';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { generateDemo } from '../../../electron/core/demo/generate';
import { CoreError } from '../../../electron/core/errors';
import { openCase } from '../../../electron/core/mentoring/cases-repo';
import { saveMeeting } from '../../../electron/core/mentoring/meetings-repo';
import { keepMentoringCountsCurrent } from '../../../electron/core/mentoring/mentoring-counts';
import { saveMentee } from '../../../electron/core/mentoring/mentees-repo';
import { apply, day, freshRegister, op, seed, storedAndRecount } from './mentoring-counts-ops';

// The sort values the mentoring lists keep in their rows (migration 14) against a full recount,
// after random sequences of every write that changes them: mentees and mentors saved (renamed,
// moved, trainings replaced), mentors moving through their statuses, courses opened, moved
// along their lifecycle (a mentor matched, rematched, closed), their referral changed, deleted;
// meetings logged, moved to another date, deleted, planned ahead; people erased or anonymised
// (mentee, mentor, referring contact); contacts and organisations renamed, deleted (ON DELETE SET
// NULL), merged; an import that updates a referring contact; rows moved by SQL; and the
// calendar moving forwards and back. Refused writes (a course that cannot move so) roll back and
// must leave the values right too. Also the backfill of a register that held rows, and the demo.

describe('mentoring sort values kept by triggers', () => {
  it('equal a full recount after random sequences of every write, and as the days move', async () => {
    const tried = { ops: 0, refused: 0, names: new Set<string>() };
    await fc.assert(
      fc.asyncProperty(day, fc.array(op, { minLength: 5, maxLength: 60, size: 'medium' }), async (start, ops) => {
        const db = freshRegister();
        try {
          keepMentoringCountsCurrent(db, start);
          seed(db);
          for (const o of ops) {
            try {
              await apply(db, o);
              tried.names.add(o.kind);
            } catch (e) {
              // A write the register refuses (a lifecycle step not allowed, a mentor without room, …) changes nothing.
              if (!(e instanceof CoreError)) throw e;
              tried.refused += 1;
            }
            const { stored, recount } = storedAndRecount(db);
            expect(stored).toEqual(recount);
          }
          tried.ops += ops.length;
        } finally {
          db.close();
        }
      }),
      { numRuns: 100 },
    );
    process.stdout.write(`mentoring sort values: ${tried.ops} random writes (${tried.refused} refused), each followed by a full recount\n`);
    expect(tried.names.size).toBeGreaterThan(20);
  });

  it('count a meeting from its day on, forwards and back', () => {
    const db = freshRegister();
    try {
      keepMentoringCountsCurrent(db, '2026-12-02');
      const menteeId = saveMentee(db, MenteeInput.parse({ name: 'Deltager' }), 'owner');
      const caseId = openCase(db, CaseOpenInput.parse({ menteeId, referral: { date: '2026-11-01' } }), 'owner');
      for (const date of ['2026-12-01', '2026-12-02', '2026-12-04'])
        saveMeeting(db, MeetingInput.parse({ caseId, date, type: 'follow-up' }), 'owner');
      const figures = () => db.prepare('SELECT meeting_count AS n, last_meeting AS last FROM cases WHERE id = ?').get(caseId);
      const seen = ['2026-12-02', '2026-11-30', '2026-12-03', '2026-12-04', '2026-12-01'].map((d) => {
        keepMentoringCountsCurrent(db, d);
        return figures();
      });
      expect(seen).toEqual([
        { n: 2, last: '2026-12-02' },
        { n: 0, last: null },
        { n: 2, last: '2026-12-02' },
        { n: 3, last: '2026-12-04' },
        { n: 1, last: '2026-12-01' },
      ]);
      expect(keepMentoringCountsCurrent(db, '2026-12-01')).toBe(false);
    } finally {
      db.close();
    }
  });

  it('are filled by the migration for a register that already held rows (a restored older backup too)', () => {
    const db = freshRegister(MIGRATIONS.filter((m) => m.version < 14));
    try {
      generateDemo(db, 's', 'owner');
      migrate(db);
      const { stored, recount } = storedAndRecount(db);
      expect(stored).toEqual(recount);
      const kept = (db.prepare('SELECT day FROM mentoring_counts_day').get() as { day: string }).day;
      expect(kept).toBe((db.prepare("SELECT date('now', 'localtime') AS d").get() as { d: string }).d);
      const cases = stored.cases as { meeting_count: number; referrer_name: string; mentor_name_key: string }[];
      expect(cases.some((c) => c.meeting_count > 1)).toBe(true);
      expect(cases.some((c) => c.referrer_name !== '')).toBe(true);
      expect(cases.some((c) => c.mentor_name_key !== '')).toBe(true);
      expect((stored.mentors as { case_load: number }[]).some((m) => m.case_load > 0)).toBe(true);
    } finally {
      db.close();
    }
  });

  it('hold after demo generation on the new schema', () => {
    const db = freshRegister();
    try {
      generateDemo(db, 's', 'owner');
      const { stored, recount } = storedAndRecount(db);
      expect(stored.cases.length).toBeGreaterThan(0);
      expect(stored).toEqual(recount);
    } finally {
      db.close();
    }
  });
});

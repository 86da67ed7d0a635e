import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cleanupTempDirs, createRegister, newCore, type TestCore } from '../core/helpers';

// "This week" at its edges, around a fixed today (Friday 27 November 2026): the quiet threshold
// itself, courses that are not active, follow-ups done or due today, and a week asked for by
// a Sunday or a Monday.

const TODAY = '2026-11-27';
let t: TestCore;
let mentorId: number;

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
  const m = await call(t.core, 'mentors:save', { name: 'Mentor', capacity: 10 });
  await call(t.core, 'mentors:setStatus', { id: m.id, status: 'trained' });
  await call(t.core, 'mentors:setStatus', { id: m.id, status: 'active' });
  mentorId = m.id;
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

/** A course active since 1 June 2026 (matched 25 May), optionally left at `matched`. */
async function activeCourse(name: string, stopAt: 'matched' | 'active' = 'active') {
  const mentee = await call(t.core, 'mentees:save', { name });
  const c = await call(t.core, 'cases:open', { menteeId: mentee.id, referral: { date: '2026-05-01' } });
  await call(t.core, 'cases:transition', { id: c.id, to: 'intake', date: '2026-05-05' });
  await call(t.core, 'cases:transition', { id: c.id, to: 'waiting', date: '2026-05-05' });
  await call(t.core, 'cases:transition', { id: c.id, to: 'matched', mentorId, date: '2026-05-25' });
  if (stopAt === 'active') {
    await call(t.core, 'cases:saveAgreement', { caseId: c.id, agreement: { date: '2026-06-01' } });
    await call(t.core, 'cases:transition', { id: c.id, to: 'active', date: '2026-06-01' });
  }
  return { caseId: c.id, code: mentee.code };
}

describe('this week at its edges', () => {
  it('counts a course quiet from exactly quietDays days, and never a matched or paused one', async () => {
    const exactly = await activeCourse('Exactly thirty');
    await call(t.core, 'meetings:save', { caseId: exactly.caseId, date: '2026-10-28' }); // 30 days before
    const almost = await activeCourse('Twenty-nine');
    await call(t.core, 'meetings:save', { caseId: almost.caseId, date: '2026-10-29' });
    const matched = await activeCourse('Matched, not started', 'matched');
    const paused = await activeCourse('Paused');
    await call(t.core, 'cases:transition', { id: paused.caseId, to: 'paused', date: '2026-07-01', reason: 'Summer' });

    const week = await call(t.core, 'week:overview', { today: TODAY });
    const quiet = week.quiet.rows.map((q) => q.menteeCode);
    expect(quiet).toContain(exactly.code);
    expect(week.quiet.rows.find((q) => q.menteeCode === exactly.code)?.days).toBe(30);
    expect(quiet).not.toContain(almost.code);
    expect(quiet).not.toContain(matched.code);
    expect(quiet).not.toContain(paused.code);
    // Neither is the matched course on the waiting list: it has its mentor.
    expect(week.waiting.rows.map((w) => w.menteeCode)).not.toContain(matched.code);
  });

  it('leaves out follow-ups already done, and does not call one due today overdue', async () => {
    const c = await activeCourse('Follow-ups');
    const done = await call(t.core, 'followUps:save', { caseId: c.caseId, dueOn: '2026-11-20', doneOn: '2026-11-21', result: 'in-job' });
    const dueToday = await call(t.core, 'followUps:save', { caseId: c.caseId, dueOn: TODAY });
    const dueSunday = await call(t.core, 'followUps:save', { caseId: c.caseId, dueOn: '2026-11-29' });
    const nextMonday = await call(t.core, 'followUps:save', { caseId: c.caseId, dueOn: '2026-11-30' });

    const week = await call(t.core, 'week:overview', { today: TODAY });
    const mine = week.followUps.rows.filter((f) => f.caseId === c.caseId).map((f) => [f.followUpId, f.overdue]);
    expect(mine).toEqual([
      [dueToday.id, false],
      [dueSunday.id, false],
    ]);
    expect(mine.map(([id]) => id)).not.toContain(done.id);
    expect(mine.map(([id]) => id)).not.toContain(nextMonday.id);
  });

  it('gives the same Monday-to-Sunday week whether asked on its Monday or its Sunday', async () => {
    const c = await activeCourse('Week ends');
    const monday = await call(t.core, 'meetings:save', { caseId: c.caseId, date: '2026-11-23' });
    const sunday = await call(t.core, 'meetings:save', { caseId: c.caseId, date: '2026-11-29' });
    for (const today of ['2026-11-23', '2026-11-29']) {
      const week = await call(t.core, 'week:overview', { today });
      expect([week.from, week.to]).toEqual(['2026-11-23', '2026-11-29']);
      expect(week.meetings.rows.filter((m) => m.caseId === c.caseId).map((m) => m.meetingId)).toEqual([monday.id, sunday.id]);
    }
    const next = await call(t.core, 'week:overview', { today: '2026-11-30' });
    expect(next.meetings.rows.some((m) => m.caseId === c.caseId)).toBe(false);
  });
});

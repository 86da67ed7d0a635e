import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, mondayOf } from '../../../electron/core/mentoring/rows';
import { call, cleanupTempDirs, createRegister, newCore, type TestCore } from '../core/helpers';

// "This week" and the waiting time, on courses dated around a fixed today (Friday 27 November 2026).

const TODAY = '2026-11-27';
let t: TestCore;

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

async function activeMentor(): Promise<number> {
  const { id } = await call(t.core, 'mentors:save', { name: 'Mentor', capacity: 10 });
  await call(t.core, 'mentors:setStatus', { id, status: 'trained' });
  await call(t.core, 'mentors:setStatus', { id, status: 'active' });
  return id;
}

async function course(
  name: string,
  referredOn: string,
  steps: { to: 'intake' | 'waiting' | 'matched' | 'active'; date: string }[],
  mentorId?: number,
) {
  const mentee = await call(t.core, 'mentees:save', { name });
  const c = await call(t.core, 'cases:open', { menteeId: mentee.id, referral: { date: referredOn } });
  for (const step of steps) {
    if (step.to === 'active') await call(t.core, 'cases:saveAgreement', { caseId: c.id, agreement: { date: step.date } });
    await call(t.core, 'cases:transition', { id: c.id, to: step.to, date: step.date, ...(step.to === 'matched' ? { mentorId } : {}) });
  }
  return { caseId: c.id, menteeId: mentee.id, code: mentee.code };
}

describe('date arithmetic', () => {
  it('counts days, adds months clamped to the month end, finds Monday', () => {
    expect(daysBetween('2026-11-01', '2026-11-27')).toBe(26);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
    expect(mondayOf('2026-11-27')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('this week', () => {
  it('lists meetings this week, quiet courses, follow-ups due and the waiting list', async () => {
    const mentorId = await activeMentor();
    const started = [
      { to: 'intake' as const, date: '2026-06-01' },
      { to: 'waiting' as const, date: '2026-06-01' },
      { to: 'matched' as const, date: '2026-06-10' },
      { to: 'active' as const, date: '2026-06-15' },
    ];
    const lively = await course('Lively', '2026-05-20', started, mentorId);
    await call(t.core, 'meetings:save', { caseId: lively.caseId, date: '2026-11-20' });
    await call(t.core, 'meetings:save', { caseId: lively.caseId, date: '2026-11-25' });
    await call(t.core, 'meetings:save', { caseId: lively.caseId, date: '2026-11-29', type: 'three-party' }); // planned, Sunday
    await call(t.core, 'meetings:save', { caseId: lively.caseId, date: '2026-11-30' }); // next week

    const quiet = await course('Quiet', '2026-05-20', started, mentorId);
    await call(t.core, 'meetings:save', { caseId: quiet.caseId, date: '2026-10-01' });
    // A planned meeting does not make a quiet course less quiet.
    await call(t.core, 'meetings:save', { caseId: quiet.caseId, date: '2026-12-10' });
    const never = await course('Never met', '2026-05-20', started, mentorId);
    const borderline = await course('Borderline', '2026-05-20', started, mentorId);
    await call(t.core, 'meetings:save', { caseId: borderline.caseId, date: '2026-10-29' }); // 29 days ago

    const longWait = await course('Long wait', '2026-03-02', [
      { to: 'intake', date: '2026-03-10' },
      { to: 'waiting', date: '2026-04-01' },
    ]);
    const justReferred = await course('Just referred', '2026-11-20', []);

    // A closed course with its planned follow-up overdue, and one with a follow-up next week.
    const closedCase = await course('Closed', '2025-01-06', [{ to: 'intake', date: '2025-01-10' }]);
    await call(t.core, 'cases:transition', { id: closedCase.caseId, to: 'closed', date: '2025-05-20', closing: { outcome: 'moved' } });
    // It never started, so closing planned no follow-up; the coordinator plans one by hand.
    expect((await call(t.core, 'cases:get', { id: closedCase.caseId })).followUps).toEqual([]);
    await call(t.core, 'followUps:save', { caseId: closedCase.caseId, dueOn: '2025-11-20' });
    const later = await call(t.core, 'followUps:save', { caseId: closedCase.caseId, dueOn: '2026-12-05' });

    const week = await call(t.core, 'week:overview', { today: TODAY });
    expect([week.from, week.to, week.quietDays]).toEqual(['2026-11-23', '2026-11-29', 30]);
    expect(week.meetings.rows.map((m) => [m.menteeCode, m.date, m.type])).toEqual([
      [lively.code, '2026-11-25', 'mentor-mentee'],
      [lively.code, '2026-11-29', 'three-party'],
    ]);
    expect(week.quiet.rows.map((q) => [q.menteeCode, q.lastMeeting, q.days])).toEqual([
      [never.code, null, 165],
      [quiet.code, '2026-10-01', 57],
    ]);
    expect(week.followUps.rows.map((f) => [f.menteeCode, f.dueOn, f.overdue])).toEqual([[closedCase.code, '2025-11-20', true]]);
    expect(week.followUps.rows.some((f) => f.followUpId === later.id)).toBe(false);
    expect(week.waiting.rows.map((w) => [w.menteeCode, w.status, w.waitingDays])).toEqual([
      [longWait.code, 'waiting', 270],
      [justReferred.code, 'referred', 7],
    ]);

    // The quiet threshold is a setting.
    await call(t.core, 'mentoring:saveSettings', { quietDays: 21 });
    const stricter = await call(t.core, 'week:overview', { today: TODAY });
    expect(stricter.quiet.rows.map((q) => q.menteeCode)).toEqual([never.code, quiet.code, borderline.code]);
  });

  it('counts a rematch wait from the return to the waiting list', async () => {
    const mentorId = await activeMentor();
    const c = await course(
      'Rematched',
      '2026-01-05',
      [
        { to: 'intake', date: '2026-01-10' },
        { to: 'waiting', date: '2026-01-10' },
        { to: 'matched', date: '2026-02-01' },
      ],
      mentorId,
    );
    await call(t.core, 'cases:transition', { id: c.caseId, to: 'waiting', date: '2026-11-17', reason: 'Mentor moved' });
    const week = await call(t.core, 'week:overview', { today: TODAY });
    expect(week.waiting.rows.find((w) => w.caseId === c.caseId)?.waitingDays).toBe(10);
    const suggestion = await call(t.core, 'matching:suggest', { menteeId: c.menteeId, limit: 50 });
    expect(suggestion.suggestions.find((s) => s.mentorId === mentorId)?.previousMentor).toBe(true);
  });
});

describe('quiet after a pause', () => {
  it('counts from the resume day when that is later than the last meeting', async () => {
    const mentorId = await activeMentor();
    const c = await course(
      'Resumed',
      '2026-05-01',
      [
        { to: 'intake', date: '2026-05-02' },
        { to: 'waiting', date: '2026-05-02' },
        { to: 'matched', date: '2026-05-10' },
        { to: 'active', date: '2026-05-15' },
      ],
      mentorId,
    );
    await call(t.core, 'meetings:save', { caseId: c.caseId, date: '2026-08-01' });
    await call(t.core, 'cases:transition', { id: c.caseId, to: 'paused', date: '2026-08-15', reason: 'Summer' });
    await call(t.core, 'cases:transition', { id: c.caseId, to: 'active', date: '2026-11-20' });
    const quiet = (await call(t.core, 'week:overview', { today: TODAY })).quiet.rows;
    expect(quiet.some((q) => q.caseId === c.caseId)).toBe(false);
    const later = (await call(t.core, 'week:overview', { today: '2026-12-21' })).quiet.rows.find((q) => q.caseId === c.caseId);
    expect(later).toMatchObject({ lastMeeting: '2026-08-01', days: 31 });
  });

  it('leaves courses referred after a past day off the waiting list of that day', async () => {
    const w = await course('Referred in May', '2026-05-01', [{ to: 'intake', date: '2026-05-02' }]);
    expect((await call(t.core, 'week:overview', { today: TODAY })).waiting.rows.some((x) => x.caseId === w.caseId)).toBe(true);
    expect((await call(t.core, 'week:overview', { today: '2026-04-01' })).waiting.rows.some((x) => x.caseId === w.caseId)).toBe(false);
  });
});

describe('the course list', () => {
  it('counts meetings held so far, not planned ones', async () => {
    const mentorId = await activeMentor();
    const c = await course(
      'Planned ahead',
      '2026-05-01',
      [
        { to: 'intake', date: '2026-05-02' },
        { to: 'waiting', date: '2026-05-02' },
        { to: 'matched', date: '2026-05-10' },
        { to: 'active', date: '2026-05-15' },
      ],
      mentorId,
    );
    await call(t.core, 'meetings:save', { caseId: c.caseId, date: '2026-06-01' });
    await call(t.core, 'meetings:save', { caseId: c.caseId, date: '2099-01-01' });
    const row = (await call(t.core, 'cases:list', {})).find((r) => r.id === c.caseId);
    expect(row).toMatchObject({ lastMeeting: '2026-06-01', meetings: 1 });
  });
});

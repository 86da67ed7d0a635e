import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../../electron/core/mentoring/rows';
import { call, callFails, cleanupTempDirs, createRegister, newCore, type TestCore } from '../core/helpers';

// "Show more" on the week page, through the contract: the overview's first rows and cursor, the
// pages after it, bad input refused; and the quiet list on the kept day (the real today, read
// from the kept last meetings) against the days around it (corrected for the meetings between).

let t: TestCore;
const today = localToday();

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('week:section', () => {
  it('pages a section after the cursor core gave, to its end, in the overview’s order', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const mentee = await call(t.core, 'mentees:save', { name: `Venter ${i}` });
      // Two on each day, so the tiebreak (the course id) is paged too.
      await call(t.core, 'cases:open', { menteeId: mentee.id, referral: { date: addDays(today, -10 + Math.floor(i / 2)) } });
      codes.push(mentee.code);
    }
    const week = await call(t.core, 'week:overview', {});
    expect(week.today).toBe(today);
    expect(week.waiting.total).toBe(7);
    expect(week.waiting.next).toBeNull();
    expect(week.waiting.rows.map((r) => r.menteeCode)).toEqual(codes);

    const pages: string[][] = [];
    let after: { key: string; id: number } | undefined;
    do {
      const page = await call(t.core, 'week:section', { today: week.today, section: 'waiting', after, limit: 3 });
      expect(page.section).toBe('waiting');
      expect(page.total).toBe(7);
      pages.push(page.rows.map((r) => r.menteeCode));
      after = page.next ?? undefined;
    } while (after);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(codes);
  });

  it('refuses a section, cursor or page size it does not know, with INVALID_INPUT', async () => {
    const bad = [
      { today, section: 'everything' },
      { today, section: 'waiting', limit: 0 },
      { today, section: 'waiting', limit: 501 },
      { today, section: 'waiting', after: { key: 'yesterday', id: 1 } },
      { today, section: 'waiting', after: { key: today, id: -1 } },
      { section: 'waiting' },
    ];
    for (const input of bad) expect((await callFails(t.core, 'week:section', input)).code, JSON.stringify(input)).toBe('INVALID_INPUT');
  });
});

describe('the quiet list on the kept day and around it', () => {
  it('reads the kept last meetings today, and counts a planned meeting as held on the days after it', async () => {
    const mentor = await call(t.core, 'mentors:save', { name: 'Mentor', capacity: 10 });
    await call(t.core, 'mentors:setStatus', { id: mentor.id, status: 'trained' });
    await call(t.core, 'mentors:setStatus', { id: mentor.id, status: 'active' });
    const mentee = await call(t.core, 'mentees:save', { name: 'Stille' });
    const start = addDays(today, -100);
    const c = await call(t.core, 'cases:open', { menteeId: mentee.id, referral: { date: start } });
    for (const to of ['intake', 'waiting', 'matched'] as const)
      await call(t.core, 'cases:transition', { id: c.id, to, date: start, ...(to === 'matched' ? { mentorId: mentor.id } : {}) });
    await call(t.core, 'cases:saveAgreement', { caseId: c.id, agreement: { date: start } });
    await call(t.core, 'cases:transition', { id: c.id, to: 'active', date: start });
    await call(t.core, 'meetings:save', { caseId: c.id, date: addDays(today, -40) });
    await call(t.core, 'meetings:save', { caseId: c.id, date: addDays(today, 3) }); // planned

    const quietOn = async (day: string) =>
      (await call(t.core, 'week:overview', { today: day })).quiet.rows.find((q) => q.caseId === c.id) ?? null;
    // Today is the kept day (the course list and the week keep it): 40 days since the last meeting.
    expect(await quietOn(today)).toMatchObject({ lastMeeting: addDays(today, -40), days: 40 });
    expect((await call(t.core, 'week:overview', {})).quiet.rows.find((q) => q.caseId === c.id)).toMatchObject({ days: 40 });
    // The day before, one day less; two days on, two more.
    expect(await quietOn(addDays(today, -1))).toMatchObject({ lastMeeting: addDays(today, -40), days: 39 });
    expect(await quietOn(addDays(today, 2))).toMatchObject({ days: 42 });
    // From the planned day on, that meeting is held: no longer quiet, and 30 days later quiet again.
    expect(await quietOn(addDays(today, 3))).toBeNull();
    expect(await quietOn(addDays(today, 33))).toMatchObject({ lastMeeting: addDays(today, 3), days: 30 });
    // Asking for other days did not move the kept day: today still reads 40 days.
    expect(await quietOn(today)).toMatchObject({ days: 40 });
  });
});

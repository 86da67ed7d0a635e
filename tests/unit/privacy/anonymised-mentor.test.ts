import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { da } from '../../../shared/i18n/da';
import { mentorName } from '../../../renderer/src/features/erasure/mentor-name';
import { call, cleanupTempDirs, createRegister, newCore, type TestCore } from '../core/helpers';

// An anonymised mentor (erasure) keeps their courses but has no name left: core flags them on
// every row that names a course's mentor, and the screens print a translated "Anonymised mentor".

let t: TestCore;

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('an anonymised mentor on course rows', () => {
  it('is flagged on the list, the course page, its history and timeline, the mentee page and the week', async () => {
    const mentor = await call(t.core, 'mentors:save', { name: 'Birgitte Holm', capacity: 2 });
    await call(t.core, 'mentors:setStatus', { id: mentor.id, status: 'trained' });
    await call(t.core, 'mentors:setStatus', { id: mentor.id, status: 'active' });
    const other = await call(t.core, 'mentors:save', { name: 'Karim Nasser', capacity: 2 });
    await call(t.core, 'mentors:setStatus', { id: other.id, status: 'trained' });
    await call(t.core, 'mentors:setStatus', { id: other.id, status: 'active' });

    const mentee = await call(t.core, 'mentees:save', { name: 'Amina Yusuf', goals: ['job'] });
    const course = await call(t.core, 'cases:open', { menteeId: mentee.id, referral: { date: '2026-11-02' } });
    await call(t.core, 'cases:transition', { id: course.id, to: 'intake', date: '2026-11-02' });
    await call(t.core, 'cases:transition', { id: course.id, to: 'waiting', date: '2026-11-02' });
    await call(t.core, 'cases:transition', { id: course.id, to: 'matched', mentorId: mentor.id, date: '2026-11-03' });
    await call(t.core, 'meetings:save', { caseId: course.id, date: '2026-11-25' });

    // A second course with the other mentor stays as it was.
    const mentee2 = await call(t.core, 'mentees:save', { name: 'Sami Laine', goals: ['job'] });
    const course2 = await call(t.core, 'cases:open', { menteeId: mentee2.id, referral: { date: '2026-11-02' } });
    await call(t.core, 'cases:transition', { id: course2.id, to: 'intake', date: '2026-11-02' });
    await call(t.core, 'cases:transition', { id: course2.id, to: 'waiting', date: '2026-11-02' });
    await call(t.core, 'cases:transition', { id: course2.id, to: 'matched', mentorId: other.id, date: '2026-11-03' });

    const before = await call(t.core, 'cases:list', { includeClosed: true });
    expect(before.find((r) => r.id === course.id)).toMatchObject({ mentorName: 'Birgitte Holm', mentorAnonymised: false });

    const request = { subject: { kind: 'mentor' as const, id: mentor.id }, mode: 'anonymise' as const };
    await call(t.core, 'erasure:apply', { ...request, fingerprint: (await call(t.core, 'erasure:preview', request)).fingerprint });

    const list = await call(t.core, 'cases:list', { includeClosed: true });
    expect(list.find((r) => r.id === course.id)).toMatchObject({ mentorId: mentor.id, mentorName: '', mentorAnonymised: true });
    expect(list.find((r) => r.id === course2.id)).toMatchObject({ mentorName: 'Karim Nasser', mentorAnonymised: false });

    const page = await call(t.core, 'cases:get', { id: course.id });
    expect(page.mentor).toEqual({ id: mentor.id, name: '', anonymised: true });
    expect(page.mentorHistory).toEqual([expect.objectContaining({ mentorId: mentor.id, mentorName: '', mentorAnonymised: true })]);
    const matched = page.timeline.find((i) => i.kind === 'status' && i.to === 'matched');
    expect(matched).toMatchObject({ mentorName: '', mentorAnonymised: true });
    // Status changes without a mentor are not flagged.
    expect(
      page.timeline.filter((i) => i.kind === 'status' && i.to !== 'matched').every((i) => i.kind === 'status' && !i.mentorAnonymised),
    ).toBe(true);
    expect((await call(t.core, 'cases:get', { id: course2.id })).mentor).toEqual({ id: other.id, name: 'Karim Nasser', anonymised: false });

    expect((await call(t.core, 'mentees:get', { id: mentee.id })).cases).toEqual([
      expect.objectContaining({ id: course.id, mentorName: '', mentorAnonymised: true }),
    ]);

    const week = await call(t.core, 'week:overview', { today: '2026-11-27' });
    expect(week.meetings.rows).toEqual([expect.objectContaining({ caseId: course.id, mentorName: '', mentorAnonymised: true })]);
  }, 30_000);
});

describe('mentorName (renderer)', () => {
  const translate = (catalog: typeof en) => (key: 'erasure.anonymisedMentor') => {
    expect(key).toBe('erasure.anonymisedMentor');
    return catalog.erasure.anonymisedMentor;
  };
  it('says "Anonymised mentor" in the user’s language, keeps a real name, and keeps null for no mentor', () => {
    expect(mentorName(translate(en), '', true)).toBe('Anonymised mentor');
    expect(mentorName(translate(da as typeof en), '', true)).toBe('Anonymiseret mentor');
    expect(mentorName(translate(en), 'Birgitte Holm', false)).toBe('Birgitte Holm');
    expect(mentorName(translate(en), null, false)).toBeNull();
  });
});

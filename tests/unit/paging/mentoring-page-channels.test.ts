import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callFails, cleanupTempDirs, createRegister, newCore, type TestCore } from '../core/helpers';

// The mentoring page channels through the real dispatcher: anonymised people and what the
// whole lists leave out stay out, names are found only when shown, a column a list does not
// have is refused with INVALID_INPUT and the register is unchanged.

let t: TestCore;
const menteeIds: number[] = [];
let courseId = 0;
beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
  const mentor = await call(t.core, 'mentors:save', { name: 'Birgitte Holm', municipality: 'Kolding', capacity: 2 });
  await call(t.core, 'mentors:setStatus', { id: mentor.id, status: 'trained' });
  await call(t.core, 'mentors:setStatus', { id: mentor.id, status: 'active' });
  const ended = await call(t.core, 'mentors:save', { name: 'Erik Endt', municipality: 'Vejle' });
  await call(t.core, 'mentors:setStatus', { id: ended.id, status: 'ended' });
  for (const name of ['Amina Yusuf', 'Bashir Rahimi', 'Carla Mendes'])
    menteeIds.push((await call(t.core, 'mentees:save', { name, municipality: 'Kolding' })).id);
  const opened = await call(t.core, 'cases:open', {
    menteeId: menteeIds[0] as number,
    referral: { organisationId: null, contactId: null, date: '2026-01-05', reason: 'Job' },
  });
  courseId = opened.id;
  await call(t.core, 'cases:transition', { id: opened.id, to: 'intake', date: '2026-01-12' });
  await call(t.core, 'cases:transition', { id: opened.id, to: 'waiting', date: '2026-01-12' });
  await call(t.core, 'cases:transition', { id: opened.id, to: 'matched', mentorId: mentor.id, date: '2026-01-20' });
  const second = await call(t.core, 'cases:open', {
    menteeId: menteeIds[1] as number,
    referral: { organisationId: null, contactId: null, date: '2026-02-01', reason: 'Job' },
  });
  await call(t.core, 'cases:transition', { id: second.id, to: 'closed', closing: { outcome: 'moved' }, date: '2026-02-03' });
  // Carla is anonymised: what is left is statistics, in no list.
  const subject = { subject: { kind: 'mentee' as const, id: menteeIds[2] as number }, mode: 'anonymise' as const };
  const plan = await call(t.core, 'erasure:preview', subject);
  await call(t.core, 'erasure:apply', { ...subject, fingerprint: plan.fingerprint });
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('mentees:page, mentors:page, cases:page', () => {
  it('gives the rows the whole lists give, and no anonymised person', async () => {
    const mentees = await call(t.core, 'mentees:page', { limit: 500 });
    expect(mentees.rows).toEqual(await call(t.core, 'mentees:list', {}));
    expect(mentees.total).toBe(2);
    expect(mentees.rows.map((r) => r.id)).not.toContain(menteeIds[2]);
    expect(mentees.rows.find((r) => r.id === menteeIds[0])).toMatchObject({ caseStatus: 'matched', caseId: courseId });

    const mentors = await call(t.core, 'mentors:page', {});
    expect(mentors.rows).toEqual(await call(t.core, 'mentors:list', { includeEnded: false }));
    expect(mentors.rows.map((r) => [r.name, r.load])).toEqual([['Birgitte Holm', 1]]);
    const withEnded = await call(t.core, 'mentors:page', { includeArchived: true });
    expect(withEnded.rows.map((r) => r.name)).toEqual(['Birgitte Holm', 'Erik Endt']);

    const open = await call(t.core, 'cases:page', {});
    expect(open.rows).toEqual(await call(t.core, 'cases:list', { includeClosed: false }));
    const all = await call(t.core, 'cases:page', { includeArchived: true, sort: [{ colId: 'referredOn', sort: 'asc' }] });
    expect(all.rows.map((r) => r.status)).toEqual(['matched', 'closed']);
    const closed = await call(t.core, 'cases:page', { includeArchived: true, status: 'closed' });
    expect(closed.rows.map((r) => r.outcome)).toEqual(['moved']);
    expect(await call(t.core, 'cases:statusCounts', {})).toEqual({
      referred: 0,
      intake: 0,
      waiting: 0,
      matched: 1,
      active: 0,
      paused: 0,
      closed: 1,
    });
  });

  it('finds mentees and their courses by name only while names are shown', async () => {
    expect((await call(t.core, 'mentees:page', { quick: 'amina' })).rows).toEqual([]);
    expect((await call(t.core, 'mentees:page', { quick: 'amina', showNames: true })).rows.map((r) => r.name)).toEqual(['Amina Yusuf']);
    const code = (await call(t.core, 'mentees:get', { id: menteeIds[0] as number })).code;
    expect((await call(t.core, 'mentees:page', { quick: code })).rows.map((r) => r.id)).toEqual([menteeIds[0]]);
    expect((await call(t.core, 'cases:page', { quick: 'amina' })).rows).toEqual([]);
    expect((await call(t.core, 'cases:page', { quick: 'amina', showNames: true })).rows.map((r) => r.id)).toEqual([courseId]);
    // The mentor's name is on screen either way, so a course is found by it.
    expect((await call(t.core, 'cases:page', { quick: 'birgitte' })).rows.map((r) => r.id)).toEqual([courseId]);
    expect((await call(t.core, 'cases:page', { quick: `${code} holm` })).rows.map((r) => r.id)).toEqual([courseId]);
    const filtered = await call(t.core, 'cases:page', { filter: { mentor: { filterType: 'text', type: 'contains', filter: 'holm' } } });
    expect(filtered.rows.map((r) => r.id)).toEqual([courseId]);
  });

  it('refuses columns a list does not have, or hides, with INVALID_INPUT, changing nothing', async () => {
    const before = await call(t.core, 'audit:recent', { limit: 50 });
    const refused: [string, unknown][] = [
      ['mentees:page', { sort: [{ colId: 'name', sort: 'asc' }] }],
      ['mentees:page', { filter: { name: { filterType: 'text', type: 'contains', filter: 'amina' } } }],
      ['mentees:page', { sort: [{ colId: 'industries', sort: 'asc' }], showNames: true }],
      ['mentees:page', { sort: [{ colId: 'email', sort: 'asc' }], showNames: true }],
      ['mentees:page', { filter: { birthYear: { filterType: 'text', type: 'contains', filter: '19' } } }],
      ['mentors:page', { sort: [{ colId: 'notes', sort: 'asc' }] }],
      ['mentors:page', { filter: { trainings: { filterType: 'number', type: 'inRange', filter: 1 } } }],
      ['mentors:page', { filter: { 'name) OR 1=1 --': { filterType: 'text', type: 'contains', filter: 'a' } } }],
      ['cases:page', { sort: [{ colId: 'outcome', sort: 'asc' }] }],
      ['cases:page', { sort: [{ colId: '__proto__', sort: 'asc' }] }],
      ['cases:page', { filter: { coordinator: { filterType: 'text', type: 'contains', filter: 'ida' } } }],
      ['cases:page', { status: 'finished' }],
      ['cases:page', { cursor: { after: ['a'] } }],
      ['cases:statusCounts', { includeClosed: true }],
    ];
    for (const [channel, input] of refused)
      expect([channel, (await callFails(t.core, channel, input)).code]).toEqual([channel, 'INVALID_INPUT']);
    expect(await call(t.core, 'audit:recent', { limit: 50 })).toEqual(before);
  });

  it('counts again after a change', async () => {
    expect((await call(t.core, 'mentors:page', { quick: 'kolding' })).total).toBe(1);
    const saved = await call(t.core, 'mentors:save', { name: 'Dorte Dahl', municipality: 'Kolding' });
    expect((await call(t.core, 'mentors:page', { quick: 'kolding' })).total).toBe(2);
    await call(t.core, 'mentors:delete', { id: saved.id });
    expect((await call(t.core, 'mentors:page', { quick: 'kolding' })).total).toBe(1);
  });
});

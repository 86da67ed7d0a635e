import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callFails, cleanupTempDirs, createRegister, newCore, type TestCore } from '../core/helpers';

// A whole mentoring course through the real dispatcher on an encrypted register: refer, intake,
// match, start agreement, meetings, pause, resume, rematch, close, follow-up.

let t: TestCore;

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

async function activeMentor(name: string, extra: Record<string, unknown> = {}) {
  const m = await call(t.core, 'mentors:save', { name, capacity: 1, ...extra });
  await call(t.core, 'mentors:setStatus', { id: m.id, status: 'trained' });
  return call(t.core, 'mentors:setStatus', { id: m.id, status: 'active' });
}

describe('a mentoring course', () => {
  it('runs from referral to follow-up, refusing steps out of order', async () => {
    const jc = await call(t.core, 'organisations:save', { name: 'Jobcenter Kolding', sector: 'job-centre' });
    const cw = await call(t.core, 'contacts:save', { name: 'Lone Berg', memberships: [{ organisationId: jc.id }] });
    const mentee = await call(t.core, 'mentees:save', { name: 'Amina Yusuf', industries: ['health'], goals: ['job'] });
    expect(mentee.code).toMatch(/^MT-[0-9A-HJKMNP-TV-Z]{5}$/);

    const opened = await call(t.core, 'cases:open', {
      menteeId: mentee.id,
      referral: { organisationId: jc.id, contactId: cw.id, date: '2026-01-05', reason: 'Nurse from Syria, wants to work' },
    });
    expect(opened.status).toBe('referred');
    expect(opened.referral).toMatchObject({ organisationName: 'Jobcenter Kolding', contactName: 'Lone Berg' });
    expect(opened.allowedTransitions).toEqual(['intake', 'closed']);

    const refused = await callFails(t.core, 'cases:transition', { id: opened.id, to: 'active' });
    expect(refused.code).toBe('CASE_TRANSITION_NOT_ALLOWED');

    await call(t.core, 'cases:transition', { id: opened.id, to: 'intake', date: '2026-01-12' });
    await call(t.core, 'cases:transition', { id: opened.id, to: 'waiting', date: '2026-01-12' });

    const busy = await call(t.core, 'mentors:save', { name: 'Applicant Only' });
    expect((await callFails(t.core, 'cases:transition', { id: opened.id, to: 'matched', mentorId: busy.id })).code).toBe(
      'MENTOR_NOT_AVAILABLE',
    );

    const birgitte = await activeMentor('Birgitte Holm', { industries: ['health'] });
    const matched = await call(t.core, 'cases:transition', { id: opened.id, to: 'matched', mentorId: birgitte.id, date: '2026-01-20' });
    expect(matched.mentor?.name).toBe('Birgitte Holm');
    expect(matched.allowedTransitions).not.toContain('active');
    expect((await call(t.core, 'mentors:get', { id: birgitte.id })).load).toBe(1);

    expect((await callFails(t.core, 'cases:transition', { id: opened.id, to: 'active' })).code).toBe('START_AGREEMENT_MISSING');
    const agreed = await call(t.core, 'cases:saveAgreement', {
      caseId: opened.id,
      agreement: {
        date: '2026-01-27',
        participants: 'Lone, Ida, Amina, Birgitte',
        feedbackFrequency: 'quarterly',
        feedbackMayContain: ['attendance'],
      },
    });
    expect(agreed.allowedTransitions).toContain('active');
    await call(t.core, 'cases:transition', { id: opened.id, to: 'active', date: '2026-01-27' });

    await call(t.core, 'meetings:save', {
      caseId: opened.id,
      date: '2026-02-10',
      type: 'mentor-mentee',
      durationMinutes: 90,
      topics: ['CV'],
    });
    await call(t.core, 'cases:transition', { id: opened.id, to: 'paused', date: '2026-03-01', reason: 'Ramadan' });
    await call(t.core, 'cases:transition', { id: opened.id, to: 'active', date: '2026-04-01' });

    // Rematch: the mentor's part ends and a new one is found.
    await call(t.core, 'cases:transition', { id: opened.id, to: 'waiting', date: '2026-04-15', reason: 'Mentor moved' });
    expect((await call(t.core, 'mentors:get', { id: birgitte.id })).load).toBe(0);
    const karim = await activeMentor('Karim Haddad');
    await call(t.core, 'cases:transition', { id: opened.id, to: 'matched', mentorId: karim.id, date: '2026-04-20' });
    await call(t.core, 'cases:transition', { id: opened.id, to: 'active', date: '2026-04-20' });

    expect((await callFails(t.core, 'cases:transition', { id: opened.id, to: 'closed', closing: { outcome: 'ended-early' } })).code).toBe(
      'CLOSING_MISSING',
    );
    const closed = await call(t.core, 'cases:transition', {
      id: opened.id,
      to: 'closed',
      date: '2026-08-31',
      closing: { outcome: 'job-part-time', evaluation: 'Got a job at a care home' },
    });
    expect(closed.status).toBe('closed');
    expect(closed.closing).toMatchObject({ outcome: 'job-part-time', date: '2026-08-31' });
    expect(closed.dates.startedOn).toBe('2026-01-27');
    expect(closed.mentorHistory.map((p) => [p.mentorName, p.from, p.to, p.endReason])).toEqual([
      ['Birgitte Holm', '2026-01-20', '2026-04-15', 'Mentor moved'],
      ['Karim Haddad', '2026-04-20', '2026-08-31', ''],
    ]);
    expect(closed.followUps.map((f) => f.dueOn)).toEqual(['2027-02-28']);
    expect(closed.allowedTransitions).toEqual([]);
    expect(closed.timeline[0]).toMatchObject({ kind: 'follow-up' });
    expect(closed.timeline.filter((i) => i.kind === 'status').map((i) => (i.kind === 'status' ? i.to : ''))).toEqual([
      'closed',
      'active',
      'matched',
      'waiting',
      'active',
      'paused',
      'active',
      'matched',
      'waiting',
      'intake',
      'referred',
    ]);

    expect((await callFails(t.core, 'meetings:save', { caseId: opened.id, date: '2026-09-10' })).code).toBe('CASE_CLOSED');
    const fu = closed.followUps[0]!;
    await call(t.core, 'followUps:save', { ...fu, doneOn: '2027-03-01', result: 'in-job' });
    expect((await callFails(t.core, 'mentees:delete', { id: mentee.id })).code).toBe('IN_USE');
    expect((await callFails(t.core, 'mentors:delete', { id: karim.id })).code).toBe('IN_USE');
    expect((await call(t.core, 'cases:list', {})).some((c) => c.id === opened.id)).toBe(false);
    expect((await call(t.core, 'cases:list', { includeClosed: true })).find((c) => c.id === opened.id)).toMatchObject({
      status: 'closed',
      mentorName: 'Karim Haddad',
      meetings: 1,
      referrerName: 'Lone Berg',
    });
  });
});

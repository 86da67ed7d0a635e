import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES, MENTOR_STATUSES, type CaseStatus, type MentorStatus } from '../../../shared/contract';
import { CASE_TRANSITIONS, MENTOR_TRANSITIONS } from '../../../shared/mentoring/lifecycle';
import { call, callFails, cleanupTempDirs, createRegister, newCore, type TestCore } from '../core/helpers';

// Every pair of statuses, for courses and for mentors, through the real core: the allowed
// moves succeed, every other one is refused with its error code and changes nothing.

let t: TestCore;
let menteeId: number;

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
  menteeId = (await call(t.core, 'mentees:save', { name: 'Test Mentee' })).id;
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

async function mentorIn(status: MentorStatus): Promise<number> {
  const { id } = await call(t.core, 'mentors:save', { name: `Mentor ${status}`, capacity: 1 });
  const path: Record<MentorStatus, MentorStatus[]> = {
    applicant: [],
    trained: ['trained'],
    active: ['trained', 'active'],
    paused: ['trained', 'active', 'paused'],
    ended: ['ended'],
  };
  for (const step of path[status]) await call(t.core, 'mentors:setStatus', { id, status: step });
  return id;
}

const CLOSING = { outcome: 'moved' as const };

/** A course walked to `status` the way a coordinator would, with the start agreement recorded. */
async function caseIn(status: CaseStatus): Promise<number> {
  const { id } = await call(t.core, 'cases:open', { menteeId, referral: { date: '2026-01-05' } });
  const path: Record<CaseStatus, CaseStatus[]> = {
    referred: [],
    intake: ['intake'],
    waiting: ['intake', 'waiting'],
    matched: ['intake', 'waiting', 'matched'],
    active: ['intake', 'waiting', 'matched', 'active'],
    paused: ['intake', 'waiting', 'matched', 'active', 'paused'],
    closed: ['closed'],
  };
  for (const to of path[status]) {
    if (to === 'active') await call(t.core, 'cases:saveAgreement', { caseId: id, agreement: { date: '2026-02-01' } });
    await call(t.core, 'cases:transition', {
      id,
      to,
      date: '2026-02-01',
      ...(to === 'matched' ? { mentorId: await mentorIn('active') } : {}),
      ...(to === 'closed' ? { closing: CLOSING } : {}),
    });
  }
  return id;
}

describe('course lifecycle', () => {
  const pairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s', async (from, to) => {
    const id = await caseIn(from);
    const before = await call(t.core, 'cases:get', { id });
    expect(before.status).toBe(from);
    if (to === 'active' && from === 'matched') {
      // The agreement is what makes a matched course ready to start.
      await call(t.core, 'cases:saveAgreement', { caseId: id, agreement: { date: '2026-02-01' } });
    }
    const input = {
      id,
      to,
      date: '2026-03-01',
      ...(to === 'matched' ? { mentorId: await mentorIn('active') } : {}),
      ...(to === 'closed' ? { closing: CLOSING } : {}),
    };
    if (CASE_TRANSITIONS[from].includes(to)) {
      const after = await call(t.core, 'cases:transition', input);
      expect(after.status).toBe(to);
      expect(after.dates.statusSince).toBe('2026-03-01');
      expect(after.timeline.find((i) => i.kind === 'status')).toMatchObject({ from, to });
      // A course holds a mentor exactly while matched, active or paused (a closed one keeps its last).
      if (['matched', 'active', 'paused'].includes(to)) expect(after.mentor).not.toBeNull();
      if (['referred', 'intake', 'waiting'].includes(to)) expect(after.mentor).toBeNull();
    } else {
      expect((await callFails(t.core, 'cases:transition', input)).code).toBe('CASE_TRANSITION_NOT_ALLOWED');
      const after = await call(t.core, 'cases:get', { id });
      expect(after.status).toBe(from);
      expect(after.timeline).toEqual(before.timeline);
    }
  });

  it('refuses a mentor who is not active or has no room, and a match without a mentor', async () => {
    for (const status of ['applicant', 'trained', 'paused', 'ended'] as const) {
      const id = await caseIn('waiting');
      const refused = await callFails(t.core, 'cases:transition', { id, to: 'matched', mentorId: await mentorIn(status) });
      expect(refused.code).toBe('MENTOR_NOT_AVAILABLE');
    }
    const full = await mentorIn('active');
    const first = await caseIn('waiting');
    await call(t.core, 'cases:transition', { id: first, to: 'matched', mentorId: full });
    const second = await caseIn('waiting');
    expect((await callFails(t.core, 'cases:transition', { id: second, to: 'matched', mentorId: full })).code).toBe('MENTOR_NOT_AVAILABLE');
    expect((await callFails(t.core, 'cases:transition', { id: second, to: 'matched' })).code).toBe('INVALID_INPUT');
    expect((await callFails(t.core, 'cases:transition', { id: second, to: 'matched', mentorId: 999_999 })).code).toBe('NOT_FOUND');
    // Closing the first course frees the mentor for the second.
    await call(t.core, 'cases:transition', { id: first, to: 'closed', closing: CLOSING });
    expect((await call(t.core, 'cases:transition', { id: second, to: 'matched', mentorId: full })).mentor?.id).toBe(full);
  });

  it('offers "active" only once the start agreement is recorded', async () => {
    const id = await caseIn('matched');
    expect((await call(t.core, 'cases:get', { id })).allowedTransitions).toEqual(['waiting', 'closed']);
    expect((await callFails(t.core, 'cases:transition', { id, to: 'active' })).code).toBe('START_AGREEMENT_MISSING');
    const agreed = await call(t.core, 'cases:saveAgreement', { caseId: id, agreement: { date: '2026-02-01' } });
    expect(agreed.allowedTransitions).toEqual(['active', 'waiting', 'closed']);
  });

  it('refuses a step dated before the step the course is in', async () => {
    const id = await caseIn('intake');
    const refused = await callFails(t.core, 'cases:transition', { id, to: 'waiting', date: '2026-01-31' });
    expect(refused.code).toBe('DATE_OUT_OF_ORDER');
    expect((await call(t.core, 'cases:transition', { id, to: 'waiting', date: '2026-02-01' })).status).toBe('waiting');
  });

  it('needs a reason to close a course that ended early', async () => {
    const id = await caseIn('active');
    const closing = { outcome: 'ended-early' as const };
    expect((await callFails(t.core, 'cases:transition', { id, to: 'closed' })).code).toBe('CLOSING_MISSING');
    expect((await callFails(t.core, 'cases:transition', { id, to: 'closed', closing })).code).toBe('CLOSING_MISSING');
    const closed = await call(t.core, 'cases:transition', { id, to: 'closed', closing: { ...closing, endedReason: 'Found work herself' } });
    expect(closed.closing).toMatchObject({ outcome: 'ended-early', endedReason: 'Found work herself' });
  });

  it('refuses agreement changes and ordinary meetings on a closed course but takes follow-up meetings', async () => {
    const id = await caseIn('closed');
    expect((await callFails(t.core, 'cases:saveAgreement', { caseId: id, agreement: { date: '2026-02-01' } })).code).toBe('CASE_CLOSED');
    expect((await callFails(t.core, 'meetings:save', { caseId: id, date: '2026-04-01' })).code).toBe('CASE_CLOSED');
    const m = await call(t.core, 'meetings:save', { caseId: id, date: '2026-04-01', type: 'follow-up' });
    expect(m.id).toBeGreaterThan(0);
  });
});

describe('mentor lifecycle', () => {
  const pairs = MENTOR_STATUSES.flatMap((from) => MENTOR_STATUSES.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s', async (from, to) => {
    const id = await mentorIn(from);
    if (MENTOR_TRANSITIONS[from].includes(to)) {
      expect((await call(t.core, 'mentors:setStatus', { id, status: to })).status).toBe(to);
    } else {
      expect((await callFails(t.core, 'mentors:setStatus', { id, status: to })).code).toBe('MENTOR_TRANSITION_NOT_ALLOWED');
      expect((await call(t.core, 'mentors:get', { id })).status).toBe(from);
    }
  });
});

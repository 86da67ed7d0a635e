import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastTwelveMonths, median } from '../../../electron/core/reports/dashboard';
import { call, cleanupTempDirs, createRegister, callFails, newCore, type TestCore } from '../core/helpers';

// The dashboard's figures against a real register: a handful of courses dated around 2026,
// counted for the period 2026-01-01 to 2026-06-30 (statuses are today's).

const FROM = '2026-01-01';
const TO = '2026-06-30';
let t: TestCore;

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

async function activeMentor(name: string): Promise<number> {
  const { id } = await call(t.core, 'mentors:save', { name, capacity: 10 });
  await call(t.core, 'mentors:setStatus', { id, status: 'trained' });
  await call(t.core, 'mentors:setStatus', { id, status: 'active' });
  return id;
}

async function course(name: string, referredOn: string, organisationId: number | null) {
  const mentee = await call(t.core, 'mentees:save', { name });
  const c = await call(t.core, 'cases:open', { menteeId: mentee.id, referral: { date: referredOn, organisationId } });
  return c.id;
}

async function match(id: number, date: string, mentorId: number) {
  await call(t.core, 'cases:transition', { id, to: 'intake', date });
  await call(t.core, 'cases:transition', { id, to: 'waiting', date });
  await call(t.core, 'cases:transition', { id, to: 'matched', date, mentorId });
}

describe('helpers', () => {
  it('takes the median of odd and even lists, null for none', () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
  });
  it('lists the twelve months up to the end of the period, across a year', () => {
    const months = lastTwelveMonths('2026-03-31');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-04');
    expect(months[11]).toBe('2026-03');
  });
});

describe('dashboard:summary', () => {
  it('is all zeros on an empty register', async () => {
    const s = await call(t.core, 'dashboard:summary', { from: FROM, to: TO });
    expect(s.figures.newReferrals).toBe(0);
    expect(s.figures.medianDaysToMatch).toBeNull();
    expect(Object.values(s.figures.byStatus).every((n) => n === 0)).toBe(true);
    expect(s.monthly).toHaveLength(12);
    expect(s.monthly.every((m) => m.referrals === 0 && m.meetings === 0)).toBe(true);
    expect(s.referralsBySource).toEqual([]);
    expect(s.outcomes).toEqual([]);
  });

  it('counts referrals, matches, meetings, hours, mentors, closings, outcomes and sources of the period', async () => {
    const jc = await call(t.core, 'organisations:save', { name: 'Jobcenter Aarhus', sector: 'job-centre' });
    const hs = await call(t.core, 'organisations:save', { name: 'Boligsocial Gellerup', sector: 'housing-social' });
    const anna = await activeMentor('Anna');
    const bo = await activeMentor('Bo');

    // Before the period: referred 2025-12-01, matched 2026-01-11 (41 days), met twice in the period.
    const early = await course('Early', '2025-12-01', jc.id);
    await match(early, '2026-01-11', anna);
    await call(t.core, 'cases:saveAgreement', { caseId: early, agreement: { date: '2026-01-15' } });
    await call(t.core, 'cases:transition', { id: early, to: 'active', date: '2026-01-15' });
    await call(t.core, 'meetings:save', { caseId: early, date: '2026-02-01', durationMinutes: 90 });
    await call(t.core, 'meetings:save', { caseId: early, date: '2026-03-01', durationMinutes: 60 });
    await call(t.core, 'meetings:save', { caseId: early, date: '2025-12-20', durationMinutes: 600 }); // before the period
    await call(t.core, 'cases:transition', {
      id: early,
      to: 'closed',
      date: '2026-05-01',
      closing: { outcome: 'job-full-time' },
    });

    // In the period: two from the job centre, one from the housing project, one self-referred.
    const a = await course('A', '2026-02-01', jc.id);
    await match(a, '2026-02-11', bo); // 10 days
    const b = await course('B', '2026-03-01', jc.id);
    await match(b, '2026-03-21', bo); // 20 days
    await call(t.core, 'meetings:save', { caseId: b, date: '2026-04-02', durationMinutes: null }); // no duration: counted, no hours
    await course('C', '2026-04-15', hs.id);
    await course('D', '2026-06-30', null);
    // After the period: not counted in the flows, but in today's statuses.
    await course('E', '2026-07-01', hs.id);

    const s = await call(t.core, 'dashboard:summary', { from: FROM, to: TO });
    expect(s.figures.newReferrals).toBe(4);
    expect(s.figures.matched).toBe(3);
    expect(s.figures.closed).toBe(1);
    expect(s.figures.meetings).toBe(3);
    expect(s.figures.volunteerHours).toBe(2.5);
    expect(s.figures.activeMentors).toBe(2);
    expect(s.figures.medianDaysToMatch).toBe(20); // 41, 10, 20
    expect(s.figures.byStatus).toMatchObject({ referred: 3, matched: 2, closed: 1, active: 0 });
    expect(s.figures.feedbackDue).toBe(0);
    expect(s.outcomes).toEqual([{ outcome: 'job-full-time', count: 1 }]);
    expect(s.referralsBySource).toEqual([
      { organisationId: jc.id, label: 'Jobcenter Aarhus', count: 2 },
      { organisationId: null, label: '', count: 1 },
      { organisationId: hs.id, label: 'Boligsocial Gellerup', count: 1 },
    ]);

    const months = Object.fromEntries(s.monthly.map((m) => [m.month, m]));
    expect(s.monthly[0]?.month).toBe('2025-07');
    expect(months['2025-12']).toEqual({ month: '2025-12', referrals: 1, meetings: 1, closed: 0 });
    expect(months['2026-02']).toMatchObject({ referrals: 1, meetings: 1 });
    expect(months['2026-05']).toMatchObject({ closed: 1 });
    expect(months['2026-06']).toMatchObject({ referrals: 1 });
    expect(s.monthly.some((m) => m.month === '2026-07')).toBe(false);

    expect(s.previous).toBeNull();
    // With a comparison period: its flows come back beside the period's.
    const compared = await call(t.core, 'dashboard:summary', { from: FROM, to: TO, compareFrom: '2025-07-01', compareTo: '2025-12-31' });
    expect(compared.figures).toEqual(s.figures);
    expect(compared.previous).toEqual({
      from: '2025-07-01',
      to: '2025-12-31',
      newReferrals: 1,
      matched: 0,
      closed: 0,
      meetings: 1,
      volunteerHours: 10,
      activeMentors: 0,
      medianDaysToMatch: null,
    });

    // A later period sees only E's referral; the statuses do not change with the period.
    const later = await call(t.core, 'dashboard:summary', { from: '2026-07-01', to: '2026-07-31' });
    expect(later.figures.newReferrals).toBe(1);
    expect(later.figures.matched).toBe(0);
    expect(later.figures.medianDaysToMatch).toBeNull();
    expect(later.figures.byStatus).toEqual(s.figures.byStatus);
  });

  it('counts consents expiring within the reminder days (Privacy › Consents due)', async () => {
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    for (const expiresOn of [soon, later]) {
      const mentee = await call(t.core, 'mentees:save', { name: `Consent ${expiresOn}` });
      await call(t.core, 'consents:save', {
        person: { kind: 'mentee', id: mentee.id },
        purpose: 'statistics',
        givenOn: '2026-01-02',
        method: 'signed',
        expiresOn,
      });
    }
    const s = await call(t.core, 'dashboard:summary', { from: FROM, to: TO });
    expect(s.figures.consentsExpiringSoon).toBe(1);
    expect(s.figures.consentsUncovered).toBe(0);
  });

  it('refuses a period that ends before it starts, and bad dates', async () => {
    const e = await callFails(t.core, 'dashboard:summary', { from: '2026-06-30', to: '2026-01-01' });
    expect(e.code).toBe('DATE_OUT_OF_ORDER');
    const compare = { from: '2026-01-01', to: '2026-03-31', compareFrom: '2025-12-31', compareTo: '2025-10-01' };
    expect((await callFails(t.core, 'dashboard:summary', compare)).code).toBe('DATE_OUT_OF_ORDER');
    for (const bad of [
      { from: '2026-01-01', to: '2026-13-01' },
      { from: '2026-02-30', to: '2026-03-31' },
      { from: '1.1.2026', to: '2026-03-31' },
      { from: '2026-01-01', to: '2026-03-31', compareFrom: '2025-01-01' },
      { from: '2026-01-01', to: '2026-03-31', compareFrom: '2025-01-01', compareTo: '2025-02-30' },
    ]) {
      expect((await callFails(t.core, 'dashboard:summary', bad)).code).toBe('INVALID_INPUT');
    }
  });
});

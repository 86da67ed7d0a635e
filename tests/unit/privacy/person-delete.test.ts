import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cleanupTempDirs, createRegister, newCore, type TestCore } from '../core/helpers';

// Deleting a person (a mentee or mentor without courses) takes their consents, corrections and
// queue entry with them. SQLite may give the next new person the same id: that person must not
// inherit anything, least of all a consent to share their data.

let t: TestCore;
let orgId: number;

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
  orgId = (await call(t.core, 'organisations:save', { name: 'Jobcenter Odense', sector: 'job-centre', country: 'DK' })).id;
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('deleting a person', () => {
  it('leaves no consent or correction for a new mentee who gets the same id', async () => {
    const first = await call(t.core, 'mentees:save', { name: 'Leyla Ahmadi' });
    await call(t.core, 'mentees:save', { id: first.id, name: 'Leyla Ahmadi Karimi' });
    await call(t.core, 'consents:save', {
      person: { kind: 'mentee', id: first.id },
      purpose: 'feedback-sharing',
      recipientOrganisationId: orgId,
      categories: ['attendance', 'goals', 'outcome'],
      givenOn: '2026-01-05',
      method: 'signed',
    });
    expect(await call(t.core, 'consents:list', { person: { kind: 'mentee', id: first.id } })).toHaveLength(1);
    await call(t.core, 'mentees:delete', { id: first.id });

    const second = await call(t.core, 'mentees:save', { name: 'Someone Else' });
    expect(second.id).toBe(first.id); // the id really is reused, so the check below means something
    const person = { kind: 'mentee' as const, id: second.id };
    expect(await call(t.core, 'consents:list', { person })).toEqual([]);
    expect(await call(t.core, 'rights:history', { person })).toEqual([]);
    const check = await call(t.core, 'consents:check', {
      person,
      purpose: 'feedback-sharing',
      recipientOrganisationId: orgId,
      categories: ['attendance'],
    });
    expect(check.allowed).toBe(false);
  });

  it('does the same for a mentor', async () => {
    const first = await call(t.core, 'mentors:save', { name: 'Per Olsen' });
    await call(t.core, 'consents:save', {
      person: { kind: 'mentor', id: first.id },
      purpose: 'story',
      givenOn: '2026-01-05',
      method: 'digital',
    });
    await call(t.core, 'mentors:delete', { id: first.id });
    const second = await call(t.core, 'mentors:save', { name: 'Other Mentor' });
    expect(second.id).toBe(first.id);
    expect(await call(t.core, 'consents:list', { person: { kind: 'mentor', id: second.id } })).toEqual([]);
  });
});

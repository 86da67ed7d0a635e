import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAboutCurrentRecord } from '../../../electron/core/audit/audit-query';
import { call, cleanupTempDirs, createRegister, newCore, type TestCore } from '../core/helpers';

// SQLite gives a new row the id of the newest deleted one: the audit viewer must not link the
// entries of a deleted mentee #n (or course #n) to the new, different mentee #n.

let t: TestCore;

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('audit entries of a deleted record whose id was reused', () => {
  it('link only the new record’s entries; the old ones say deleted and show no code', async () => {
    const first = await call(t.core, 'mentees:save', { name: 'Amina Yusuf', goals: ['job'] });
    await call(t.core, 'mentees:get', { id: first.id, purpose: 'view' });
    await call(t.core, 'mentees:delete', { id: first.id });
    const second = await call(t.core, 'mentees:save', { name: 'Sami Laine', goals: ['job'] });
    expect(second.id).toBe(first.id); // the reuse this guards against
    expect(second.code).not.toBe(first.code);
    await call(t.core, 'mentees:get', { id: second.id, purpose: 'view' });

    const rows = (await call(t.core, 'audit:list', { filter: { entity: 'mentee', entityId: String(second.id) } })).rows;
    expect(rows.map((r) => [r.action, r.entityExists, r.entityLabel])).toEqual([
      ['mentee.viewed', true, second.code],
      ['mentee.created', true, second.code],
      ['mentee.deleted', false, null],
      ['mentee.viewed', false, null],
      ['mentee.created', false, null],
    ]);
  });

  it('works the same for courses (created by "case.opened")', async () => {
    const mentee = await call(t.core, 'mentees:save', { name: 'Lina Berg', goals: ['job'] });
    const old = await call(t.core, 'cases:open', { menteeId: mentee.id, referral: { date: '2026-11-02' } });
    await call(t.core, 'cases:delete', { id: old.id });
    const reopened = await call(t.core, 'cases:open', { menteeId: mentee.id, referral: { date: '2026-11-20' } });
    expect(reopened.id).toBe(old.id);
    const rows = (await call(t.core, 'audit:list', { filter: { entity: 'case', entityId: String(old.id) } })).rows;
    expect(rows.map((r) => [r.action, r.entityExists])).toEqual([
      ['case.opened', true],
      ['case.deleted', false],
      ['case.opened', false],
    ]);
  });
});

describe('isAboutCurrentRecord', () => {
  it('needs the entry to be no older than the latest creation and newer than every deletion of the id', () => {
    expect(isAboutCurrentRecord(5, { created: 5, deleted: null })).toBe(true);
    expect(isAboutCurrentRecord(4, { created: 5, deleted: null })).toBe(false);
    expect(isAboutCurrentRecord(9, { created: 5, deleted: 3 })).toBe(true);
    // Deleted, then the id came back without a creation entry (an import): nothing before it links.
    expect(isAboutCurrentRecord(3, { created: 1, deleted: 3 })).toBe(false);
    expect(isAboutCurrentRecord(2, { created: null, deleted: 3 })).toBe(false);
    expect(isAboutCurrentRecord(4, { created: null, deleted: 3 })).toBe(true);
    expect(isAboutCurrentRecord(1, { created: null, deleted: null })).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callFails, cleanupTempDirs, createRegister, newCore, type TestCore } from '../core/helpers';

// The page channels through the real dispatcher: a model naming a column the list does not
// have is refused with INVALID_INPUT (translated in the renderer) and the register is unchanged.

let t: TestCore;
beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
  const org = await call(t.core, 'organisations:save', { name: 'Jobcenter Aarhus', municipality: 'Aarhus' });
  for (const name of ['Åse Hansen', 'Bo Berg', 'Carl Dahl'])
    await call(t.core, 'contacts:save', { name, memberships: [{ organisationId: org.id }] });
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('contacts:page and organisations:page', () => {
  it('pages contacts by keyset and counts the filter on the first page', async () => {
    const first = await call(t.core, 'contacts:page', { sort: [{ colId: 'name', sort: 'desc' }], limit: 2 });
    expect(first.rows.map((r) => r.name)).toEqual(['Carl Dahl', 'Bo Berg']);
    expect(first.total).toBe(3);
    expect(first.next).not.toBeNull();
    const second = await call(t.core, 'contacts:page', { sort: [{ colId: 'name', sort: 'desc' }], limit: 2, cursor: first.next });
    expect(second.rows.map((r) => r.name)).toEqual(['Åse Hansen']);
    expect(second.next).toBeNull();
    expect(second.rows[0]?.organisations).toBe('Jobcenter Aarhus');
  });

  it('filters organisations by words through the search index', async () => {
    const page = await call(t.core, 'organisations:page', { quick: 'aarh' });
    expect(page.rows.map((r) => r.name)).toEqual(['Jobcenter Aarhus']);
    expect(page.rows[0]?.contacts).toBe(3);
  });

  it('refuses unknown columns and foreign cursors with INVALID_INPUT, changing nothing', async () => {
    const before = await call(t.core, 'audit:recent', { limit: 50 });
    for (const input of [
      { sort: [{ colId: 'notes', sort: 'asc' }] },
      { filter: { 'name; DROP TABLE contacts': { filterType: 'text', type: 'contains', filter: 'x' } } },
      { filter: { name: { filterType: 'text', type: 'startsWith', filter: 'x' } } },
      { cursor: { after: ['a', 1, 2] } },
      { sort: [{ colId: 'name', sort: 'sideways' }] },
    ]) {
      const error = await callFails(t.core, 'contacts:page', input);
      expect(error.code).toBe('INVALID_INPUT');
    }
    expect((await callFails(t.core, 'organisations:page', { sort: [{ colId: 'sector', sort: 'asc' }] })).code).toBe('INVALID_INPUT');
    expect(await call(t.core, 'audit:recent', { limit: 50 })).toEqual(before);
    expect((await call(t.core, 'contacts:page', {})).total).toBe(3);
  });

  it('counts again after a change (the kept count is for the register as it was)', async () => {
    expect((await call(t.core, 'contacts:page', { quick: 'dahl' })).total).toBe(1);
    const saved = await call(t.core, 'contacts:save', { name: 'Dorte Dahl' });
    expect((await call(t.core, 'contacts:page', { quick: 'dahl' })).total).toBe(2);
    await call(t.core, 'contacts:delete', { id: saved.id });
    expect((await call(t.core, 'contacts:page', {})).total).toBe(3);
  });

  it('keeps the last contact date right as interactions are logged, moved and deleted', async () => {
    const carl = (await call(t.core, 'contacts:page', { quick: 'carl' })).rows[0];
    if (!carl) throw new Error('Carl Dahl is missing');
    const shown = async () => (await call(t.core, 'contacts:page', { quick: 'carl' })).rows[0]?.lastContacted;
    const first = await call(t.core, 'interactions:save', { kind: 'call', date: '2026-03-01', contactIds: [carl.id] });
    const second = await call(t.core, 'interactions:save', { kind: 'meeting', date: '2026-05-01', contactIds: [carl.id] });
    expect(await shown()).toBe('2026-05-01');
    await call(t.core, 'interactions:save', { id: second.id, kind: 'meeting', date: '2026-01-01', contactIds: [carl.id] });
    expect(await shown()).toBe('2026-03-01');
    await call(t.core, 'interactions:delete', { id: first.id });
    expect(await shown()).toBe('2026-01-01');
    expect((await call(t.core, 'contacts:get', { id: carl.id })).lastContacted).toBe('2026-01-01');
    await call(t.core, 'interactions:delete', { id: second.id });
    expect(await shown()).toBeNull();
    const sorted = await call(t.core, 'contacts:page', { sort: [{ colId: 'lastContacted', sort: 'desc' }] });
    expect(sorted.rows.every((r) => r.lastContacted === null)).toBe(true);
  });
});

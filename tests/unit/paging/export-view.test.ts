import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callFails, cleanupTempDirs, createRegister, newCore, tempDir, type TestCore } from '../core/helpers';

// Export of the view a paged grid shows: core reads the rows of that sort and filter itself,
// in the grid's order, and writes only those.

let t: TestCore;
let out: string;
const NAMES = ['Åse Hansen', 'Bo Hansen', 'Carl Dahl', 'Dorte Hansen', 'Emil Berg'];

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
  out = tempDir('bindeled-export-view-');
  const org = await call(t.core, 'organisations:save', { name: 'Jobcenter Aarhus', municipality: 'Aarhus' });
  await call(t.core, 'organisations:save', { name: 'NAV Bergen', municipality: 'Bergen' });
  for (const [i, name] of NAMES.entries())
    await call(t.core, 'contacts:save', { name, role: i % 2 ? 'Leder' : 'Konsulent', memberships: [{ organisationId: org.id }] });
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

const firstColumn = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(';')[0]?.replace(/"/g, ''));

describe('export of the filtered view', () => {
  it('writes the contacts the view keeps, in its order', async () => {
    const file = path.join(out, 'hansen.csv');
    const view = {
      sort: [{ colId: 'name', sort: 'desc' as const }],
      filter: { name: { filterType: 'text' as const, type: 'contains' as const, filter: 'hansen' } },
    };
    const result = await call(t.core, 'export:contacts', { path: file, format: 'csv', view });
    expect(result.rows).toBe(3);
    expect(firstColumn(file)).toEqual(['Dorte Hansen', 'Bo Hansen', 'Åse Hansen']);
  });

  it('writes the organisations the quick search keeps', async () => {
    const file = path.join(out, 'bergen.csv');
    const result = await call(t.core, 'export:organisations', { path: file, format: 'csv', view: { quick: 'bergen' } });
    expect(result.rows).toBe(1);
    expect(firstColumn(file)).toEqual(['NAV Bergen']);
  });

  it('without a view writes the whole list, as before', async () => {
    const file = path.join(out, 'all.csv');
    expect((await call(t.core, 'export:contacts', { path: file, format: 'csv' })).rows).toBe(NAMES.length);
  });

  it('refuses a view on a column the list does not have, and writes nothing', async () => {
    const file = path.join(out, 'bad.csv');
    const error = await callFails(t.core, 'export:contacts', {
      path: file,
      format: 'csv',
      view: { sort: [{ colId: 'notes', sort: 'asc' }] },
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(() => readFileSync(file)).toThrow();
  });
});

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  callFails,
  cleanupTempDirs,
  createRegister,
  lock,
  newCore,
  OTHER_PASSPHRASE,
  tempDir,
  THIRD_PASSPHRASE,
  unlock,
  type TestCore,
} from '../core/helpers';

// audit:page and disclosures:page through the real dispatcher: who may read them (the audit log
// administrators only, as audit:list; the disclosure log every role, as rights:disclosures), the
// rows they give, and refusal of a model naming a column the list does not sort by, changing nothing.

let t: TestCore;
let dir: string;
let menteeId: number;
beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core));
  const mentee = await call(t.core, 'mentees:save', { name: 'Amina Hassan', goals: ['job'] });
  menteeId = mentee.id;
  for (let i = 0; i < 5; i++) await call(t.core, 'mentees:get', { id: mentee.id, purpose: 'view' });
  const work = tempDir('bindeled-logpages-');
  await call(t.core, 'rights:accessExport', { person: { kind: 'mentee', id: mentee.id }, language: 'en', path: path.join(work, 'a.docx') });
}, 30_000);
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('audit:page', () => {
  it('pages the log newest first by seq, filtered by an action code, with the count', async () => {
    const all = await call(t.core, 'audit:list', { limit: 500 });
    const first = await call(t.core, 'audit:page', { limit: 3 });
    expect(first.total).toBe(all.total);
    expect(first.rows.map((r) => r.id)).toEqual(all.rows.slice(0, 3).map((r) => r.seq));
    const second = await call(t.core, 'audit:page', { limit: 3, cursor: first.next });
    expect(second.rows.map((r) => r.seq)).toEqual(all.rows.slice(3, 6).map((r) => r.seq));
    const viewed = await call(t.core, 'audit:page', { where: { action: 'mentee.viewed' }, sort: [{ colId: 'seq', sort: 'asc' }] });
    expect(viewed.total).toBe(5);
    expect(viewed.rows.every((r) => r.action === 'mentee.viewed' && r.entityExists === true && r.actorName === 'Owner')).toBe(true);
    expect(viewed.rows.map((r) => r.seq)).toEqual([...viewed.rows.map((r) => r.seq)].sort((a, b) => a - b));
  });

  it('refuses unknown columns, a text search and bad filter fields with INVALID_INPUT, changing nothing', async () => {
    const before = await call(t.core, 'audit:list', { limit: 500 });
    for (const input of [
      { sort: [{ colId: 'action', sort: 'asc' }] },
      { sort: [{ colId: 'hash', sort: 'desc' }] },
      { quick: 'mentee' },
      { filter: { details: { filterType: 'text', type: 'contains', filter: 'x' } } },
      { where: { action: '' } },
      { where: { from: 'yesterday' } },
      { where: { colour: 'red' } },
      { cursor: { after: [1, 2, 3] } },
    ]) {
      const error = await callFails(t.core, 'audit:page', input);
      expect(error.code, JSON.stringify(input)).toBe('INVALID_INPUT');
    }
    expect(await call(t.core, 'audit:list', { limit: 500 })).toEqual(before);
  });
});

describe('disclosures:page', () => {
  it('pages the disclosure log newest first, filtered by person', async () => {
    const page = await call(t.core, 'disclosures:page', { where: { person: { kind: 'mentee', id: menteeId } } });
    expect(page.total).toBe(1);
    expect(page.rows[0]?.purpose).toBe('access');
    expect(page.rows).toEqual(await call(t.core, 'rights:disclosures', { person: { kind: 'mentee', id: menteeId } }));
    expect((await call(t.core, 'disclosures:page', { where: { from: '2099-01-01' } })).total).toBe(0);
  });

  it('refuses a column it cannot sort by and a text search', async () => {
    for (const input of [{ sort: [{ colId: 'purpose', sort: 'asc' }] }, { quick: 'amina' }, { where: { organisationId: -1 } }])
      expect((await callFails(t.core, 'disclosures:page', input)).code).toBe('INVALID_INPUT');
  });
});

describe('who may read the pages (as before: the audit log administrators only)', () => {
  it('refuses audit:page to a coordinator and a read-only user; both may read disclosures:page', async () => {
    await call(t.core, 'users:add', { displayName: 'Ida Holm', role: 'coordinator', passphrase: OTHER_PASSPHRASE });
    await call(t.core, 'users:add', { displayName: 'Aino Virtanen', role: 'read-only', passphrase: THIRD_PASSPHRASE });
    for (const passphrase of [OTHER_PASSPHRASE, THIRD_PASSPHRASE]) {
      await lock(t.core);
      await unlock(t.core, dir, passphrase);
      expect((await callFails(t.core, 'audit:page', {})).code).toBe('ROLE_NOT_ALLOWED');
      expect((await callFails(t.core, 'audit:list', {})).code).toBe('ROLE_NOT_ALLOWED');
      expect((await call(t.core, 'disclosures:page', {})).total).toBe(1);
    }
  });
});

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { call, callFails, cleanupTempDirs, createRegister, newCore, tempDir, type TestCore } from '../core/helpers';

// The review of possible duplicates through the dispatcher, as the screen calls it:
// contacts:duplicatePairs lists the open pairs with both people's fields, contacts:merge and
// contacts:keepBoth decide one. A pair that is decided already, was never listed, or lost a
// contact is DUPLICATE_PAIR_GONE, and nothing changes.

let t: TestCore;

beforeEach(async () => {
  t?.core.shutdown();
  t = newCore();
  await createRegister(t.core);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

/** Imports two pairs of namesakes at one organisation (Anne Holm ×2, Jens Berg ×2) and a Bo Lund. */
async function imported() {
  const file = path.join(tempDir(), 'people.csv');
  writeFileSync(
    file,
    [
      'Navn;Email;Tlf;Organisation',
      'Anne Holm;anne@rk.dk;;Røde Kors',
      'Anne Holm;a.holm@privat.dk;+45 20 30 40 50;Røde Kors',
      'Jens Berg;jens@rk.dk;;Røde Kors',
      'Jens Berg;jb@mail.dk;;Røde Kors',
      'Bo Lund;bo@x.dk;;Mødrehjælpen',
      '',
    ].join('\n'),
  );
  const p = await call(t.core, 'import:preview', { path: file, target: 'contacts' });
  const s = await call(t.core, 'import:run', { path: file, target: 'contacts', mapping: p.mapping, operationId: 'r' });
  expect(s.possibleDuplicates).toHaveLength(2);
  return call(t.core, 'contacts:duplicatePairs', {});
}

/** Everything a refused decision must leave as it was: the people, the open pairs, the audit log. */
async function state() {
  const contacts = await call(t.core, 'contacts:list', { includeArchived: true });
  const pairs = await call(t.core, 'contacts:duplicatePairs', {});
  const audit = await call(t.core, 'audit:recent', { limit: 200 });
  return { contacts, pairs, audit: audit.length };
}

describe('contacts:duplicatePairs', () => {
  it('lists each open pair with both people’s shown fields, the older contact on the left', async () => {
    const pairs = await imported();
    expect(pairs).toHaveLength(2);
    const anne = pairs.find((p) => p.left.name === 'Anne Holm');
    expect(anne?.left).toMatchObject({ email: 'anne@rk.dk', phone: '', organisations: 'Røde Kors', memberships: 1, interactions: 0 });
    expect(anne?.right).toMatchObject({ email: 'a.holm@privat.dk', organisations: 'Røde Kors', memberships: 1 });
    expect(anne?.right.phone).not.toBe('');
    expect(anne!.left.id).toBeLessThan(anne!.right.id);
    expect(anne?.left.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(pairs.some((p) => p.left.name === 'Bo Lund' || p.right.name === 'Bo Lund')).toBe(false);
  });

  it('is empty in a register without possible duplicates', async () => {
    expect(await call(t.core, 'contacts:duplicatePairs', {})).toEqual([]);
  });
});

describe('contacts:merge', () => {
  it('merges into the chosen contact: the other is gone, its history moves, the pair leaves the list, and it is audited', async () => {
    const pairs = await imported();
    const anne = pairs.find((p) => p.left.name === 'Anne Holm')!;
    await call(t.core, 'interactions:save', { kind: 'call', date: '2026-11-20', summary: 'x', contactIds: [anne.left.id] });
    const before = (await call(t.core, 'contacts:list', { includeArchived: true })).length;

    await call(t.core, 'contacts:merge', { keepId: anne.right.id, otherId: anne.left.id });

    const after = await call(t.core, 'contacts:list', { includeArchived: true });
    expect(after).toHaveLength(before - 1);
    expect(after.some((c) => c.id === anne.left.id)).toBe(false);
    const kept = await call(t.core, 'contacts:get', { id: anne.right.id });
    expect(kept.email).toBe('a.holm@privat.dk');
    expect(kept.interactions).toHaveLength(1);
    // The list's last-contacted date follows the interaction that moved over.
    expect(after.find((c) => c.id === anne.right.id)?.lastContacted).toBe('2026-11-20');
    const left = await call(t.core, 'contacts:duplicatePairs', {});
    expect(left.map((p) => p.left.name)).toEqual(['Jens Berg']);
    const audit = await call(t.core, 'audit:list', { filter: { action: 'contact.merged' } });
    expect(audit.rows.map((a) => [a.entityId, a.details])).toEqual([[String(anne.right.id), { absorbed: anne.left.id }]]);
    expect((await callFails(t.core, 'contacts:get', { id: anne.left.id })).code).toBe('NOT_FOUND');
  });

  it('refuses a pair already merged, already kept, or never listed, and changes nothing', async () => {
    const pairs = await imported();
    const [first, second] = pairs as [(typeof pairs)[number], (typeof pairs)[number]];
    await call(t.core, 'contacts:merge', { keepId: first.left.id, otherId: first.right.id });
    await call(t.core, 'contacts:keepBoth', { id: second.right.id, otherId: second.left.id });
    const before = await state();
    expect(before.pairs).toEqual([]);

    // Merged already: the other contact no longer exists, either way round.
    expect((await callFails(t.core, 'contacts:merge', { keepId: first.left.id, otherId: first.right.id })).code).toBe(
      'DUPLICATE_PAIR_GONE',
    );
    expect((await callFails(t.core, 'contacts:merge', { keepId: first.right.id, otherId: first.left.id })).code).toBe(
      'DUPLICATE_PAIR_GONE',
    );
    // Kept both: decided, so it can be neither merged nor kept again.
    expect((await callFails(t.core, 'contacts:merge', { keepId: second.left.id, otherId: second.right.id })).code).toBe(
      'DUPLICATE_PAIR_GONE',
    );
    expect((await callFails(t.core, 'contacts:keepBoth', { id: second.left.id, otherId: second.right.id })).code).toBe(
      'DUPLICATE_PAIR_GONE',
    );
    // Two real contacts that were never a pair, and ids that do not exist.
    expect((await callFails(t.core, 'contacts:merge', { keepId: first.left.id, otherId: second.left.id })).code).toBe(
      'DUPLICATE_PAIR_GONE',
    );
    expect((await callFails(t.core, 'contacts:keepBoth', { id: 9001, otherId: 9002 })).code).toBe('DUPLICATE_PAIR_GONE');
    // The same contact twice is not a pair at all.
    expect((await callFails(t.core, 'contacts:merge', { keepId: second.left.id, otherId: second.left.id })).code).toBe('INVALID_INPUT');

    expect(await state()).toEqual(before);
  });

  it('refuses a pair whose contact was deleted, and the pair is no longer listed', async () => {
    const pairs = await imported();
    const anne = pairs.find((p) => p.left.name === 'Anne Holm')!;
    await call(t.core, 'contacts:delete', { id: anne.right.id });
    const before = await state();
    expect(before.pairs.map((p) => p.left.name)).toEqual(['Jens Berg']);

    expect((await callFails(t.core, 'contacts:merge', { keepId: anne.left.id, otherId: anne.right.id })).code).toBe('DUPLICATE_PAIR_GONE');
    expect((await callFails(t.core, 'contacts:keepBoth', { id: anne.left.id, otherId: anne.right.id })).code).toBe('DUPLICATE_PAIR_GONE');
    expect(await state()).toEqual(before);
  });
});

describe('contacts:keepBoth', () => {
  it('keeps both people, takes the pair off the list for good, and is audited', async () => {
    const pairs = await imported();
    const jens = pairs.find((p) => p.left.name === 'Jens Berg')!;
    const before = (await call(t.core, 'contacts:list', { includeArchived: true })).length;

    await call(t.core, 'contacts:keepBoth', { id: jens.right.id, otherId: jens.left.id });

    expect(await call(t.core, 'contacts:list', { includeArchived: true })).toHaveLength(before);
    expect((await call(t.core, 'contacts:duplicatePairs', {})).map((p) => p.left.name)).toEqual(['Anne Holm']);
    const audit = await call(t.core, 'audit:list', { filter: { action: 'contact.duplicates-kept-both' } });
    expect(audit.rows.map((a) => [a.entityId, a.details])).toEqual([[String(jens.left.id), { other: jens.right.id }]]);
  });
});

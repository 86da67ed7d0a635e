import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { keepBoth, mergeContacts, openPairs } from '../../../electron/core/partners/duplicate-pairs-repo';
import { call, cleanupTempDirs, createRegister, lock, newCore, tempDir, withDb, type TestCore } from '../core/helpers';

// Possible duplicates an import listed: merging keeps both people's history and is audited;
// "keep both" is remembered, so the pair is not offered again.

let t: TestCore;
let dir: string;

beforeEach(async () => {
  t?.core.shutdown();
  t = newCore();
  ({ dir } = await createRegister(t.core));
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

/** Two Anne Holms at Røde Kors (different e-mails), one Bo Lund; an interaction with each Anne. */
async function imported() {
  const file = path.join(tempDir(), 'people.csv');
  writeFileSync(
    file,
    'Navn;Email;Tlf;Organisation\nAnne Holm;anne@rk.dk;;Røde Kors\nAnne Holm;a.holm@privat.dk;+45 20 30 40 50;Røde Kors\nBo Lund;bo@x.dk;;Mødrehjælpen\n',
  );
  const p = await call(t.core, 'import:preview', { path: file, target: 'contacts' });
  const s = await call(t.core, 'import:run', { path: file, target: 'contacts', mapping: p.mapping, operationId: 'r' });
  expect(s.created).toBe(3);
  expect(s.possibleDuplicates).toHaveLength(1);
  const pair = s.possibleDuplicates[0] ?? { id: 0, otherId: 0 };
  for (const id of [pair.id, pair.otherId])
    await call(t.core, 'interactions:save', { kind: 'call', date: '2026-11-20', summary: `talk ${id}`, contactIds: [id] });
  await lock(t.core);
  return pair;
}

describe('the review of possible duplicates', () => {
  it('a merge keeps both histories, fills empty fields, removes the pair and is audited', async () => {
    const { id, otherId } = await imported();
    await withDb(dir, (db) => {
      expect(openPairs(db)).toHaveLength(1);
      mergeContacts(db, otherId, id, 'owner');
      const contacts = db.prepare('SELECT id, email, phone FROM contacts ORDER BY id').all() as {
        id: number;
        email: string;
        phone: string;
      }[];
      expect(contacts).toHaveLength(2);
      expect(contacts.find((c) => c.id === otherId)).toMatchObject({ email: 'anne@rk.dk', phone: '+45 20 30 40 50' });
      const talks = db.prepare('SELECT count(*) AS n FROM interaction_contacts WHERE contact_id = ?').get(otherId) as { n: number };
      expect(talks.n).toBe(2);
      const memberships = db.prepare('SELECT count(*) AS n FROM memberships WHERE contact_id = ?').get(otherId) as { n: number };
      expect(memberships.n).toBe(1);
      expect(openPairs(db)).toEqual([]);
      const audit = db.prepare("SELECT entity_id, details FROM audit_log WHERE action = 'contact.merged'").all() as {
        entity_id: string;
        details: string;
      }[];
      expect(audit).toHaveLength(1);
      expect(audit[0]?.entity_id).toBe(String(otherId));
      expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({ absorbed: id });
    });
  });

  it('keep both is remembered: the pair is no longer offered, and a second decision is refused', async () => {
    const { id, otherId } = await imported();
    await withDb(dir, (db) => {
      keepBoth(db, otherId, id, 'owner');
      expect(openPairs(db)).toEqual([]);
      expect(() => keepBoth(db, id, otherId, 'owner')).toThrow(expect.objectContaining({ code: 'DUPLICATE_PAIR_GONE' }));
      expect(() => mergeContacts(db, id, id, 'owner')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
      expect((db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n).toBe(3);
    });
  });
});

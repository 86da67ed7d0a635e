import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_SIZES, generateDemo } from '../../../electron/core/demo/generate';
import type { Db } from '../../../electron/core/db/driver';
import { reindexContact } from '../../../electron/core/partners/contacts-repo';
import { reindexOrganisation } from '../../../electron/core/partners/organisations-repo';
import { call, cleanupTempDirs, createRegister, lock, newCore, unlock, withDb } from '../core/helpers';

// Demo data: the same seed gives the same register, it passes verify, and it looks like the
// people and places coordinators work with.

afterAll(cleanupTempDirs);

/** Everything generated, without timestamps that depend on the clock (there are none, but be sure). */
function dump(db: Db) {
  return {
    organisations: db
      .prepare(
        'SELECT name, sector, country, municipality, address, email, phone, how_we_work, tags, archived FROM organisations ORDER BY id',
      )
      .all(),
    contacts: db.prepare('SELECT name, role, email, phone, preferred_language, themes, notes, archived FROM contacts ORDER BY id').all(),
    memberships: db.prepare('SELECT contact_id, organisation_id, role, from_date, to_date FROM memberships ORDER BY id').all(),
    offers: db.prepare('SELECT * FROM offers ORDER BY id').all(),
    networks: db
      .prepare(
        'SELECT n.name, n.purpose, (SELECT count(*) FROM network_members m WHERE m.network_id = n.id) AS members FROM networks n ORDER BY id',
      )
      .all(),
    interactions: db.prepare('SELECT kind, date, summary, network_id FROM interactions ORDER BY id').all(),
  };
}

async function demoRegister() {
  const t = newCore();
  const { dir } = await createRegister(t.core, { organisationName: 'Demo' });
  await lock(t.core);
  const counts = await withDb(dir, (db) => generateDemo(db, 's', 'owner'));
  const data = await withDb(dir, dump);
  return { t, dir, counts, data };
}

describe('demo data', () => {
  it('is deterministic, the size asked for, passes verify and is searchable', async () => {
    const a = await demoRegister();
    const b = await demoRegister();
    expect(a.data).toEqual(b.data);
    expect(a.counts).toMatchObject({ organisations: DEMO_SIZES.s.organisations, contacts: DEMO_SIZES.s.contacts });

    await unlock(a.t.core, a.dir);
    const report = await call(a.t.core, 'register:verify', {});
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    const contacts = await call(a.t.core, 'contacts:list', { includeArchived: true });
    expect(contacts).toHaveLength(300);
    const first = contacts[0];
    expect(first).toBeDefined();
    const hits = await call(a.t.core, 'search:query', { text: first?.name ?? '', limit: 50 });
    expect(hits.some((h) => h.kind === 'contact' && h.id === first?.id)).toBe(true);
    const orgs = await call(a.t.core, 'organisations:list', { includeArchived: false });
    expect((await call(a.t.core, 'search:query', { text: orgs[0]?.name ?? '', limit: 50 })).some((h) => h.id === orgs[0]?.id)).toBe(true);
    await lock(a.t.core);
    a.t.core.shutdown();
    b.t.core.shutdown();
  });

  it('has names in their own scripts, every sector, several countries, and people who changed jobs', async () => {
    const { t, dir, data } = await demoRegister();
    t.core.shutdown();
    const names = (data.contacts as { name: string }[]).map((c) => c.name).join(' ');
    for (const script of [
      /\p{Script=Arabic}/u,
      /\p{Script=Ethiopic}/u,
      /\p{Script=Cyrillic}/u,
      /[æøå]/,
      /[äö]/,
      /[ễệươạảắ]|Nguyễn|Trần|Phạm/u,
    ]) {
      expect(names).toMatch(script);
    }
    const sectors = new Set((data.organisations as { sector: string }[]).map((o) => o.sector));
    expect(sectors.size).toBeGreaterThanOrEqual(7);
    expect(new Set((data.organisations as { country: string }[]).map((o) => o.country))).toEqual(new Set(['DK', 'NO', 'FI']));
    expect((data.memberships as { to_date: string | null }[]).some((m) => m.to_date !== null)).toBe(true);
    expect((data.contacts as { themes: string }[]).some((c) => c.themes !== '[]')).toBe(true);
    // The bulk index is exactly what the repositories write one entity at a time.
    const index = (db: Db) =>
      db.prepare('SELECT rowid, kind, ref, label, subtitle, title, body, sounds FROM search_index ORDER BY rowid').all();
    const bulk = await withDb(dir, index);
    const rebuilt = await withDb(dir, (db) => {
      db.transaction(() => {
        for (const { id } of db.prepare('SELECT id FROM organisations').all() as { id: number }[]) reindexOrganisation(db, id);
        for (const { id } of db.prepare('SELECT id FROM contacts').all() as { id: number }[]) reindexContact(db, id);
      })();
      return index(db);
    });
    expect(rebuilt).toEqual(bulk);
    // A second run would mix demo data into a real register: refused, nothing changes.
    await withDb(dir, (db) => expect(() => generateDemo(db, 's', 'owner')).toThrow(/NOT_ALLOWED/));
    expect(await withDb(dir, dump)).toEqual(data);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cleanupTempDirs, createRegister, lock, newCore, unlock, withDb, type TestCore } from '../core/helpers';

// disclosures:recipients, the choices of Privacy › Disclosures' partner filter: only the
// organisations that have received something, each once, by name; not the thousands without any.

let t: TestCore;
let dir: string;
const ids: Record<string, number> = {};
beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core));
  for (const name of ['Røde Kors Odense', 'Jobcenter Aarhus', 'Bydelsmødrene', 'Aarhus Bibliotek'])
    ids[name] = (await call(t.core, 'organisations:save', { name })).id;
  await lock(t.core);
  await withDb(dir, (db) => {
    const insert = db.prepare(
      `INSERT INTO disclosures (at, person_kind, person_id, person_code, recipient_organisation_id, recipient_label, purpose, categories,
         file_name, recorded_by) VALUES (?, 'mentee', 1, 'M-1', ?, ?, 'feedback-sharing', '["attendance"]', 'r.docx', 'owner')`,
    );
    for (const [name, times] of [
      ['Røde Kors Odense', 3],
      ['Jobcenter Aarhus', 1],
      ['Aarhus Bibliotek', 2],
    ] as const)
      for (let i = 0; i < times; i++) insert.run(`2026-11-0${i + 1}T10:00`, ids[name], name);
    // An access export goes to the person: no partner.
    insert.run('2026-11-05T10:00', null, 'Amina Hassan');
  });
  await unlock(t.core, dir);
}, 30_000);
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('disclosures:recipients', () => {
  it('lists each organisation that received a disclosure once, by name, and none that received nothing', async () => {
    const recipients = await call(t.core, 'disclosures:recipients', {});
    expect(recipients).toEqual([
      { id: ids['Aarhus Bibliotek'], name: 'Aarhus Bibliotek' },
      { id: ids['Jobcenter Aarhus'], name: 'Jobcenter Aarhus' },
      { id: ids['Røde Kors Odense'], name: 'Røde Kors Odense' },
    ]);
  });

  it('follows a renamed organisation, and each one chosen filters the log to exactly its disclosures', async () => {
    await call(t.core, 'organisations:save', { id: ids['Jobcenter Aarhus'] as number, name: 'Jobcenter Aarhus Syd' });
    const recipients = await call(t.core, 'disclosures:recipients', {});
    expect(recipients.map((r) => r.name)).toContain('Jobcenter Aarhus Syd');
    const counts = [];
    for (const r of recipients) counts.push((await call(t.core, 'disclosures:page', { where: { organisationId: r.id } })).total);
    expect(counts).toEqual([2, 1, 3]);
  });
});

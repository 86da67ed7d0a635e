import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContactInput, OrganisationInput } from '../../../shared/contract';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import type { Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { generateDemo } from '../../../electron/core/demo/generate';
import { applyErasure } from '../../../electron/core/erasure/apply';
import { fingerprintOf, planErasure } from '../../../electron/core/erasure/plan';
import type { Table } from '../../../electron/core/import/read-table';
import { runImport } from '../../../electron/core/import/run';
import { deleteContact, saveContact } from '../../../electron/core/partners/contacts-repo';
import { mergeContacts } from '../../../electron/core/partners/duplicate-pairs-repo';
import { keepOrganisationCountsCurrent } from '../../../electron/core/partners/organisation-counts';
import { deleteOrganisation, saveOrganisation } from '../../../electron/core/partners/organisations-repo';
import { pageOrganisations } from '../../../electron/core/partners/partner-pages';
import { PageQuery } from '../../../shared/contract/paging';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { contactImport } from '../import/contact-import-options';

// The offer and contact counts kept in each organisation's row (migration 12) against a full
// recount, after random sequences of every write that changes memberships or offers: a contact
// saved with memberships (added, ended, ending later, the same organisation twice, replaced),
// deleted (cascade), erased (the erasure plan), merged into another (memberships moved, the
// same one twice made one); an organisation saved with offers added and removed, deleted
// (cascade); an import with organisations by name; memberships and offers moved by SQL; and the
// calendar moving forwards and back. Also the backfill on a register that already held rows,
// and demo generation.

const DAYS = Array.from({ length: 5 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`);
const day = fc.constantFrom(...DAYS);
const pick = fc.nat({ max: 1000 });
const membership = fc.record({ org: pick, to: fc.option(day, { nil: null }) });
const op = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('organisation' as const), offers: fc.nat({ max: 3 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('offers' as const), target: pick, keep: fc.nat({ max: 3 }), add: fc.nat({ max: 2 }) }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('contact' as const), memberships: fc.array(membership, { maxLength: 3 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('resave' as const), target: pick, memberships: fc.array(membership, { maxLength: 3 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteContact' as const), target: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), target: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('merge' as const), target: pick, other: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteOrganisation' as const), target: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('import' as const), rows: fc.array(fc.tuple(pick, pick), { minLength: 1, maxLength: 4 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('endMembership' as const), target: pick, to: fc.option(day, { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveMembership' as const), target: pick, org: pick, contact: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveOffer' as const), target: pick, org: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), target: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('day' as const), day }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function newDb(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

const ids = (db: Db, table: string): number[] =>
  (db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
const at = (list: number[], i: number): number | undefined => (list.length === 0 ? undefined : list[i % list.length]);

/** The counts as stored, and as a full recount gives them for the kept day. */
function storedAndRecount(db: Db) {
  const day = (db.prepare('SELECT day FROM organisation_counts_day').get() as { day: string }).day;
  const stored = db.prepare('SELECT id, offer_count AS offers, contact_count AS contacts FROM organisations ORDER BY id').all();
  const recount = db
    .prepare(
      `SELECT o.id, (SELECT count(*) FROM offers f WHERE f.organisation_id = o.id) AS offers,
         (SELECT count(DISTINCT m.contact_id) FROM memberships m WHERE m.organisation_id = o.id AND (m.to_date IS NULL OR m.to_date >= ?)) AS contacts
       FROM organisations o ORDER BY o.id`,
    )
    .all(day);
  // Each contact's current organisations (migration 13): names in membership order, recounted here in JS.
  const names = new Map(
    (db.prepare('SELECT id, name FROM organisations').all() as { id: number; name: string }[]).map((o) => [o.id, o.name]),
  );
  const current = new Map<number, string[]>();
  for (const m of db.prepare('SELECT contact_id, organisation_id, to_date FROM memberships ORDER BY id').all() as {
    contact_id: number;
    organisation_id: number;
    to_date: string | null;
  }[])
    if (m.to_date === null || m.to_date >= day)
      current.set(m.contact_id, [...(current.get(m.contact_id) ?? []), names.get(m.organisation_id) ?? '?']);
  const contacts = db.prepare('SELECT id, current_organisations AS organisations FROM contacts ORDER BY id').all() as {
    id: number;
    organisations: string;
  }[];
  return {
    stored: { organisations: stored, contacts },
    recount: { organisations: recount, contacts: contacts.map((c) => ({ id: c.id, organisations: (current.get(c.id) ?? []).join(', ') })) },
  };
}

function table(rows: string[][]): Table {
  return {
    fileName: 'random.csv',
    encoding: 'utf-8',
    delimiter: ';',
    headers: ['Navn', 'Organisation', 'Email'],
    headerRow: 1,
    rows: rows.map((cells, i) => ({ row: i + 2, cells: [...cells] })),
  };
}

let serial = 0;
async function apply(db: Db, o: Op): Promise<void> {
  const orgs = ids(db, 'organisations');
  const contacts = ids(db, 'contacts');
  const memberships = (list: { org: number; to: string | null }[]) =>
    list.flatMap((m) => {
      const organisationId = at(orgs, m.org);
      return organisationId === undefined ? [] : [{ organisationId, to: m.to }];
    });
  const offers = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Tilbud ${serial}-${i}` }));
  serial += 1;
  switch (o.kind) {
    case 'organisation':
      saveOrganisation(db, OrganisationInput.parse({ name: `Forening ${serial}`, offers: offers(o.offers) }), 'owner');
      return;
    case 'offers': {
      const id = at(orgs, o.target);
      if (id === undefined) return;
      const kept = (
        db.prepare('SELECT id, title FROM offers WHERE organisation_id = ? ORDER BY id').all(id) as { id: number; title: string }[]
      )
        .slice(0, o.keep)
        .map((f) => ({ id: f.id, title: f.title }));
      saveOrganisation(db, OrganisationInput.parse({ id, name: `Forening ${id}`, offers: [...kept, ...offers(o.add)] }), 'owner');
      return;
    }
    case 'contact':
      saveContact(db, ContactInput.parse({ name: `Person ${serial}`, memberships: memberships(o.memberships) }), 'owner');
      return;
    case 'resave': {
      const id = at(contacts, o.target);
      if (id !== undefined)
        saveContact(db, ContactInput.parse({ id, name: `Person ${id}`, memberships: memberships(o.memberships) }), 'owner');
      return;
    }
    case 'deleteContact': {
      const id = at(contacts, o.target);
      if (id !== undefined) deleteContact(db, id, 'owner');
      return;
    }
    case 'erase': {
      const id = at(contacts, o.target);
      if (id === undefined) return;
      const subject = { kind: 'contact' as const, id };
      applyErasure(db, subject, 'erase', fingerprintOf(planErasure(db, subject, 'erase')), 'owner');
      return;
    }
    case 'merge': {
      const kept = at(contacts, o.target);
      const absorbed = at(contacts, o.other);
      if (kept !== undefined && absorbed !== undefined && kept !== absorbed) mergeContacts(db, kept, absorbed, 'owner');
      return;
    }
    case 'deleteOrganisation': {
      const id = at(orgs, o.target);
      if (id !== undefined) deleteOrganisation(db, id, 'owner');
      return;
    }
    case 'import': {
      // Organisations by name: an existing one (its name as saved) or a new one.
      const rows = o.rows.map(([person, org]) => [
        `Importeret ${serial}-${person}`,
        org % 3 === 0 ? `Ny forening ${org % 5}` : `Forening ${at(orgs, org) ?? 'x'}`,
        `p${serial}-${person}@example.dk`,
      ]);
      await runImport(db, table(rows), contactImport({ '0': 'name', '1': 'organisation', '2': 'email' }, 'skip'));
      return;
    }
    case 'endMembership': {
      const id = at(ids(db, 'memberships'), o.target);
      if (id !== undefined) db.prepare('UPDATE memberships SET to_date = ? WHERE id = ?').run(o.to, id);
      return;
    }
    case 'moveMembership': {
      const id = at(ids(db, 'memberships'), o.target);
      const org = at(orgs, o.org);
      const contact = at(contacts, o.contact);
      if (id !== undefined && org !== undefined && contact !== undefined)
        db.prepare('UPDATE memberships SET organisation_id = ?, contact_id = ? WHERE id = ?').run(org, contact, id);
      return;
    }
    case 'moveOffer': {
      const id = at(ids(db, 'offers'), o.target);
      const org = at(orgs, o.org);
      if (id !== undefined && org !== undefined) db.prepare('UPDATE offers SET organisation_id = ? WHERE id = ?').run(org, id);
      return;
    }
    case 'rename': {
      const id = at(orgs, o.target);
      if (id !== undefined) db.prepare('UPDATE organisations SET name = ? WHERE id = ?').run(`Omdøbt ${serial}`, id);
      return;
    }
    case 'day':
      keepOrganisationCountsCurrent(db, o.day);
      return;
  }
}

function freshRegister(migrations = MIGRATIONS): Db {
  const db = newDb();
  migrate(db, migrations);
  writeSettings(db, { organisationName: 'Test', defaultLanguage: 'da' });
  appendAudit(db, { actor: 'owner', action: 'register.created' });
  return db;
}

describe('organisation counts kept by triggers', () => {
  it('equal a full recount after random sequences of every write, and as the days move', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(day, fc.array(op, { minLength: 1, maxLength: 40 }), async (start, ops) => {
        const db = freshRegister();
        try {
          keepOrganisationCountsCurrent(db, start);
          for (const o of ops) {
            await apply(db, o);
            const { stored, recount } = storedAndRecount(db);
            expect(stored).toEqual(recount);
          }
          tried += ops.length;
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
    process.stdout.write(`organisation counts: ${tried} random writes, each followed by a full recount\n`);
  });

  it('count a membership up to and including its last day, forwards and back', () => {
    const db = freshRegister();
    try {
      keepOrganisationCountsCurrent(db, '2026-12-02');
      const org = saveOrganisation(db, OrganisationInput.parse({ name: 'Forening' }), 'owner');
      for (const to of ['2026-12-02', '2026-12-04', null])
        saveContact(db, ContactInput.parse({ name: `Person ${to}`, memberships: [{ organisationId: org, to }] }), 'owner');
      const count = () => (db.prepare('SELECT contact_count AS n FROM organisations WHERE id = ?').get(org) as { n: number }).n;
      const seen = ['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-01', '2026-12-04'].map((d) => {
        keepOrganisationCountsCurrent(db, d);
        return count();
      });
      expect(seen).toEqual([3, 2, 2, 1, 3, 2]);
      expect(keepOrganisationCountsCurrent(db, '2026-12-04')).toBe(false);
    } finally {
      db.close();
    }
  });

  it('are filled by the migrations for a register that already held rows, and sort the list', () => {
    const before = MIGRATIONS.filter((m) => m.version < 12);
    const db = freshRegister(before);
    try {
      generateDemo(db, 's', 'owner');
      const expected = db
        .prepare(
          `SELECT o.id, (SELECT count(*) FROM offers f WHERE f.organisation_id = o.id) AS offers,
             (SELECT count(DISTINCT m.contact_id) FROM memberships m WHERE m.organisation_id = o.id AND (m.to_date IS NULL OR m.to_date >= date('now'))) AS contacts
           FROM organisations o ORDER BY o.id`,
        )
        .all() as { id: number; offers: number; contacts: number }[];
      const organisationsOf = db
        .prepare(
          `SELECT c.id, coalesce((SELECT group_concat(o.name, ', ') FROM memberships m JOIN organisations o ON o.id = m.organisation_id
             WHERE m.contact_id = c.id AND (m.to_date IS NULL OR m.to_date >= date('now'))), '') AS organisations FROM contacts c ORDER BY c.id`,
        )
        .all() as { id: number; organisations: string }[];
      migrate(db);
      const { stored, recount } = storedAndRecount(db);
      expect(stored.organisations).toEqual(expected);
      expect(recount.organisations).toEqual(expected);
      // The contacts' organisations as the list computed them before migration 13.
      expect(stored.contacts).toEqual(organisationsOf);
      expect(recount.contacts).toEqual(organisationsOf);
      expect(organisationsOf.some((c) => c.organisations.includes(', '))).toBe(true);
      expect(expected.some((r) => r.contacts > 1)).toBe(true);
      const page = pageOrganisations(
        db,
        PageQuery.parse({ sort: [{ colId: 'contacts', sort: 'desc' }], includeArchived: true, limit: 500 }),
      );
      const byCount = [...expected].sort((a, b) => b.contacts - a.contacts || b.id - a.id).slice(0, 500);
      expect(page.rows.map((r) => [r.id, r.contacts])).toEqual(byCount.map((r) => [r.id, r.contacts]));
    } finally {
      db.close();
    }
  });

  it('hold after demo generation on the new schema', () => {
    const db = freshRegister();
    try {
      generateDemo(db, 's', 'owner');
      const { stored, recount } = storedAndRecount(db);
      expect(stored.organisations.length).toBeGreaterThan(0);
      expect(stored.contacts.some((c) => c.organisations !== '')).toBe(true);
      expect(stored).toEqual(recount);
    } finally {
      db.close();
    }
  });
});

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { applyErasure } from '../../../electron/core/erasure/apply';
import { fingerprintOf, planErasure } from '../../../electron/core/erasure/plan';
import type { Table } from '../../../electron/core/import/read-table';
import { runImport } from '../../../electron/core/import/run';
import { saveContact } from '../../../electron/core/partners/contacts-repo';
import { mergeContacts } from '../../../electron/core/partners/duplicate-pairs-repo';
import { nameKey, phoneKey } from '../../../electron/core/partners/rows';
import { normaliseEmail } from '../../../shared/text';
import { cleanupTempDirs, tempDir } from '../core/helpers';
import { contactImport } from './contact-import-options';

// The keys the duplicate checks look up by index (email_key, phone_key, name_key) are stored
// beside the values they are computed from. After any sequence of changes through the real
// write paths (contacts saved and edited, imports with every policy, merges, erasure) every
// stored key equals the key recomputed from the row; and a register from before the phone key
// (migration 15) gets it backfilled.

afterAll(cleanupTempDirs);

const NAMES = ['Anne Holm', 'anne  holm', 'Åse Ødegård', 'Amira Haddad', 'Jens Kjær'];
const EMAILS = ['', 'anne@example.dk', ' Anne@Example.DK ', 'ase@example.no', 'jens@example.dk'];
const PHONES = ['', '+45 20 12 34 56', '0045-20123456', '2012 3456', '112', 'tel: 30 11 22 33', '+47 912 34 567'];
const ORGS = ['', 'Røde Kors', 'Frivilligcenter Århus'];

const person = fc.record({
  name: fc.constantFrom(...NAMES),
  email: fc.constantFrom(...EMAILS),
  phone: fc.constantFrom(...PHONES),
  org: fc.constantFrom(...ORGS),
});

const change = fc.oneof(
  fc.record({ op: fc.constant('create' as const), p: person }),
  fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), p: person }),
  fc.record({
    op: fc.constant('import' as const),
    rows: fc.array(person, { minLength: 1, maxLength: 8 }),
    policy: fc.constantFrom('skip' as const, 'update' as const, 'create' as const),
  }),
  fc.record({ op: fc.constant('merge' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('erase' as const), pick: fc.nat() }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

const ids = (db: Db) => (db.prepare('SELECT id FROM contacts ORDER BY id').all() as { id: number }[]).map((r) => r.id);
const pick = (db: Db, n: number) => {
  const all = ids(db);
  return all.length ? all[n % all.length] : undefined;
};

function sheet(rows: { name: string; email: string; phone: string; org: string }[]): Table {
  return {
    fileName: 'random.csv',
    encoding: 'utf-8',
    delimiter: ';',
    headers: ['Navn', 'Organisation', 'Email', 'Tlf'],
    headerRow: 1,
    rows: rows.map((p, i) => ({ row: i + 2, cells: [p.name, p.org, p.email, p.phone] })),
  };
}

async function apply(db: Db, c: Change): Promise<void> {
  const input = (p: { name: string; email: string; phone: string }) => ({
    name: p.name,
    role: '',
    email: p.email.trim(),
    phone: p.phone,
    preferredLanguage: '',
    themes: [],
    notes: '',
    memberships: [],
  });
  if (c.op === 'create') saveContact(db, input(c.p), 'owner');
  else if (c.op === 'edit') {
    const id = pick(db, c.pick);
    if (id !== undefined) saveContact(db, { ...input(c.p), id }, 'owner');
  } else if (c.op === 'import') {
    await runImport(db, sheet(c.rows), contactImport({ '0': 'name', '1': 'organisation', '2': 'email', '3': 'phone' }, c.policy));
  } else if (c.op === 'merge') {
    const a = pick(db, c.a);
    const b = pick(db, c.b);
    if (a !== undefined && b !== undefined && a !== b) mergeContacts(db, a, b, 'owner');
  } else {
    const id = pick(db, c.pick);
    if (id === undefined) return;
    const subject = { kind: 'contact' as const, id };
    applyErasure(db, subject, 'erase', fingerprintOf(planErasure(db, subject, 'erase')), 'owner');
  }
}

/** Every contact whose stored keys differ from the keys recomputed from its row. */
function wrongKeys(db: Db) {
  const rows = db.prepare('SELECT id, name, email, phone, name_key, email_key, phone_key FROM contacts').all() as Record<string, string>[];
  return rows.filter(
    (r) => r.name_key !== nameKey(r.name ?? '') || r.email_key !== normaliseEmail(r.email ?? '') || r.phone_key !== phoneKey(r.phone ?? ''),
  );
}

/** Organisations whose stored contact count differs from a recount (kept day: today, as in these tests). */
function wrongCounts(db: Db) {
  return db
    .prepare(
      `SELECT id, contact_count FROM organisations o WHERE contact_count <> (SELECT count(DISTINCT m.contact_id) FROM memberships m
         WHERE m.organisation_id = o.id AND (m.to_date IS NULL OR m.to_date >= (SELECT day FROM organisation_counts_day)))`,
    )
    .all();
}

describe('stored duplicate keys', () => {
  it('equal a recount after random sequences of saves, edits, imports, merges and erasures', async () => {
    const dir = tempDir('bindeled-stored-keys-');
    let n = 0;
    let withPhoneKey = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 12 }), async (changes) => {
        const db = openDatabase(path.join(dir, `r${n++}.db`), randomBytes(32), { create: true });
        try {
          migrate(db);
          for (const c of changes) {
            await apply(db, c);
            expect(wrongKeys(db)).toEqual([]);
            // The import's pause of the contact counts (migration 15) never outlives it, and the counts are exact.
            expect(db.prepare('SELECT count(*) AS n FROM organisation_counts_paused').get()).toEqual({ n: 0 });
            expect(wrongCounts(db)).toEqual([]);
          }
          withPhoneKey += (db.prepare("SELECT count(*) AS n FROM contacts WHERE phone_key <> ''").get() as { n: number }).n;
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
    // The sequences did set phone keys (not only empty ones).
    expect(withPhoneKey).toBeGreaterThan(0);
  }, 120_000);

  it('an import that fails midway leaves the counts running and as they were', async () => {
    const db = openDatabase(path.join(tempDir('bindeled-counts-pause-'), 'r.db'), randomBytes(32), { create: true });
    try {
      migrate(db);
      const rows = [
        { name: 'Bo Lund', email: 'bo@example.dk', phone: '', org: 'Røde Kors' },
        { name: 'Anne Holm', email: 'anne@example.dk', phone: '', org: 'Røde Kors' },
      ];
      await apply(db, { op: 'import', rows: rows.slice(1), policy: 'skip' });
      const before = db.prepare('SELECT id, contact_count FROM organisations').all();
      const failing = runImport(
        db,
        sheet(rows),
        contactImport({ '0': 'name', '1': 'organisation', '2': 'email', '3': 'phone' }, 'skip', {
          beforeRow: (row) => {
            if (row === 3) throw new Error('disk gone'); // after Bo Lund's membership was written, counts paused
          },
        }),
      );
      await expect(failing).rejects.toThrow('disk gone');
      expect(db.prepare('SELECT count(*) AS n FROM organisation_counts_paused').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT id, contact_count FROM organisations').all()).toEqual(before);
      // The counts run again for every other writer.
      saveContact(
        db,
        {
          ...{ name: 'Cai', role: '', email: '', phone: '', preferredLanguage: '', themes: [], notes: '' },
          memberships: [{ organisationId: 1, role: '', from: null, to: null }],
        },
        'owner',
      );
      expect(db.prepare('SELECT contact_count AS n FROM organisations WHERE id = 1').get()).toEqual({ n: 2 });
      expect(wrongCounts(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('are backfilled for a register from before migration 15', () => {
    const db = openDatabase(path.join(tempDir('bindeled-phone-key-migration-'), 'r.db'), randomBytes(32), { create: true });
    try {
      migrate(db, MIGRATIONS.slice(0, 12));
      const insert = db.prepare(
        "INSERT INTO contacts (name, role, email, email_key, phone, preferred_language, themes, notes, name_key, created_at, updated_at) VALUES (?, '', '', '', ?, '', '[]', '', ?, 'x', 'x')",
      );
      for (const [i, phone] of PHONES.entries()) insert.run(`Person ${i}`, phone, nameKey(`Person ${i}`));
      migrate(db);
      expect(wrongKeys(db)).toEqual([]);
      const keys = (db.prepare('SELECT phone_key AS k FROM contacts ORDER BY id').all() as { k: string }[]).map((r) => r.k);
      expect(keys).toEqual(['', '4520123456', '4520123456', '20123456', '', '30112233', '4791234567']);
      const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE phone_key = ? AND phone_key <> ''").all('4520123456');
      expect(JSON.stringify(plan)).toContain('contacts_phone_key');
    } finally {
      db.close();
    }
  });
});

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { contactDuplicateDetector } from '../../../electron/core/import/contact-duplicates';
import type { Table } from '../../../electron/core/import/read-table';
import { runImport } from '../../../electron/core/import/run';
import type { Values } from '../../../electron/core/import/values';
import { saveContact } from '../../../electron/core/partners/contacts-repo';
import { cleanupTempDirs, tempDir } from '../core/helpers';
import { scanningDuplicateDetector } from './duplicates-oracle';
import { contactImport } from './contact-import-options';

// The duplicate checks look the register up by index (e-mail, phone and name keys, an
// organisation's members). For random registers (imported with every name, organisation, e-mail
// and phone spelling, duplicates included, and contacts without organisation) and random sheets,
// every row's verdict is the one the detector that read the whole register gives.

afterAll(cleanupTempDirs);

const NAMES = ['Anne Holm', 'anne  holm', 'Ane Holm', 'Åse Ødegård', 'Aase Odegaard', 'Amira Haddad', 'Jens Kjær'];
const EMAILS = ['', 'anne@example.dk', 'ANNE@example.dk', 'ase@example.no', 'jens@example.dk'];
const PHONES = ['', '+45 20 12 34 56', '0045-20123456', '2012 3456', '112', '+47 912 34 567'];
const ORGS = ['', 'Røde Kors', 'røde  kors', 'Frivilligcenter Århus'];
const ROLES = ['', 'Koordinator'];
const NOTES = ['', 'Ringer om fredagen'];

const person = fc.record({
  name: fc.constantFrom(...NAMES),
  email: fc.constantFrom(...EMAILS),
  phone: fc.constantFrom(...PHONES),
  organisation: fc.constantFrom(...ORGS),
  role: fc.constantFrom(...ROLES),
  notes: fc.constantFrom(...NOTES),
});
type Person = typeof person extends fc.Arbitrary<infer T> ? T : never;

const FIELDS = ['name', 'email', 'phone', 'organisation', 'role', 'notes'] as const;

function sheet(rows: Person[]): Table {
  return {
    fileName: 'register.csv',
    encoding: 'utf-8',
    delimiter: ';',
    headers: [...FIELDS],
    headerRow: 1,
    rows: rows.map((p, i) => ({ row: i + 2, cells: FIELDS.map((f) => p[f]) })),
  };
}

/** A row's values as the import's mapping gives them: empty cells left out. */
function values(p: Person): Values {
  return Object.fromEntries(FIELDS.filter((f) => p[f] !== '').map((f) => [f, p[f]]));
}

describe('duplicate checks by index', () => {
  it('give every row the verdict of the detector that read the whole register', async () => {
    const dir = tempDir('bindeled-dups-oracle-');
    let n = 0;
    let found = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { maxLength: 20 }),
        fc.array(person, { maxLength: 4 }),
        fc.array(person, { minLength: 1, maxLength: 15 }),
        async (register, loose, rows) => {
          const db = openDatabase(path.join(dir, `r${n++}.db`), randomBytes(32), { create: true });
          try {
            migrate(db);
            await runImport(
              db,
              sheet(register),
              contactImport({ '0': 'name', '1': 'email', '2': 'phone', '3': 'organisation', '4': 'role', '5': 'notes' }, 'create'),
            );
            for (const p of loose) saveContact(db, { ...p, preferredLanguage: '', themes: [], memberships: [] }, 'owner');
            const indexed = contactDuplicateDetector(db);
            const scanning = scanningDuplicateDetector(db);
            for (const [i, p] of rows.entries()) {
              const verdict = indexed(i + 2, values(p));
              expect(verdict).toEqual(scanning(i + 2, values(p)));
              if (verdict.duplicate?.kind === 'in-register' || verdict.possibleDuplicate?.kind === 'in-register') found++;
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 80 },
    );
    // The registers did hold duplicates of the rows (the comparison was not only of "none").
    expect(found).toBeGreaterThan(50);
  }, 120_000);
});

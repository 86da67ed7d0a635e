import { contactImport } from './contact-import-options';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import type { Table } from '../../../electron/core/import/read-table';
import { runImport } from '../../../electron/core/import/run';

// For random sheets with a known truth (distinct people, exact repeats, repeats whose e-mail
// differs in case and spaces, and namesakes at the same organisation with their own e-mail or
// phone), an import creates every distinct person exactly once, skips (or updates) exactly the
// repeats, and drops no one.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const NAMES = ['Anne Holm', 'Bo Lund', 'Åse Ødegård', 'Amira Haddad', 'Jens Kjær'];
const ORGS = ['Røde Kors', 'Frivilligcenter Århus'];

interface Person {
  name: string;
  org: string;
  email: string;
  phone: string;
  notes: string;
}

const personArb = fc.record({
  name: fc.constantFrom(...NAMES),
  org: fc.constantFrom(...ORGS),
  // Each person has an e-mail, a phone or both (who has neither is told apart by the notes).
  contact: fc.constantFrom('email', 'phone', 'both', 'neither'),
});

const sheetArb = fc
  .record({
    people: fc.array(personArb, { minLength: 1, maxLength: 25 }),
    repeats: fc.array(fc.record({ of: fc.nat(), kind: fc.constantFrom('exact', 'email-case', 'phone-format') }), { maxLength: 15 }),
    order: fc.array(fc.nat(), { maxLength: 60 }),
    policy: fc.constantFrom('skip' as const, 'update' as const),
  })
  .map(({ people, repeats, order, policy }) => {
    const truth: Person[] = people.map((p, i) => ({
      name: p.name,
      org: p.org,
      email: p.contact === 'email' || p.contact === 'both' ? `p${i}.mail@example.dk` : '',
      phone: p.contact === 'phone' || p.contact === 'both' ? `+45 30 ${String(100000 + i).slice(0, 2)} ${String(100000 + i).slice(2)}` : '',
      notes: p.contact === 'neither' ? `nummer ${i}` : '',
    }));
    const rows = truth.map((p) => [p.name, p.org, p.email, p.phone, p.notes]);
    let duplicates = 0;
    for (const r of repeats) {
      const p = truth[r.of % truth.length] as Person;
      if (r.kind === 'email-case' && p.email) rows.push([p.name, p.org, ` ${p.email.toUpperCase()} `, p.phone, p.notes]);
      else if (r.kind === 'phone-format' && p.phone)
        rows.push([p.name, p.org, p.email, `0045${p.phone.replace(/\D/g, '').slice(2)}`, p.notes]);
      else rows.push([p.name, p.org, p.email, p.phone, p.notes]);
      duplicates++;
    }
    // Shuffle, but a repeat may come before the person's first row: whichever comes first creates.
    for (let i = rows.length - 1; i > 0; i--) {
      const j = (order[i % Math.max(order.length, 1)] ?? 0) % (i + 1);
      [rows[i], rows[j]] = [rows[j] as string[], rows[i] as string[]];
    }
    return { truth, rows, duplicates, policy };
  });

function table(rows: string[][]): Table {
  return {
    fileName: 'random.csv',
    encoding: 'utf-8',
    delimiter: ';',
    headers: ['Navn', 'Organisation', 'Email', 'Tlf', 'Bemærkninger'],
    headerRow: 1,
    rows: rows.map((cells, i) => ({ row: i + 2, cells: [...cells] })),
  };
}

describe('duplicates by evidence, for random sheets', () => {
  it('created + updated + skipped = rows, created = distinct people, and every person is in the register', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-dups-property-'));
    dirs.push(dir);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(sheetArb, async ({ truth, rows, duplicates, policy }) => {
        const db = openDatabase(path.join(dir, `r${n++}.db`), randomBytes(32), { create: true });
        try {
          migrate(db);
          const s = await runImport(
            db,
            table(rows),
            contactImport({ '0': 'name', '1': 'organisation', '2': 'email', '3': 'phone', '4': 'notes' }, policy),
          );
          expect(s.rejected).toEqual([]);
          expect(s.created).toBe(truth.length);
          expect(policy === 'skip' ? s.skippedDuplicates : s.updated).toBe(duplicates);
          expect(s.created + s.updated + s.skippedDuplicates).toBe(rows.length);
          const stored = db.prepare('SELECT name, email_key, phone, notes FROM contacts').all() as Record<string, string>[];
          expect(stored).toHaveLength(truth.length);
          for (const p of truth) {
            // Found by what identifies them (a repeat that came first may hold only the phone or only the e-mail).
            const digits = (phone: string) => phone.replace(/\D/g, '').slice(-8);
            const found = stored.filter((c) =>
              p.email || p.phone
                ? (p.email !== '' && c.email_key === p.email) || (p.phone !== '' && digits(c.phone ?? '') === digits(p.phone))
                : c.notes === p.notes,
            );
            expect(found.length, `${p.name} ${p.email} ${p.phone} ${p.notes}`).toBe(1);
          }
          // Namesakes at the same organisation are offered for review, never dropped.
          const groups = new Map<string, number>();
          for (const p of truth) groups.set(`${p.name}|${p.org}`, (groups.get(`${p.name}|${p.org}`) ?? 0) + 1);
          const expectedPairs = [...groups.values()].reduce((sum, k) => sum + k - 1, 0);
          expect(s.possibleDuplicates).toHaveLength(expectedPairs);
        } finally {
          db.close();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

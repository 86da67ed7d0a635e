import { contactImport } from './contact-import-options';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { listAudit } from '../../../electron/core/audit/audit-query';
import { idRanges, idsInRanges, rangesInclude } from '../../../electron/core/audit/id-ranges';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { suggestMapping } from '../../../electron/core/import/mapping';
import { readTable } from '../../../electron/core/import/read-table';
import { runImport } from '../../../electron/core/import/run';
import { searchIndex } from '../../../electron/core/partners/search-index';
import { foldText } from '../../../shared/text';
import { cleanupTempDirs, tempDir } from '../core/helpers';
import { danishSheet } from './danish-sheet';

// What the faster import writes besides the rows: the search index from the values in hand
// (every imported contact and new organisation is found), and one audit row per import that
// names the created and updated ids as ranges (audit/id-ranges.ts).

afterAll(cleanupTempDirs);

async function importDanish(db: Db, dir: string, duplicates: 'skip' | 'update') {
  const file = path.join(dir, 'kontakter.csv');
  writeFileSync(file, danishSheet().bytes);
  const table = await readTable(file);
  return runImport(db, table, contactImport(suggestMapping(table.headers, 'contacts'), duplicates));
}

function withRegister<T>(fn: (db: Db, dir: string) => Promise<T>): Promise<T> {
  const dir = tempDir('bindeled-import-audit-');
  const db = openDatabase(path.join(dir, 'r.db'), randomBytes(32), { create: true });
  migrate(db);
  return fn(db, dir).finally(() => db.close());
}

describe('search after an import', () => {
  it('finds every imported contact by name and e-mail, with the organisation as subtitle, and every new organisation', () =>
    withRegister(async (db, dir) => {
      const s = await importDanish(db, dir, 'skip');
      expect(s.created).toBe(1505);
      const contacts = db
        .prepare(
          `SELECT c.id, c.name, c.email, o.name AS organisation FROM contacts c
           JOIN memberships m ON m.contact_id = c.id JOIN organisations o ON o.id = m.organisation_id ORDER BY c.id`,
        )
        .all() as { id: number; name: string; email: string; organisation: string }[];
      expect(contacts).toHaveLength(1505);
      for (const c of contacts.filter((_, i) => i % 25 === 0)) {
        const byName = searchIndex(db, c.name, 50).filter((h) => h.kind === 'contact' && h.id === c.id);
        expect(byName, c.name).toHaveLength(1);
        expect(byName[0]?.subtitle).toContain(c.organisation);
        expect(
          searchIndex(db, c.email, 5).some((h) => h.kind === 'contact' && h.id === c.id),
          c.email,
        ).toBe(true);
      }
      const organisations = db.prepare('SELECT id, name FROM organisations').all() as { id: number; name: string }[];
      expect(organisations.length).toBe(s.organisationsCreated);
      for (const o of organisations)
        expect(
          searchIndex(db, o.name, 50).some((h) => h.kind === 'organisation' && h.id === o.id),
          o.name,
        ).toBe(true);
    }));
});

describe("the import's audit row", () => {
  it('is one row per import naming the created ids as ranges, then the updated ones; the chain verifies and the viewer lists it', () =>
    withRegister(async (db, dir) => {
      await importDanish(db, dir, 'skip');
      const again = await importDanish(db, dir, 'update');
      expect(again).toMatchObject({ created: 0, updated: 1560 });
      const rows = db.prepare("SELECT details FROM audit_log WHERE action = 'import.completed' ORDER BY seq").all() as {
        details: string;
      }[];
      expect(rows).toHaveLength(2);
      const [first, second] = rows.map((r) => JSON.parse(r.details) as Record<string, string | number>);
      const ids = (db.prepare('SELECT id FROM contacts ORDER BY id').all() as { id: number }[]).map((r) => r.id);
      expect(first).toMatchObject({ created: 1505, createdIds: '1-1505', updatedIds: '' });
      expect(idsInRanges(String(second?.updatedIds))).toEqual(ids);
      expect(second).toMatchObject({ createdIds: '' });
      expect(verifyAuditChain(db).ok).toBe(true);
      const listed = listAudit(db, { action: 'import' }, 0, 10);
      expect(listed.total).toBe(2);
      expect(listed.rows[0]?.details).toMatchObject({ updatedIds: '1-1505' });
    }));
});

describe('id ranges', () => {
  it('write runs of consecutive ids as first-last, and read back exactly the ids given', () => {
    expect(idRanges([5, 1, 2, 3, 9, 10, 3])).toBe('1-3,5,9-10');
    expect(idRanges([])).toBe('');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 120 }), (ids) => {
        const text = idRanges(ids);
        const unique = [...new Set(ids)].sort((a, b) => a - b);
        expect(idsInRanges(text)).toEqual(unique);
        for (let id = 0; id <= 401; id += 7) expect(rangesInclude(text, id)).toBe(unique.includes(id));
      }),
    );
  });
});

describe('foldText', () => {
  it('folds ASCII by lower-casing alone, as the full fold does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(foldText(text)).toBe(
          text
            .toLowerCase()
            .normalize('NFKD')
            .replace(/\p{M}+/gu, ''),
        );
      }),
    );
    expect(foldText('Søren Ærø-Ånæs')).toBe('soren aero-anaes');
  });
});

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { dbPath, openDatabase, type Db } from '../../../electron/core/db/driver';
import { readTable } from '../../../electron/core/import/read-table';
import { runImport } from '../../../electron/core/import/run';
import {
  call,
  callFails,
  cleanupTempDirs,
  createRegister,
  dataKeyOf,
  lock,
  newCore,
  REPO_ROOT,
  tempDir,
  type TestCore,
} from '../core/helpers';

const DA = path.join(REPO_ROOT, 'tests/fixtures/partners_da_excel.csv');
const EN = path.join(REPO_ROOT, 'tests/fixtures/partners_utf8.csv');
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

async function importFile(
  file: string,
  target: 'contacts' | 'organisations' = 'contacts',
  extra: { duplicates?: 'skip' | 'update' | 'create' } = {},
) {
  const preview = await call(t.core, 'import:preview', { path: file, target });
  return call(t.core, 'import:run', { path: file, target, mapping: preview.mapping, operationId: `op-${Math.random()}`, ...extra });
}

const counts = async () => ({
  contacts: (await call(t.core, 'contacts:list', { includeArchived: true })).length,
  organisations: (await call(t.core, 'organisations:list', { includeArchived: true })).length,
});

describe('the Danish Excel export (Windows-1252, ;, CRLF)', () => {
  it('previews with the right encoding, delimiter, headers and suggested mapping', async () => {
    const p = await call(t.core, 'import:preview', { path: DA, target: 'contacts' });
    expect(p).toMatchObject({
      fileName: 'partners_da_excel.csv',
      encoding: 'windows-1252',
      delimiter: ';',
      rowCount: 205,
      remembered: false,
    });
    expect(p.headers).toEqual(['Navn', 'Organisation', 'Email', 'Tlf', 'Rolle', 'By', 'Bemærkninger']);
    expect(Object.values(p.mapping)).toEqual(['name', 'organisation', 'email', 'phone', 'role', 'municipality', 'notes']);
    expect(p.sample).toHaveLength(20);
  });

  it('finds the two exact and the one case-changed e-mail duplicates and keeps formula and multi-line cells as text', async () => {
    const p = await call(t.core, 'import:preview', { path: DA, target: 'contacts' });
    const check = await call(t.core, 'import:check', { path: DA, target: 'contacts', mapping: p.mapping });
    expect(check.counts).toMatchObject({ rows: 205, rejected: 0, duplicatesInRegister: 0 });
    const sameEmail = check.rows.filter((r) => r.duplicate?.reason === 'same-email').map((r) => r.row);
    expect(sameEmail).toEqual([202, 203, 204]);
    // Same name at the same organisation with another e-mail: possible duplicates, imported and listed for review.
    expect(check.counts.duplicatesInFile).toBe(3);
    expect(check.counts.possibleDuplicates).toBe(4);
    const summary = await importFile(DA);
    expect(summary).toMatchObject({
      rowsRead: 205,
      created: 202,
      updated: 0,
      skippedDuplicates: 3,
      rejected: [],
      organisationsCreated: 12,
    });
    const people = await call(t.core, 'contacts:list', { includeArchived: false });
    const anne = await call(t.core, 'contacts:get', { id: people.find((c) => c.name === 'Anne Holm')?.id ?? 0 });
    expect(anne.notes).toBe('=1+1');
    const bo = await call(t.core, 'contacts:get', { id: people.find((c) => c.name === 'Bo Lund')?.id ?? 0 });
    expect(bo.notes).toBe('To linjer\nanden linje');
    expect(people.some((c) => c.name === 'Sigrún Abdullahi')).toBe(true);
    const orgs = await call(t.core, 'organisations:list', { includeArchived: false });
    expect(orgs.map((o) => o.name)).toContain('Frivilligcenter Århus');
  });
});

describe('the UTF-8 file (,, LF, English headers)', () => {
  it('imports 120 people with Arabic and Nordic names intact, and search finds them folded', async () => {
    const summary = await importFile(EN);
    expect(summary).toMatchObject({ rowsRead: 120, rejected: [] });
    expect(summary.created + summary.skippedDuplicates).toBe(120);
    const names = (await call(t.core, 'contacts:list', { includeArchived: false })).map((c) => c.name);
    expect(names).toContain('محمد van der Berg');
    expect(names).toContain('Ærø Virtanen');
    expect(names).toContain("Çağla O'Brien");
    const hits = await call(t.core, 'search:query', { text: 'aero virtanen', limit: 5 });
    expect(hits[0]).toMatchObject({ kind: 'contact', title: 'Ærø Virtanen' });
    expect((await call(t.core, 'search:query', { text: 'cagla brien', limit: 5 }))[0]?.title).toBe("Çağla O'Brien");
  });

  it('remembers a confirmed mapping for the next file with the same headers', async () => {
    const p = await call(t.core, 'import:preview', { path: EN, target: 'contacts' });
    const mapping = { ...p.mapping, '5': null };
    await call(t.core, 'import:run', { path: EN, target: 'contacts', mapping, operationId: 'remember', rememberMapping: true });
    const again = await call(t.core, 'import:preview', { path: EN, target: 'contacts' });
    expect(again.remembered).toBe(true);
    expect(again.mapping).toEqual(mapping);
    expect((await call(t.core, 'import:preview', { path: EN, target: 'organisations' })).remembered).toBe(false);
  });

  it('the second import of the same file creates nothing new: every row is a duplicate in the register', async () => {
    await importFile(EN);
    const before = await counts();
    const second = await importFile(EN);
    expect(second.created).toBe(0);
    expect(second.skippedDuplicates).toBe(120);
    expect(await counts()).toEqual(before);
  });
});

describe('XLSX', () => {
  it('reads the first worksheet: formula results, dates, rich text, numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Partnere');
    wb.addWorksheet('Other').addRow(['ignored']);
    ws.addRow(['Organisation', 'Sektor', 'Land', 'Kommune', 'Hjemmeside', 'Stikord']);
    ws.addRow(['Ḥadīth Forening ገብረ', 'Civilsamfund', 'Danmark', 'Århus', 'https://x.dk', 'mentor, frivillig']);
    ws.addRow([
      { richText: [{ text: 'Việt ' }, { text: 'Nam Hội', font: { bold: true } }] },
      'Kommune',
      'Norge',
      { formula: 'A1', result: 'Bergen' },
      '',
      'x',
    ]);
    ws.addRow([new Date(Date.UTC(2024, 4, 17)), 'Ukendt', 'Suomi', 42, '', '']);
    const file = path.join(tempDir(), 'orgs.xlsx');
    await wb.xlsx.writeFile(file);
    const p = await call(t.core, 'import:preview', { path: file, target: 'organisations' });
    expect(p).toMatchObject({ encoding: 'xlsx', delimiter: null, rowCount: 3 });
    expect(p.sample[1]?.[3]).toBe('Bergen');
    expect(p.sample[2]?.[0]).toBe('2024-05-17');
    const check = await call(t.core, 'import:check', { path: file, target: 'organisations', mapping: p.mapping });
    expect(check.rows.find((r) => r.row === 4)?.problems).toEqual([{ field: 'sector', code: 'unknown-value', severity: 'warning' }]);
    const s = await call(t.core, 'import:run', { path: file, target: 'organisations', mapping: p.mapping, operationId: 'x' });
    expect(s.created).toBe(3);
    const orgs = await call(t.core, 'organisations:list', { includeArchived: false });
    const viet = orgs.find((o) => o.name === 'Việt Nam Hội');
    expect(viet).toMatchObject({ sector: 'municipality', country: 'NO', municipality: 'Bergen' });
    expect(orgs.find((o) => o.name === 'Ḥadīth Forening ገብረ')).toMatchObject({
      sector: 'civil-society',
      country: 'DK',
      tags: ['mentor', 'frivillig'],
    });
  });
});

describe('bad files and mappings change nothing', () => {
  it('answers with clear codes', async () => {
    const d = tempDir();
    const missing = path.join(d, 'nope.csv');
    expect((await callFails(t.core, 'import:preview', { path: missing, target: 'contacts' })).code).toBe('FILE_UNREADABLE');
    writeFileSync(path.join(d, 'empty.csv'), '\r\n;;\r\n');
    expect((await callFails(t.core, 'import:preview', { path: path.join(d, 'empty.csv'), target: 'contacts' })).code).toBe('FILE_EMPTY');
    writeFileSync(path.join(d, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect((await callFails(t.core, 'import:preview', { path: path.join(d, 'old.xls'), target: 'contacts' })).code).toBe(
      'UNSUPPORTED_FILE',
    );
    writeFileSync(path.join(d, 'fake.xlsx'), Buffer.from('PK\u0003\u0004garbage'));
    expect((await callFails(t.core, 'import:preview', { path: path.join(d, 'fake.xlsx'), target: 'contacts' })).code).toBe(
      'UNSUPPORTED_FILE',
    );
    const bad = { path: EN, target: 'contacts', mapping: { '2': 'email' }, operationId: 'm' };
    expect((await callFails(t.core, 'import:run', bad)).code).toBe('IMPORT_MAPPING_INVALID');
    expect(await counts()).toEqual({ contacts: 0, organisations: 0 });
  });

  it('rejects rows with a missing name or a broken e-mail, and writes them to an error file', async () => {
    const d = tempDir();
    const file = path.join(d, 'people.csv');
    writeFileSync(file, 'Navn;E-mail;Organisation\nAnn Holm;ann@x.dk;Røde Kors\n;nobody@x.dk;Røde Kors\nBo;bo(at)x.dk;\n');
    const p = await call(t.core, 'import:preview', { path: file, target: 'contacts' });
    const s = await call(t.core, 'import:run', { path: file, target: 'contacts', mapping: p.mapping, operationId: 'e' });
    expect(s.rejected).toEqual([
      { row: 3, field: 'name', code: 'missing' },
      { row: 4, field: 'email', code: 'invalid-email' },
    ]);
    const out = path.join(d, 'errors.csv');
    const rows = s.rejected.map((r) => ({ row: r.row, reason: r.code }));
    expect(await call(t.core, 'import:errorFile', { source: file, out, rows })).toEqual({ written: 2 });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(out, 'utf8')).toBe(
      '\uFEFFRow;Reason;Navn;E-mail;Organisation\r\n3;missing;;nobody@x.dk;Røde Kors\r\n4;invalid-email;Bo;bo(at)x.dk;\r\n',
    );
  });
});

function bigFile(rows: number): string {
  const file = path.join(tempDir(), 'big.csv');
  const lines = ['Name,Email,Organisation'];
  for (let i = 0; i < rows; i++) lines.push(`Person ${i} Ødegård,p${i}@example.org,Org ${i % 7}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('all or nothing', () => {
  it('a cancel mid-way leaves the register as it was, and progress was reported', async () => {
    const file = bigFile(2000);
    const p = await call(t.core, 'import:preview', { path: file, target: 'contacts' });
    const running = t.core.invoke('import:run', { path: file, target: 'contacts', mapping: p.mapping, operationId: 'cancel-me' });
    while (!t.events.some((e) => e.event === 'progress' && (e.payload as { done: number }).done > 0)) await new Promise(setImmediate);
    expect((await t.core.invoke('import:cancel', { operationId: 'cancel-me' })).ok).toBe(true);
    const result = await running;
    expect(result.ok ? 'finished' : result.error.code).toBe('CANCELLED');
    const progress = t.events.filter((e) => e.event === 'progress').map((e) => e.payload as { done: number; total: number });
    expect(progress.at(-1)?.done).toBeLessThan(2000);
    expect(await counts()).toEqual({ contacts: 0, organisations: 0 });
    expect((await call(t.core, 'search:query', { text: 'odegard', limit: 5 })).length).toBe(0);
  });

  it('a failure injected mid-import leaves the counts unchanged', async () => {
    await importFile(EN);
    const before = await counts();
    await lock(t.core);
    const file = bigFile(1000);
    const db: Db = openDatabase(dbPath(dir), await dataKeyOf(dir), { create: false });
    try {
      const mappingsBefore = (db.prepare('SELECT count(*) AS n FROM import_mappings').get() as { n: number }).n;
      const table = await readTable(file);
      const mapping = { '0': 'name', '1': 'email', '2': 'organisation' } as const;
      const failing = runImport(db, table, {
        target: 'contacts',
        mapping,
        duplicates: 'skip',
        overrides: [],
        rememberMapping: true,
        actor: 'owner',
        defaultCountry: 'DK',
        progress: () => undefined,
        isCancelled: () => false,
        beforeRow: (row) => {
          if (row === 700) throw new Error('disk unplugged');
        },
      });
      await expect(failing).rejects.toThrow('disk unplugged');
      expect(db.inTransaction).toBe(false);
      const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(n('SELECT count(*) AS n FROM contacts')).toBe(before.contacts);
      expect(n('SELECT count(*) AS n FROM organisations')).toBe(before.organisations);
      expect(n('SELECT count(*) AS n FROM import_mappings')).toBe(mappingsBefore);
    } finally {
      db.close();
    }
  });
});

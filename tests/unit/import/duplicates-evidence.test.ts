import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseEmail } from '../../../shared/text';
import { phoneKey } from '../../../electron/core/import/contact-duplicates';
import { call, cleanupTempDirs, createRegister, newCore, PASSPHRASE, tempDir, withDb, type TestCore } from '../core/helpers';
import { runCli } from '../core/run-cli';
import { danishSheet } from './danish-sheet';

// The reported Danish export: 1,560 rows, 1,505 distinct people. Before duplicates were decided
// by evidence, 144 people who share a name and an organisation with a colleague were skipped as
// "duplicates" (1,361 created, 199 skipped): one contact in ten lost without a word.

const sheet = danishSheet();
let t: TestCore;
let dir: string;
let file: string;

beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core));
  file = path.join(tempDir(), 'kontakter.csv');
  writeFileSync(file, sheet.bytes);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('the reported Danish export (Windows-1252, 1,560 rows)', () => {
  it('check: only e-mail repeats are duplicates; namesakes at the same organisation are possible duplicates', async () => {
    const p = await call(t.core, 'import:preview', { path: file, target: 'contacts' });
    expect(p).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rowCount: 1560 });
    const check = await call(t.core, 'import:check', { path: file, target: 'contacts', mapping: p.mapping });
    expect(check.counts).toMatchObject({ rows: 1560, rejected: 0, duplicatesInFile: 55, duplicatesInRegister: 0 });
    expect(check.counts.possibleDuplicates).toBeGreaterThanOrEqual(144);
    const reasons = new Set(check.rows.flatMap((r) => (r.duplicate ? [r.duplicate.reason] : [])));
    expect(reasons).toEqual(new Set(['same-email']));
  });

  it('run: every distinct person is created, the 55 repeats are skipped, each namesake pair is listed with both ids', async () => {
    const p = await call(t.core, 'import:preview', { path: file, target: 'contacts' });
    const s = await call(t.core, 'import:run', { path: file, target: 'contacts', mapping: p.mapping, operationId: 'dk' });
    expect(s).toMatchObject({ rowsRead: 1560, created: 1505, updated: 0, skippedDuplicates: 55, rejected: [] });
    const contacts = await call(t.core, 'contacts:list', { includeArchived: true });
    expect(contacts).toHaveLength(1505);
    const idOf = await withDb(dir, (db) => {
      const rows = db.prepare('SELECT id, email_key FROM contacts').all() as { id: number; email_key: string }[];
      return new Map(rows.map((r) => [r.email_key, r.id]));
    });
    for (const person of sheet.people) expect(idOf.has(normaliseEmail(person.email)), person.email).toBe(true);
    const pairs = new Set(s.possibleDuplicates.map((d) => [d.id, d.otherId].sort((a, b) => a - b).join('-')));
    for (const [a, b] of sheet.namesakes) {
      const ids = [idOf.get(sheet.people[a]?.email ?? ''), idOf.get(sheet.people[b]?.email ?? '')] as number[];
      expect(pairs.has(ids.sort((x, y) => x - y).join('-'))).toBe(true);
    }
  }, 60_000);
});

describe('phone keys', () => {
  it('compare the digits: spaces, dashes, +45 and 0045 written differently are the same number; a short one is no evidence', () => {
    expect(phoneKey('+45 20 12 34 56')).toBe(phoneKey('0045-20123456'));
    expect(phoneKey('+45 20 12 34 56')).not.toBe(phoneKey('+45 20 12 34 57'));
    expect(phoneKey('112')).toBe('');
  });
});

describe('the CLI', () => {
  it('--json gives possibleDuplicates with both ids, and --dry-run the rows they resemble', async () => {
    const env = { BINDELED_PASSPHRASE: PASSPHRASE };
    const cliDir = path.join(tempDir(), 'reg');
    expect((await runCli(['create', '--dir', cliDir], { env })).code).toBe(0);
    const dry = await runCli(['import', 'contacts', '--dir', cliDir, file, '--dry-run', '--json'], { env });
    const planned = JSON.parse(dry.stdout) as {
      created: number;
      duplicates: number;
      possibleDuplicates: { row: number; ofRow?: number }[];
    };
    expect(planned).toMatchObject({ created: 1505, duplicates: 55 });
    expect(planned.possibleDuplicates.length).toBeGreaterThanOrEqual(144);
    expect(planned.possibleDuplicates.every((d) => typeof d.ofRow === 'number' && d.ofRow < d.row)).toBe(true);
    const real = await runCli(['import', 'contacts', '--dir', cliDir, file, '--json'], { env });
    const report = JSON.parse(real.stdout) as { created: number; possibleDuplicates: { row: number; id: number; otherId: number }[] };
    expect(report.created).toBe(1505);
    expect(report.possibleDuplicates).toHaveLength(planned.possibleDuplicates.length);
    for (const d of report.possibleDuplicates) {
      expect(d.id).toBeGreaterThan(0);
      expect(d.otherId).toBeGreaterThan(0);
      expect(d.id).not.toBe(d.otherId);
    }
    const text = await runCli(['import', 'contacts', '--dir', cliDir, file], { env });
    expect(text.stdout).toMatch(/0 created, 0 updated, 1560 skipped as duplicates/);
  }, 120_000);
});

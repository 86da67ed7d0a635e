import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../electron/cli/args';
import { UsageError } from '../../../electron/cli/options';
import { cleanupTempDirs, PASSPHRASE, tempDir } from '../core/helpers';
import { runCli } from '../core/run-cli';

// `demo`, `export` and `directory` spawned from source as `npm run cli` runs them.

const env = { BINDELED_PASSPHRASE: PASSPHRASE };
let dir: string;
let out: string;
let demo: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  dir = path.join(tempDir(), 'demo-register');
  out = tempDir('bindeled-cli-out-');
  demo = await runCli(['demo', '--dir', dir, '--size', 's', '--lang', 'nb'], { env });
});
afterAll(cleanupTempDirs);

describe('CLI demo, export and directory', () => {
  it('demo creates the register in an empty folder, fills it and prints the recovery key once', () => {
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/Recovery key \(shown only this once\): [0-9A-Z-]{39}/);
    expect(demo.stdout).toMatch(/contacts\s+300/);
  });

  it('exports contacts as CSV with , and organisations as XLSX, then the directory as Word', async () => {
    const csv = path.join(out, 'contacts.csv');
    const contacts = await runCli(['export', 'contacts', '--dir', dir, '--format', 'csv', '--out', csv, '--delimiter', ','], { env });
    expect(contacts.code, contacts.stderr).toBe(0);
    expect(contacts.stdout).toMatch(/^Exported \d+ contacts to .*contacts\.csv \(csv\)/);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFNavn,Stilling,E-post,Telefon,Foretrukket språk')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(250);

    const xlsx = path.join(out, 'orgs.xlsx');
    const orgs = await runCli(['export', 'organisations', '--dir', dir, '--format', 'xlsx', '--out', xlsx], { env });
    expect(orgs.code, orgs.stderr).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.getWorksheet('Organisasjoner')?.getRow(1).getCell(1).value).toBe('Navn');

    const docx = path.join(out, 'katalog.docx');
    const directory = await runCli(['directory', '--dir', dir, '--out', docx, '--group-by', 'theme'], { env });
    expect(directory.code, directory.stderr).toBe(0);
    expect(directory.stdout).toMatch(/Partner directory with \d+ organisations written to/);
    const xml = (await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Partnerkatalog');
    expect(xml).toContain('Henvisning til mentorordning');
  });

  it('a wrong passphrase fails with exit code 1 and writes nothing', async () => {
    const file = path.join(out, 'never.csv');
    const run = await runCli(['export', 'contacts', '--dir', dir, '--format', 'csv', '--out', file], {
      env: { BINDELED_PASSPHRASE: 'wrong wrong wrong wrong' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('WRONG_PASSPHRASE');
    expect(() => readFileSync(file)).toThrow();
  });

  it('parses the options and refuses misplaced ones as usage errors', () => {
    expect(parseCommand(['export', 'contacts', '--dir', '/r', '--format', 'vcf', '--out', 'k.vcf'])).toEqual({
      name: 'export',
      what: 'contacts',
      dir: '/r',
      format: 'vcf',
      out: path.resolve('k.vcf'),
      delimiter: ';',
      includeArchived: false,
    });
    expect(parseCommand(['directory', '--dir', '/r', '--out', '/o.docx', '--lang', 'fi', '--theme', 'employment'])).toMatchObject({
      name: 'directory',
      groupBy: 'sector',
      lang: 'fi',
      theme: 'employment',
    });
    const bad = (argv: string[]) => () => parseCommand(argv);
    expect(bad(['export', 'organisations', '--dir', '/r', '--format', 'vcf', '--out', 'x'])).toThrow(/--format must be one of csv, xlsx/);
    expect(bad(['export', 'people', '--dir', '/r', '--format', 'csv', '--out', 'x'])).toThrow(UsageError);
    expect(bad(['export', 'contacts', '--dir', '/r', '--format', 'csv'])).toThrow(/needs --out/);
    expect(bad(['demo', '--dir', '/r', '--size', 'xxl'])).toThrow(/--size must be one of s, m, l, xl/);
    expect(bad(['demo', '--dir', '/r', '--size', 's', '--out', 'x'])).toThrow(/--out does not apply to demo/);
    expect(bad(['directory', '--dir', '/r', '--out', 'x', '--group-by', 'colour'])).toThrow(UsageError);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { clearLogo, setLogo, updateLetterhead } from '../../../electron/core/reports/letterhead';
import { programmeModel } from '../../../electron/core/reports/programme/model';
import { writeProgrammeExport } from '../../../electron/core/reports/programme/export';
import { COMPARISON, fillProgrammeRegister, MARKER, PERIOD } from './programme-fixture';

// The results report's files: the .docx (tables, charts with alt text, narrative, notes) and the
// .xlsx (a sheet per table), read back and checked for content, for "< 5", and for the absence of
// every name and free text of the register (each holds MARKER). With KEEP_DOCS=<dir> the files
// (and their PDF pages, where LibreOffice is installed) are kept for a look.

let dir: string;
let out: string;
let db: Db;
let register: OpenRegister;

const NARRATIVE = {
  introduction: 'Vi har haft et godt halvår.\n\nFlere kvinder fandt job.',
  highlights: 'Ti nye forløb.',
  outlook: 'Vi søger flere mentorer i 2027.',
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-programme-export-'));
  out = mkdtempSync(path.join(os.tmpdir(), 'bindeled-programme-out-'));
  db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  writeSettings(db, { organisationName: 'Mentornetværket Østjylland', defaultLanguage: 'da' });
  fillProgrammeRegister(db);
  register = { dir, db, actor: 'owner', role: 'administrator' } as unknown as OpenRegister;
  updateLetterhead(register, { address: 'Vestergade 1\n8000 Aarhus C', contactLine: 'Tlf. 12 34 56 78 · mentor@example.org' });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

function keep(file: string): void {
  if (!process.env.KEEP_DOCS) return;
  mkdirSync(process.env.KEEP_DOCS, { recursive: true });
  copyFileSync(file, path.join(process.env.KEEP_DOCS, path.basename(file)));
}

/** Every XML part of the .docx (document, footers, core properties), tags removed. */
function docxText(file: string): { body: string; all: string; media: string[] } {
  const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const xml = list.filter((p) => p.endsWith('.xml') || p.endsWith('.rels'));
  // unzip reads [ and ] in a name as a pattern.
  const all = xml.map((p) => execFileSync('unzip', ['-p', file, p.replace(/[[\]]/g, '\\$&')], { encoding: 'utf8' })).join('\n');
  const body = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  return { body, all, media: list.filter((p) => p.startsWith('word/media/')) };
}

const plain = (xml: string) => xml.replace(/<[^>]+>/g, '');

describe('the .docx and .xlsx', () => {
  it('writes both files with tables, charts, narrative and notes, and audits it', async () => {
    const docx = path.join(out, 'Resultatrapport.docx');
    const xlsx = path.join(out, 'Resultatrapport.xlsx');
    const steps: number[] = [];
    const result = await writeProgrammeExport(
      register,
      {
        ...PERIOD,
        ...COMPARISON,
        breakdowns: ['municipality', 'language', 'referring-partner'],
        language: 'da',
        narrative: NARRATIVE,
        path: docx,
        xlsxPath: xlsx,
      },
      (done) => steps.push(done),
    );
    expect(result).toMatchObject({ path: docx, xlsxPath: xlsx });
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(steps.at(-1)).toBe(4);
    keep(docx);
    keep(xlsx);

    const { body, all, media } = docxText(docx);
    const text = plain(body);
    for (const expected of [
      'Mentornetværket Østjylland',
      'Vestergade 1',
      '8000 Aarhus C',
      'Tlf. 12 34 56 78 · mentor@example.org',
      'Resultatrapport',
      'Periode: 1. januar 2026 – 30. juni 2026',
      'Sammenlignet med: 4. juli 2025 – 31. december 2025',
      'Indledning',
      'Vi har haft et godt halvår.',
      'Flere kvinder fandt job.',
      'Højdepunkter',
      'Fremadrettet',
      'Nøgletal',
      'Nye henvisninger',
      'Henvisninger efter henviser',
      'Resultat af afsluttede forløb',
      'Mentees efter kommune',
      'Mentees efter førstesprog',
      'Jobcenter Aarhus',
      'arabisk',
      'Tal under 5 vises som “&lt; 5”',
      'Ændring',
    ])
      expect(text).toContain(expected);
    // The two narrative paragraphs are two paragraphs.
    expect(body).toMatch(/Vi har haft et godt halvår\.<\/w:t><\/w:r><\/w:p>/);
    expect(text).toContain('&lt; 5');
    expect(text).toContain('–');
    // Coverage: 18 counted, "< 5" left out.
    expect(text).toContain('18 medtaget, &lt; 5 udeladt');
    // Three charts, each with alt text.
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(3);
    expect(body).toContain('Søjlediagram: henvisninger efter henviser');
    expect(body).toContain('Kurvediagram: forløb startet');
    // Nobody's name, no free text, anywhere in the package.
    expect(all).not.toContain(MARKER);

    const audit = db.prepare("SELECT actor, details FROM audit_log WHERE action = 'report.programme-exported'").all() as {
      actor: string;
      details: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ from: '2026-01-01', to: '2026-06-30', language: 'da', xlsx: true, tables: 6 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Noter',
      'Nøgletal',
      'Henvisninger',
      'Resultater',
      'Efter kommune',
      'Efter henvisende partner',
      'Efter førstesprog',
      'Måned for måned',
    ]);
    const sheet = (name: string) => wb.getWorksheet(name)!;
    const rows = (name: string) =>
      sheet(name)
        .getSheetValues()
        .slice(2)
        .map((r) => [...(r as unknown[]).slice(1)].map((v) => v ?? null));
    // Trailing empty cells (a change that cannot be given) are not stored.
    expect(rows('Nøgletal')[0]).toEqual(['Nye henvisninger', 11, '< 5']);
    expect(rows('Nøgletal')[6]).toEqual(['Afholdte møder', 40, 0, 40]);
    const outcomes = Object.fromEntries(rows('Resultater').map((r) => [r[0], r.slice(1)]));
    expect(outcomes['Job, fuld tid']).toEqual(['–', null, 0]);
    expect(outcomes.Uddannelse).toEqual(['< 5', null, 0]);
    expect(outcomes.Praktik).toEqual([0, 0, 0, null, 0]);
    expect(outcomes['I alt']).toEqual([6, null, 0, null, 6]);
    expect(rows('Måned for måned')[1]).toEqual(['2026-02', 5, 10]);
    const everything = wb.worksheets.flatMap((w) => w.getSheetValues().flat().map(String)).join('\n');
    expect(everything).not.toContain(MARKER);
    expect(everything).toContain('Tal under 5 vises som');
  });

  it('keeps the counts it showed in the ledger, so a later report over an overlapping period hides what the difference gives away, and says so', async () => {
    const january = { from: '2026-01-01', to: '2026-01-31', ...COMPARISON, breakdowns: [], language: 'en' as const };
    const referrals = (m: ReturnType<typeof programmeModel>) => m.tables[0]!.rows.find((r) => r.key === 'referrals')!.current;
    // January–June released: 11 referrals. January alone has 10, which would show June's single
    // referral when subtracted.
    await writeProgrammeExport(register, { ...january, ...PERIOD, narrative: NARRATIVE, path: path.join(out, 'Half-year.docx') });
    const rows = register.db.prepare('SELECT DISTINCT audit_sha256 FROM released_cells').pluck().all() as string[];
    expect(rows.length).toBeGreaterThan(0);
    expect(
      register.db.prepare("SELECT value FROM released_cells WHERE cell = 'ov:referrals' AND period_to = '2026-06-30'").pluck().get(),
    ).toBe(11);
    expect(referrals(programmeModel(register.db, january))).toEqual({ value: null, suppressed: 'complementary', share: null });
    expect(programmeModel(register.db, january).hiddenByEarlierReports).toBeGreaterThan(0);
    // The document says why.
    const docx = path.join(out, 'January.docx');
    const xlsx = path.join(out, 'January.xlsx');
    const hidden = programmeModel(register.db, january).hiddenByEarlierReports;
    await writeProgrammeExport(register, { ...january, narrative: NARRATIVE, path: docx, xlsxPath: xlsx });
    expect(plain(docxText(docx).body)).toContain('because an earlier report over an overlapping period was already given out');
    // So does the workbook's notes sheet, with the number of figures hidden.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const notes: string[] = [];
    wb.worksheets[0]!.eachRow((row) => notes.push(String(row.getCell(1).value)));
    expect(notes.find((line) => line.includes('because an earlier report over an overlapping period'))).toContain(
      `Figures hidden for this reason: ${hidden}.`,
    );
    if (process.env.KEEP_DOCS) copyFileSync(docx, path.join(process.env.KEEP_DOCS, 'results-january-en.docx'));
  });

  it('prints the letterhead logo above the organisation name', async () => {
    const logo = path.join(out, 'logo.png');
    writeFileSync(
      logo,
      new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#1F4E79"/></svg>')
        .render()
        .asPng(),
    );
    setLogo(register, logo);
    const docx = path.join(out, 'with-logo.docx');
    await writeProgrammeExport(register, { ...PERIOD, ...COMPARISON, breakdowns: [], language: 'en', narrative: NARRATIVE, path: docx });
    const { body, media } = docxText(docx);
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(4);
    // The logo comes first, before the organisation's name.
    expect(body.indexOf('<wp:docPr')).toBeLessThan(body.indexOf('Mentornetværket Østjylland'));
    clearLogo(register);
  });

  it('refuses a target that is not a .docx or sits in the register folder, writing nothing', async () => {
    const base = { ...PERIOD, ...COMPARISON, breakdowns: [], narrative: { introduction: '', highlights: '', outlook: '' } };
    await expect(writeProgrammeExport(register, { ...base, path: path.join(out, 'x.pdf') })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(writeProgrammeExport(register, { ...base, path: path.join(dir, 'x.docx') })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    await expect(
      writeProgrammeExport(register, { ...base, path: path.join(out, 'y.docx'), xlsxPath: path.join(out, 'y.csv') }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(existsSync(path.join(out, 'y.docx'))).toBe(false);
  });

  it('renders to PDF pages in English and Danish (where LibreOffice is installed)', async (ctx) => {
    if (spawnSync('soffice', ['--version']).status !== 0) {
      console.log('Skipped: LibreOffice (soffice) is not installed, so the PDF rendering is not checked here.');
      ctx.skip();
    }
    for (const language of ['en', 'da'] as const) {
      const docx = path.join(out, `results-${language}.docx`);
      await writeProgrammeExport(register, {
        ...PERIOD,
        ...COMPARISON,
        breakdowns: ['municipality'],
        language,
        narrative: NARRATIVE,
        path: docx,
      });
      const pdfDir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-programme-pdf-'));
      execFileSync(
        'soffice',
        ['--headless', '--norestore', `-env:UserInstallation=file://${pdfDir}/profile`, '--convert-to', 'pdf', '--outdir', pdfDir, docx],
        {
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
      const pdf = path.join(pdfDir, `results-${language}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(language === 'en' ? 'Results report' : 'Resultatrapport');
      expect(text).toContain('< 5');
      expect(text).not.toContain(MARKER);
      if (process.env.KEEP_DOCS) {
        copyFileSync(pdf, path.join(process.env.KEEP_DOCS, path.basename(pdf)));
        execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(process.env.KEEP_DOCS, `results-${language}`)]);
      }
      expect(readdirSync(pdfDir).length).toBeGreaterThan(0);
      expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF');
      rmSync(pdfDir, { recursive: true, force: true });
    }
  }, 240_000);
});

import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, createRegister, lock, newCore, PASSPHRASE, tempDir, withDb, type TestCore } from '../core/helpers';
import { parseCommand } from '../../../electron/cli/args';
import { runCli } from '../core/run-cli';
import { fillProgrammeRegister, MARKER } from './programme-fixture';

// `npm run cli -- report programme`: the same channels as the app (reports:programme, then
// reports:programmeExport) on a real encrypted register holding the hand-built fixture.

let t: TestCore;
let dir: string;
const env = { BINDELED_PASSPHRASE: PASSPHRASE };

beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core, { organisationName: 'Mentornetværket' }));
  await lock(t.core);
  await withDb(dir, (db) => fillProgrammeRegister(db));
}, 30_000);
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('cli report programme', () => {
  it('writes the .docx and .xlsx with the narrative from files and prints the key figures', async () => {
    const out = tempDir();
    const docx = path.join(out, 'resultater.docx');
    const xlsx = path.join(out, 'resultater.xlsx');
    const intro = path.join(out, 'intro.txt');
    writeFileSync(intro, 'Et halvår med mange nye forløb.\n\nTak til vores frivillige.');
    const run = await runCli(
      [
        'report',
        'programme',
        '--dir',
        dir,
        '--from',
        '2026-01-01',
        '--to',
        '2026-06-30',
        '--compare-from',
        '2025-07-04',
        '--compare-to',
        '2025-12-31',
        '--breakdown',
        'municipality,language',
        '--out',
        docx,
        '--xlsx',
        xlsx,
        '--introduction',
        intro,
      ],
      { env },
    );
    expect(run.stderr).not.toContain('Error');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*resultater\.docx \(sha256 [0-9a-f]{64}\) and .*resultater\.xlsx\./);
    expect(run.stdout).toContain('Period 2026-01-01 to 2026-06-30, compared with 2025-07-04 to 2025-12-31, in da.');
    expect(run.stdout).toContain('left out: < 5');
    expect(run.stdout).toMatch(/Nye henvisninger\s+11\s+< 5/);
    expect(existsSync(xlsx)).toBe(true);
    const text = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, '');
    expect(text).toContain('Et halvår med mange nye forløb.');
    expect(text).toContain('Mentees efter kommune');
    expect(text).not.toContain(MARKER);
  }, 60_000);

  it('prints JSON with --json, in the language asked for, with a chosen comparison period', async () => {
    const docx = path.join(tempDir(), 'results.docx');
    const run = await runCli(
      [
        'report',
        'programme',
        '--dir',
        dir,
        '--from',
        '2026-01-01',
        '--to',
        '2026-06-30',
        '--compare-from',
        '2025-01-01',
        '--compare-to',
        '2025-06-30',
        '--lang',
        'en',
        '--out',
        docx,
        '--json',
      ],
      { env },
    );
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { comparison: unknown; language: string; figures: Record<string, { current: string }> };
    expect(summary.language).toBe('en');
    expect(summary.comparison).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(summary.figures['mentors-trained']).toEqual({ current: '< 5', comparison: '0' });
    expect(summary.figures.meetings!.current).toBe('40');
  }, 60_000);

  it('refuses bad arguments with a usage error (exit code 2)', async () => {
    const base = ['report', 'programme', '--dir', dir, '--out', 'x.docx'];
    for (const [args, message] of [
      [['--from', '2026-01-01'], 'needs --from YYYY-MM-DD and --to YYYY-MM-DD'],
      [['--from', '1.1.2026', '--to', '2026-06-30'], '--from must be a day as YYYY-MM-DD'],
      [['--from', '2026-01-01', '--to', '2026-06-30', '--breakdown', 'religion'], '"religion" is not one of'],
      [['--from', '2026-01-01', '--to', '2026-06-30', '--compare-from', '2025-01-01'], 'give both --compare-from and --compare-to'],
      [['--from', '2026-01-01', '--to', '2026-06-30', '--xlsx', 'x.csv'], '--xlsx must end in .xlsx'],
      [['--from', '2026-01-01', '--to', '2026-06-30', '--introduction', '/no/such/file.txt'], '--introduction: cannot read'],
    ] as const)
      expect(() => parseCommand([...base, ...args]), args.join(' ')).toThrow(message);
    const run = await runCli([...base, '--from', '2026-01-01'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('needs --from YYYY-MM-DD and --to YYYY-MM-DD');
  }, 60_000);

  it('refuses an overlapping comparison period and one over ten years, saying which dates, writing nothing', async () => {
    const docx = path.join(tempDir(), 'x.docx');
    const run = await runCli(
      [
        'report',
        'programme',
        '--dir',
        dir,
        '--out',
        docx,
        '--from',
        '2026-01-01',
        '--to',
        '2026-06-30',
        '--compare-from',
        '2026-06-01',
        '--compare-to',
        '2026-07-31',
      ],
      { env },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Error PERIOD_OVERLAP: The comparison period overlaps the report period: 2026-06-01 to 2026-07-31 shares days with 2026-01-01 to 2026-06-30. Choose a comparison period (--compare-from, --compare-to) that ends before 2026-01-01.',
    );
    expect(existsSync(docx)).toBe(false);
    const long = await runCli(['report', 'programme', '--dir', dir, '--out', docx, '--from', '2016-01-01', '--to', '2026-01-01'], { env });
    expect(long.code).toBe(1);
    expect(long.stderr).toContain(
      'Error PERIOD_TOO_LONG: A report can cover at most 10 years; the chosen period covers 2016-01-01 to 2026-01-01, which is longer. Choose an end date on or before 2025-12-31.',
    );
    expect(existsSync(docx)).toBe(false);
  }, 60_000);
});

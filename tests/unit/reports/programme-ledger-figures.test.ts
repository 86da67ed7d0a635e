import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { writeProgrammeExport } from '../../../electron/core/reports/programme/export';
import { figureGivesAway, type ReleasedCell } from '../../../electron/core/reports/programme/ledger';
import { programmeModel } from '../../../electron/core/reports/programme/model';
import { addCourse, addMentee, statisticsConsent } from './programme-fixture';

// The two figures that are not counts, in series (ledger.ts): volunteer hours and the median days
// to match, hidden when an earlier written report would give away those of a few meetings or
// courses. Worked examples; the random adversary is in programme-ledger.test.ts. With
// KEEP_DOCS=<dir> the January–June reports (English and Danish) are kept for a look.
//
// The register: mentees 1–5 were matched in January (waits 6–10 days) and met their mentor on
// 10 February and 10 April for an hour: 10 meetings, 10 hours in January–May. Mentee 6 was
// matched in January too (11 days) and met the mentor twice in June, 90 and 30 minutes: June
// alone is 2 meetings and 2 hours. Mentee 7 was referred in May and matched in June, after 54 days.

const AT = '2026-12-31T12:00';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const JAN_MAY = { from: '2026-01-01', to: '2026-05-31', breakdowns: [], language: 'en' as const };
const JAN_JUN = { ...JAN_MAY, to: '2026-06-30' };
const NARRATIVE = { introduction: 'Halvåret.', highlights: '', outlook: '' };

function freshRegister(): { db: Db; register: OpenRegister; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-ledger-figures-'));
  const out = mkdtempSync(path.join(os.tmpdir(), 'bindeled-ledger-figures-out-'));
  dirs.push(dir, out);
  const db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  writeSettings(db, { organisationName: 'Mentornetværket', defaultLanguage: 'en' });
  const mentor = Number(
    db
      .prepare(`INSERT INTO mentors (name, status, name_key, created_at, updated_at) VALUES ('Mentor', 'active', 'mentor', ?, ?)`)
      .run(AT, AT).lastInsertRowid,
  );
  for (let i = 1; i <= 7; i++) {
    const mentee = addMentee(db, i, 'Aarhus', []);
    statisticsConsent(db, 'mentee', mentee);
    const meetings: [string, string, number][] =
      i <= 5
        ? [
            ['2026-02-10', 'mentor-mentee', 60],
            ['2026-04-10', 'mentor-mentee', 60],
          ]
        : i === 6
          ? [
              ['2026-06-03', 'mentor-mentee', 90],
              ['2026-06-17', 'mentor-mentee', 30],
            ]
          : [];
    const [referredOn, matchedOn] = i <= 6 ? ['2026-01-05', `2026-01-${String(10 + i).padStart(2, '0')}`] : ['2026-05-02', '2026-06-25'];
    addCourse(db, { mentee, org: null, referredOn, mentor, matchedOn, startedOn: matchedOn, meetings });
  }
  return { db, register: { dir, db, actor: 'owner', role: 'administrator' } as unknown as OpenRegister, out };
}

const figure = (db: Db, input: typeof JAN_MAY, key: string) =>
  programmeModel(db, input, AT).tables[0]!.rows.find((r) => r.key === key)!.current;
const released = (db: Db, cell: string, to: string) =>
  db.prepare('SELECT value FROM released_cells WHERE cell = ? AND period_to = ?').pluck().all(cell, to);

describe('volunteer hours in series', () => {
  it('hides January–June’s hours once January–May was given out: June alone had two meetings', async () => {
    const { db, register, out } = freshRegister();
    // The attack, before anything is recorded: 12 h − 10 h is June's two meetings (90 + 30 minutes).
    expect(figure(db, JAN_MAY, 'volunteer-hours').value).toBe(10);
    expect(figure(db, JAN_JUN, 'volunteer-hours').value).toBe(12);

    await writeProgrammeExport(register, { ...JAN_MAY, narrative: NARRATIVE, path: path.join(out, 'jan-may.docx') });
    // The ledger keeps the hours and the 10 meetings they were taken over (no shown cell holds that count).
    expect(released(db, 'base:volunteer-hours', '2026-05-31')).toEqual([10]);
    expect(released(db, 'ov:volunteer-hours', '2026-05-31')).toEqual([10]);

    const model = programmeModel(db, JAN_JUN, AT);
    expect(model.tables[0]!.rows.find((r) => r.key === 'volunteer-hours')!.current).toEqual({
      value: null,
      suppressed: 'complementary',
      share: null,
    });
    expect(model.hiddenByEarlierReports).toBeGreaterThan(0);

    // Both files show the model: "–" in the workbook, and nothing about these hours goes in the ledger.
    const kept = process.env.KEEP_DOCS;
    for (const language of ['en', 'da'] as const) {
      const docx = path.join(out, `jan-jun-${language}.docx`);
      const xlsx = path.join(out, `jan-jun-${language}.xlsx`);
      await writeProgrammeExport(register, { ...JAN_JUN, language, narrative: NARRATIVE, path: docx, xlsxPath: xlsx });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx);
      const label = language === 'en' ? 'Volunteer hours' : 'Frivillige timer';
      const rows = (wb.worksheets[1]!.getSheetValues() as unknown[][]).filter(Boolean);
      const row = rows.find((r) => String(r[1]).startsWith(label));
      expect(row?.[2], `${language}: ${JSON.stringify(rows.map((r) => r[1]))}`).toBe('–');
      // The notes sheet says why, in the report's language, hours and waiting times included.
      const notes = (wb.worksheets[0]!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => String(r[1]));
      expect(
        notes.some((n) => n.includes(language === 'en' ? 'the hours or waiting times of fewer than 5' : 'timerne eller ventetiderne')),
      ).toBe(true);
      if (kept) {
        mkdirSync(kept, { recursive: true });
        copyFileSync(docx, path.join(kept, path.basename(docx)));
      }
    }
    expect(released(db, 'base:volunteer-hours', '2026-06-30')).toEqual([]);
    expect(released(db, 'ov:volunteer-hours', '2026-06-30')).toEqual([]);
  });

  it('still shows the hours of a later period with five or more meetings more', async () => {
    const { db, register, out } = freshRegister();
    const janMar = { ...JAN_MAY, to: '2026-03-31' };
    // January–March: the five February meetings, 5 hours. January–June has 7 meetings more.
    await writeProgrammeExport(register, { ...janMar, narrative: NARRATIVE, path: path.join(out, 'jan-mar.docx') });
    expect(released(db, 'ov:volunteer-hours', '2026-03-31')).toEqual([5]);
    expect(figure(db, JAN_JUN, 'volunteer-hours').value).toBe(12);
  });

  it('hides a re-issued period whose meetings are the same in number but whose hours moved', async () => {
    const { db, register, out } = freshRegister();
    await writeProgrammeExport(register, { ...JAN_MAY, narrative: NARRATIVE, path: path.join(out, 'first.docx') });
    // The same figures again: shown.
    expect(figure(db, JAN_MAY, 'volunteer-hours').value).toBe(10);
    // One meeting's duration corrected from 60 to 120 minutes: 11 hours over the same 10 meetings
    // would say that one meeting was an hour longer.
    db.prepare("UPDATE meetings SET duration_minutes = 120 WHERE id = (SELECT min(id) FROM meetings WHERE date = '2026-02-10')").run();
    expect(figure(db, JAN_MAY, 'volunteer-hours')).toEqual({ value: null, suppressed: 'complementary', share: null });
  });
});

describe('the median days to match in series', () => {
  it('hides January–June’s median once January–May was given out: June added one course', async () => {
    const { db, register, out } = freshRegister();
    // The attack: 8.5 days over January's six courses, 9 with June's one: it waited longer than 8.5 days.
    expect(figure(db, JAN_MAY, 'median-days-to-match').value).toBe(8.5);
    expect(figure(db, JAN_JUN, 'median-days-to-match').value).toBe(9);
    await writeProgrammeExport(register, { ...JAN_MAY, narrative: NARRATIVE, path: path.join(out, 'jan-may.docx') });
    // Kept: the six courses it was taken over, and the median in tenths of a day.
    expect(released(db, 'base:median-days-to-match', '2026-05-31')).toEqual([6]);
    expect(released(db, 'ov:median-days-to-match', '2026-05-31')).toEqual([85]);
    expect(figure(db, JAN_JUN, 'median-days-to-match')).toEqual({ value: null, suppressed: 'complementary', share: null });
  });
});

describe('figureGivesAway', () => {
  const period = { from: '2026-01-01', to: '2026-06-30' };
  const entry = (cell: string, value: number, report: string, p = period): ReleasedCell => ({ cell, period: p, value, report });
  const ledgerOf = (cells: ReleasedCell[]) => {
    const out = new Map<string, ReleasedCell[]>();
    for (const c of cells) out.set(c.cell, [...(out.get(c.cell) ?? []), c]);
    return out;
  };

  it('finds a few meetings as a period minus two released ones (a triple of bases)', () => {
    const ledger = ledgerOf([
      entry('base:volunteer-hours', 20, 'a', { from: '2026-02-01', to: '2026-03-31' }),
      entry('base:volunteer-hours', 25, 'b', { from: '2026-04-01', to: '2026-06-30' }),
    ]);
    expect(figureGivesAway(ledger, 'volunteer-hours', period, 47, 60)).toBe(true); // January: 2 meetings
    expect(figureGivesAway(ledger, 'volunteer-hours', period, 52, 60)).toBe(false); // January: 7 meetings
  });

  it('compares a re-issued figure only with the figure of the report its base came from', () => {
    const ledger = ledgerOf([
      entry('base:volunteer-hours', 10, 'a'),
      entry('ov:volunteer-hours', 10, 'a'),
      entry('base:volunteer-hours', 20, 'b'),
      entry('ov:volunteer-hours', 25, 'b'),
    ]);
    expect(figureGivesAway(ledger, 'volunteer-hours', period, 20, 25)).toBe(false); // report b again
    expect(figureGivesAway(ledger, 'volunteer-hours', period, 20, 26)).toBe(true); // b's meetings, an hour more
    expect(figureGivesAway(ledger, 'volunteer-hours', period, 10, 11)).toBe(true); // a's meetings, an hour more
    // Another kind of figure is not compared with hours.
    expect(figureGivesAway(ledger, 'median-days-to-match', period, 20, 26)).toBe(false);
  });
});

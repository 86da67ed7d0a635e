import ExcelJS from 'exceljs';
import type { ProgrammeCell, ProgrammeReportModel, ProgrammeTable } from '../../../../shared/contract/reports';
import { neutraliseCell } from '../../export/cells';
import { HIDDEN_MARK, SMALL_MARK } from './charts';
import { catalogs } from '../../../../shared/i18n';
import { fill } from '../../rights/doc-common';
import { cellFormat } from './docx';
import { programmeText, type ProgrammeDocText } from './model';

// The results report's tables as a workbook: one sheet per table, one for the months, and a
// notes sheet saying what the report covers and how small counts are hidden. Shown counts are
// numbers (so they add up in Excel); hidden ones are the text "< 5" or "–", never a number.

type Value = string | number | null;

/** A cell's value for a sheet: the number, or the mark of a hidden cell. */
function value(c: ProgrammeCell): Value {
  if (c.suppressed === 'small') return SMALL_MARK;
  if (c.suppressed === 'complementary') return HIDDEN_MARK;
  return c.value;
}

const change = (a: ProgrammeCell, b: ProgrammeCell): Value =>
  a.value === null || b.value === null ? null : Math.round((a.value - b.value) * 10) / 10;

const sheetName = (s: string, taken: Set<string>) => {
  const base = s.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
};

function addTable(wb: ExcelJS.Workbook, taken: Set<string>, t: ProgrammeDocText, title: string, table: ProgrammeTable): void {
  const shares = table.key === 'referrals-by-source' || table.key === 'outcomes';
  const sheet = wb.addWorksheet(sheetName(title, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = shares
    ? [t.columns.item, t.columns.current, t.columns.share, t.columns.comparison, t.columns.share, t.columns.change]
    : [t.columns.item, t.columns.current, t.columns.comparison, t.columns.change];
  sheet.columns = headers.map((h, i) => ({ header: h, width: i === 0 ? 44 : 16 }));
  for (const r of table.rows) {
    const row = shares
      ? [
          neutraliseCell(r.label),
          value(r.current),
          r.current.share,
          value(r.comparison),
          r.comparison.share,
          change(r.current, r.comparison),
        ]
      : [neutraliseCell(r.label), value(r.current), value(r.comparison), change(r.current, r.comparison)];
    const added = sheet.addRow(row);
    if (r.key === 'total') added.font = { bold: true };
  }
  sheet.getRow(1).font = { bold: true };
  if (shares) for (const col of [3, 5]) sheet.getColumn(col).numFmt = '0%';
  for (let i = 2; i <= headers.length; i++) sheet.getColumn(i).alignment = { horizontal: 'right' };
}

/** Builds the workbook. */
export async function programmeXlsx(model: ProgrammeReportModel, date: string): Promise<Buffer> {
  const t = programmeText(model.language);
  const f = cellFormat(model.language);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bindeled';
  const taken = new Set<string>();

  const notes = wb.addWorksheet(sheetName(t.sheetNotes, taken));
  notes.getColumn(1).width = 110;
  const lines = [
    `${t.title} – ${model.organisationName}`,
    fill(t.period, { from: f.longDate(model.period.from), to: f.longDate(model.period.to) }),
    fill(t.comparison, { from: f.longDate(model.comparison.from), to: f.longDate(model.comparison.to) }),
    fill(t.prepared, { date: f.longDate(date) }),
    '',
    t.notes.suppression,
    t.notes.consent,
    fill(t.notes.coverage, { included: f.value(model.coverage.included), excluded: f.value(model.coverage.excluded) }),
    t.notes.definitions,
    // Figures hidden because an earlier released report would give them away (ledger.ts), as the .docx says.
    ...(model.hiddenByEarlierReports > 0
      ? [fill(catalogs[model.language].reportLedger.note, { count: String(model.hiddenByEarlierReports) })]
      : []),
  ];
  for (const line of lines) notes.addRow([neutraliseCell(line)]).alignment = { wrapText: true, vertical: 'top' };
  notes.getRow(1).font = { bold: true, size: 14 };

  for (const table of model.tables) addTable(wb, taken, t, t.sheets[table.key as keyof ProgrammeDocText['sheets']] ?? table.key, table);

  const monthly = wb.addWorksheet(sheetName(t.sheets.monthly, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  monthly.columns = [
    { header: t.columns.month, width: 14 },
    { header: t.monthly.newCourses, width: 20 },
    { header: t.monthly.meetings, width: 20 },
  ];
  for (const m of model.monthly) monthly.addRow([m.month, value(m.newCourses), value(m.meetings)]);
  monthly.getRow(1).font = { bold: true };

  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

import ExcelJS from 'exceljs';
import { neutraliseCell, type Table } from './cells';

/**
 * An .xlsx workbook with one sheet: bold, frozen header row with an autofilter, sensible column
 * widths. Every cell is written as text (never a formula), and neutralised anyway, because users
 * copy cells on into other files and programs.
 */
export async function toXlsx(table: Table, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bindeled';
  // Sheet names cannot hold : \ / ? * [ ] and are at most 31 characters.
  const sheet = workbook.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
  for (const row of table.rows) sheet.addRow(row.map(neutraliseCell));
  sheet.getRow(1).font = { bold: true };
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  for (let i = 1; i <= table.columns.length; i++) sheet.getColumn(i).alignment = { vertical: 'top', wrapText: false };
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

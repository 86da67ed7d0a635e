import ExcelJS from 'exceljs';
import { CoreError } from '../errors';
import type { CsvRecord } from './csv';

// The first worksheet of an Excel workbook as rows of text, the way the user sees the cells:
// a formula gives its last calculated result, a date its calendar day, rich text its plain text.

function isoDay(date: Date): string {
  // exceljs reads a date cell as midnight UTC of that day.
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** The text of one cell value. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDay(value);
  if (typeof value !== 'object') return '';
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return (v.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
  if ('hyperlink' in v) return cellText(v.text);
  if ('error' in v) return '';
  return '';
}

/** Reads the first worksheet. Row numbers are the sheet's own. */
export async function readXlsx(bytes: Buffer): Promise<CsvRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new CoreError('UNSUPPORTED_FILE', `not a readable workbook: ${(error as Error).message.slice(0, 120)}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: CsvRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = cellText(cell.value).replace(/\r\n?/g, '\n').trim();
    });
    records.push({ row: rowNumber, cells });
  });
  return records;
}

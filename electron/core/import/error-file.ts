import { writeFileAtomic } from '../storage/atomic-write';
import type { Table } from './read-table';

// The rejected rows as a CSV the user can fix in Excel and import again: UTF-8 with a BOM and
// ';' (what Nordic Excel opens without asking), the row number and reason first, then the
// file's own columns as they were.

/** A cell that a spreadsheet could run as a formula gets a leading apostrophe. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell: string): string {
  const safe = neutralise(cell);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Builds the error file's text (with BOM). Rows not found in the table are listed with the reason only. */
export function errorFileText(
  table: Table,
  rows: readonly { row: number; reason: string }[],
  labels = { row: 'Row', reason: 'Reason' },
): string {
  const byRow = new Map(table.rows.map((r) => [r.row, r.cells]));
  const lines = [[labels.row, labels.reason, ...table.headers]];
  for (const r of rows) lines.push([String(r.row), r.reason, ...(byRow.get(r.row) ?? [])]);
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/**
 * Written as every output is (temp file beside it, fsync, rename; owner-only): on a full or
 * read-only disk, or a stick pulled out, no empty or half file is left where the user looks.
 */
export function writeErrorFile(out: string, text: string): void {
  writeFileAtomic(out, text);
}

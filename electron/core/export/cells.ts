// A spreadsheet program treats a cell that begins with = + - @ (and, in some, a tab or carriage
// return) as a formula: a contact named "=HYPERLINK(…)" could run in the reader's Excel. Such
// cells get a leading apostrophe, which Excel and LibreOffice show as text and do not evaluate.

const DANGEROUS_FIRST = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The cell as written to CSV or XLSX: text that cannot be read as a formula. */
export function neutraliseCell(value: string): string {
  return value.length > 0 && DANGEROUS_FIRST.has(value[0] ?? '') ? `'${value}` : value;
}

/**
 * The reverse, for import: a cell our own export (or Excel's "text" convention) protected with
 * an apostrophe gets its value back, so "+45 12 34 56 78" survives export and re-import.
 */
export function restoreNeutralisedCell(value: string): string {
  return value.length > 1 && value[0] === "'" && DANGEROUS_FIRST.has(value[1] ?? '') ? value.slice(1) : value;
}

/** A table to export: a header row and rows of text cells, the same length. */
export interface Table {
  columns: { header: string; width: number }[];
  rows: string[][];
}

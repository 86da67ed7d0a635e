import { neutraliseCell, type Table } from './cells';

export type CsvDelimiter = ';' | ',';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** One field per RFC 4180: quoted when it holds the delimiter, a quote, CR or LF; quotes doubled. */
function field(value: string, delimiter: CsvDelimiter): string {
  const text = neutraliseCell(value);
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file as Excel in the Nordic countries opens it by double-click: UTF-8 with a byte-order
 * mark (without it Excel guesses Windows-1252 and breaks æ ø å and every non-Latin name), ';'
 * unless ',' is asked for, CRLF line ends (also inside quoted cells, as Excel writes them).
 */
export function toCsv(table: Table, delimiter: CsvDelimiter = ';'): Buffer {
  const lines = [table.columns.map((c) => c.header), ...table.rows].map((row) => row.map((v) => field(v, delimiter)).join(delimiter));
  return Buffer.from(BOM + lines.join(CRLF) + CRLF, 'utf8');
}

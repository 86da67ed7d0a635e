import path from 'node:path';
import type { z } from 'zod';
import { IMPORT_MAX_BYTES, type ImportPreview } from '../../../shared/contract';
import { CoreError } from '../errors';
import { isBlank, parseCsv, detectDelimiter, type CsvRecord, type Delimiter } from './csv';
import { decodeText, detectEncoding, isOleCompound, isZip } from './decode';
import { readXlsx } from './xlsx';
import { readChosenFile } from '../storage/read-file';

type Encoding = z.output<typeof ImportPreview>['encoding'];

/** A spreadsheet file read into a header row and data rows. */
export interface Table {
  fileName: string;
  encoding: Encoding;
  delimiter: Delimiter | null;
  headers: string[];
  headerRow: number;
  /** Non-blank rows after the header, each with headers.length cells (padded; extra cells kept). */
  rows: CsvRecord[];
}

/** Splits records into the header (first non-blank row) and the non-blank data rows after it. */
export function toTable(records: CsvRecord[]): { headers: string[]; headerRow: number; rows: CsvRecord[] } {
  const start = records.findIndex((r) => !isBlank(r.cells));
  if (start < 0) throw new CoreError('FILE_EMPTY');
  const header = records[start] as CsvRecord;
  const headers = [...header.cells];
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows = records.slice(start + 1).filter((r) => !isBlank(r.cells));
  // Data wider than the header row still counts: give the extra columns empty headers.
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), headers.length);
  while (headers.length < width) headers.push('');
  for (const r of rows) while (r.cells.length < width) r.cells.push('');
  if (rows.length === 0) throw new CoreError('FILE_EMPTY', 'no data rows');
  return { headers, headerRow: header.row, rows };
}

/** Reads a CSV/text or XLSX file: size limit, encoding, delimiter, header row. */
export async function readTable(file: string): Promise<Table> {
  const bytes = readChosenFile(file, IMPORT_MAX_BYTES);
  const fileName = path.basename(file);
  if (bytes.length === 0) throw new CoreError('FILE_EMPTY');
  if (isZip(bytes)) return { fileName, encoding: 'xlsx', delimiter: null, ...toTable(await readXlsx(bytes)) };
  if (isOleCompound(bytes)) throw new CoreError('UNSUPPORTED_FILE', 'old binary Excel (.xls)');
  const encoding = detectEncoding(bytes);
  if (!encoding) throw new CoreError('UNSUPPORTED_FILE', 'binary content');
  const text = decodeText(bytes, encoding);
  const delimiter = detectDelimiter(text);
  return { fileName, encoding, delimiter, ...toTable(parseCsv(text, delimiter)) };
}

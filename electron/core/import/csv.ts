// RFC 4180 CSV as spreadsheet programs write it: quoted fields with doubled quotes, line breaks
// inside quotes, CRLF or LF. Lenient where Excel is: text after a closing quote is kept, a quote
// inside an unquoted field is an ordinary character.

export type Delimiter = ';' | ',' | '\t';
export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

/** One record: its row number (records counted from 1, blank ones included) and its cells, trimmed. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** Parses CSV text. Trailing blank records are dropped; `limit` stops after that many records. */
export function parseCsv(text: string, delimiter: Delimiter, limit = Number.POSITIVE_INFINITY): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  let i = 0;
  const n = text.length;
  const endCell = () => {
    cells.push(wasQuoted ? cell.replace(/\r\n?/g, '\n').trim() : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    records.push({ row: records.length + 1, cells });
    cells = [];
  };
  while (i < n && records.length < limit) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      // A quote opens a quoted field only at its start (spaces before it are dropped).
      quoted = true;
      wasQuoted = true;
      cell = '';
    } else if (c === delimiter) endCell();
    else if (c === '\n') endRecord();
    else if (c === '\r') {
      endRecord();
      if (text[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  if (records.length < limit && (cell !== '' || cells.length > 0 || wasQuoted)) endRecord();
  while (records.length > 0 && isBlank(records[records.length - 1]?.cells ?? [])) records.pop();
  return records;
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c === '');
}

/**
 * Picks the delimiter that splits the first lines into the same number (> 1) of columns most
 * consistently, quotes respected. A file with one column gets ';' (nothing to split).
 */
export function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; score: number; columns: number } = { delimiter: ';', score: 0, columns: 1 };
  for (const delimiter of DELIMITERS) {
    const counts = parseCsv(text.slice(0, 65536), delimiter, 30)
      .filter((r) => !isBlank(r.cells))
      .map((r) => r.cells.length);
    if (counts.length === 0) continue;
    const tally = new Map<number, number>();
    for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
    const [columns, hits] = [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] as [number, number];
    if (columns < 2) continue;
    const score = hits / counts.length;
    if (score > best.score || (score === best.score && columns > best.columns)) best = { delimiter, score, columns };
  }
  return best.delimiter;
}

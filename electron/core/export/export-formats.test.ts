import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../import/csv';
import { neutraliseCell, type Table } from './cells';
import { toCsv } from './csv';
import { escapeText, foldLine, toVcard, type VcardContact } from './vcard';
import { toXlsx } from './xlsx';

// The file formats as a spreadsheet program or address book reads them: no database needed.

const table = (rows: string[][], headers = ['Navn', 'Noter']): Table => ({
  columns: headers.map((header) => ({ header, width: 20 })),
  rows,
});

/** A strict RFC 4180 reader for the tests: no trimming, quotes doubled, CRLF between records. */
function readCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      cells.push(cell);
      records.push(cells);
      cells = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return records;
}

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark, uses ; by default and CRLF line ends', () => {
    const bytes = toCsv(table([['Søren Ø', 'x']]));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Navn;Noter\r\nSøren Ø;x\r\n');
  });

  it('uses , when asked and quotes fields holding the delimiter, quotes or line breaks', () => {
    const text = toCsv(table([['Hansen, Anne', 'sagde "hej"\nog gik']]), ',')
      .toString('utf8')
      .slice(1);
    expect(text).toBe('Navn,Noter\r\n"Hansen, Anne","sagde ""hej""\nog gik"\r\n');
    expect(toCsv(table([['a;b', 'c,d']]), ';').toString('utf8')).toContain('"a;b";c,d');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a cell starting with %j', (first) => {
    const value = `${first}HYPERLINK("http://x")`;
    expect(neutraliseCell(value)).toBe(`'${value}`);
    const [, row] = readCsv(
      toCsv(table([[value, 'ok']]))
        .toString('utf8')
        .slice(1),
      ';',
    );
    expect(row?.[0]).toBe(`'${value}`);
  });

  it('leaves ordinary cells alone, including those with = later on', () => {
    for (const value of ['Anne', 'a=b', "'quoted", '', '45 12 34 56', 'محمد']) expect(neutraliseCell(value)).toBe(value);
  });

  it('round-trips random names in many scripts with commas, quotes and newlines', () => {
    const alphabet = [...'aæøåäöğşçéẞ', ...'محمدعلي', ...'ተስፋይሳባ', ...'Nguyễn Thị Hương', ...'Олена', ',', ';', '"', '\n', ' ', "'"];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () =>
      Array.from({ length: 1 + Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (const delimiter of [';', ','] as const) {
      const rows = Array.from({ length: 300 }, () => [`x${word()}`, word()]);
      const bytes = toCsv(table(rows), delimiter);
      const text = bytes.toString('utf8').slice(1);
      expect(readCsv(text, delimiter).slice(1)).toEqual(rows.map((r) => r.map(neutraliseCell)));
      // The import pipeline's own parser reads it back too (it trims cells, as spreadsheets expect).
      const imported = parseCsv(text, delimiter).slice(1);
      expect(imported.map((r) => r.cells)).toEqual(rows.map((r) => r.map((v) => neutraliseCell(v).trim())));
    }
  });
});

describe('XLSX', () => {
  it('writes a bold, frozen header with an autofilter, the widths, and neutralised text cells', async () => {
    const bytes = await toXlsx(
      table([
        ['=1+1', 'Ærø'],
        ['Ayşe Yılmaz', 'ተስፋይ'],
      ]),
      'Kontaktpersoner',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Kontaktpersoner');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getRow(1).getCell(1).value).toBe('Navn');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(1).width).toBe(20);
    expect(sheet.getRow(2).getCell(1).value).toBe("'=1+1");
    expect(sheet.getRow(3).getCell(2).value).toBe('ተስፋይ');
  });
});

describe('vCard 4.0', () => {
  const person: VcardContact = {
    name: 'Anne Sørensen',
    role: 'Projektleder; mentorer',
    email: 'anne@example.dk',
    phone: '+45 12 34 56 78',
    languageTag: 'da',
    organisations: ['Røde Kors, Aarhus'],
    note: 'Ring før kl. 12\nTirsdag: fri\\fri',
  };

  it('writes the properties with CRLF line ends', () => {
    const text = toVcard([person]).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Anne Sørensen',
      'N:Sørensen;Anne;;;',
      'ORG:Røde Kors\\, Aarhus',
      'TITLE:Projektleder\\; mentorer',
      'EMAIL;TYPE=work:anne@example.dk',
      'TEL;TYPE=work;VALUE=uri:tel:+4512345678',
      'LANG:da',
      'NOTE:Ring før kl. 12\\nTirsdag: fri\\\\fri',
      'END:VCARD',
    ]);
  });

  it('escapes backslash, comma, semicolon and newlines', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a multi-byte character', () => {
    const line = `NOTE:${'ø'.repeat(60)}${'ተ'.repeat(40)}محمد`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const p of physical) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves out empty properties and writes a phone that is not a number as text', () => {
    const text = toVcard([
      { ...person, role: '', email: '', note: '', organisations: [], languageTag: 'arabisk', phone: 'ring via receptionen' },
    ]).toString();
    expect(text).not.toMatch(/TITLE|EMAIL|NOTE|ORG|LANG/);
    expect(text).toContain('TEL;TYPE=work;VALUE=text:ring via receptionen');
  });
});

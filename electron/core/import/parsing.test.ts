import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';
import { decodeText, detectEncoding } from './decode';
import { toTable } from './read-table';
import { looksLikeEmail, tidyPhone } from './values';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le).swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}

describe('encoding detection', () => {
  it('tells UTF-8 with and without BOM apart and strips the BOM', () => {
    const withBom = bytes([0xef, 0xbb, 0xbf], 'Navn;By\nSørensen;Århus\n');
    expect(detectEncoding(withBom)).toBe('utf-8-bom');
    expect(decodeText(withBom, 'utf-8-bom').startsWith('Navn')).toBe(true);
    expect(detectEncoding(bytes('Navn;By\nSørensen;Århus\n'))).toBe('utf-8');
  });

  it('reads Windows-1252 when the bytes are not valid UTF-8', () => {
    const latin = Buffer.from([0x4e, 0x61, 0x76, 0x6e, 0x3b, 0xc6, 0x72, 0xf8, 0x0a, 0x80]); // "Navn;Ærø\n€"
    expect(detectEncoding(latin)).toBe('windows-1252');
    expect(decodeText(latin, 'windows-1252')).toBe('Navn;Ærø\n€');
  });

  it('reads UTF-16 LE and BE by BOM and, without one, by where the NUL bytes fall', () => {
    const text = 'Nimi\tSähköposti\nÄäkkönen Ğül\tx@y.fi\n';
    for (const endian of ['le', 'be'] as const) {
      for (const bom of [true, false]) {
        const b = utf16(text, endian, bom);
        const encoding = detectEncoding(b);
        expect(encoding).toBe(endian === 'le' ? 'utf-16le' : 'utf-16be');
        expect(decodeText(b, encoding as 'utf-16le')).toBe(text);
      }
    }
  });

  it('refuses binary content', () => {
    expect(detectEncoding(Buffer.from([0x01, 0x00, 0x02, 0x03, 0x00, 0x00, 0x00, 0x05, 0x07]))).toBeNull();
  });
});

describe('delimiter detection', () => {
  it('picks ; , or tab by consistent column counts, respecting quotes', () => {
    expect(detectDelimiter('Navn;Organisation;Email\nA;"B, C";a@b.dk\nD;E, F;d@e.dk\n')).toBe(';');
    expect(detectDelimiter('Name,Organisation,Email\nA,"B; C",a@b.dk\nD,"E; F",d@e.dk\n')).toBe(',');
    expect(detectDelimiter('Name\tEmail\tNotes\nA\ta@b.dk\tx, y; z\n')).toBe('\t');
  });
});

describe('CSV parsing', () => {
  it('handles quoted multi-line cells, doubled quotes, CRLF and LF, stray whitespace and trailing empty rows', () => {
    const text = 'Navn;Noter\r\n  Bo Lund ; "To linjer\r\nanden linje" \r\n"Anna ""Ann"" Holm";=1+1\nÆrø;  \r\n;;\r\n\r\n';
    const records = parseCsv(text, ';');
    expect(records.map((r) => r.cells)).toEqual([
      ['Navn', 'Noter'],
      ['Bo Lund', 'To linjer\nanden linje'],
      ['Anna "Ann" Holm', '=1+1'],
      ['Ærø', ''],
    ]);
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4]);
  });

  it('finds the header as the first non-blank row and pads short rows', () => {
    const table = toTable(parseCsv('\n,,\nName,Email\nAnn\n\nBo,bo@x.dk\n', ','));
    expect(table.headerRow).toBe(3);
    expect(table.headers).toEqual(['Name', 'Email']);
    expect(table.rows).toEqual([
      { row: 4, cells: ['Ann', ''] },
      { row: 6, cells: ['Bo', 'bo@x.dk'] },
    ]);
  });

  it('refuses a file with a header and no data rows as empty', () => {
    expect(() => toTable(parseCsv('Name;Email\n;\n', ';'))).toThrow(/FILE_EMPTY/);
  });
});

describe('values', () => {
  it('checks e-mail leniently and tidies phone numbers lightly', () => {
    expect(looksLikeEmail('ann@x.dk')).toBe(true);
    expect(looksLikeEmail('ANN.holm@kommune.example.no')).toBe(true);
    expect(looksLikeEmail('ann@x')).toBe(false);
    expect(looksLikeEmail('ann@@x.dk')).toBe(false);
    expect(looksLikeEmail('a@b.dk; c@d.dk')).toBe(false);
    expect(tidyPhone('  +45\u00a012  34\t56 78 ')).toBe('+45 12 34 56 78');
  });
});

import type { z } from 'zod';
import type { ImportPreview } from '../../../shared/contract';

// Turning a spreadsheet export's bytes into text. Nordic Excel saves "CSV" as Windows-1252 with
// no marker; newer Excel saves UTF-8 with a BOM; "Unicode text" is UTF-16 with tabs.

export type TextEncodingName = Exclude<z.output<typeof ImportPreview>['encoding'], 'xlsx'>;

/** An XLSX (or any ZIP) file starts with the local-file-header signature. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The old binary Excel format (.xls), and other OLE compound files, which we do not read. */
export function isOleCompound(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Guesses UTF-16 without a BOM from where the NUL bytes fall (ASCII letters have a zero high byte). */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Returns null when the bytes are not text in any encoding we read (e.g. NUL bytes in 8-bit text). */
export function detectEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return utf16;
  if (bytes.includes(0)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Decodes the bytes in the given encoding, without the BOM. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    case 'utf-16le':
      return new TextDecoder('utf-16le', { ignoreBOM: false }).decode(bytes);
    case 'utf-16be':
      return new TextDecoder('utf-16be', { ignoreBOM: false }).decode(bytes);
    case 'windows-1252':
      return decodeWindows1252(bytes);
  }
}

// 0x80–0x9F in Windows-1252 (€, ‘ ’ “ ” – — Š …). Node's TextDecoder('windows-1252') decodes
// these as Latin-1 control characters, so they are mapped here; 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk);
  }
  return text.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

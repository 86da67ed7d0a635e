// vCard 4.0 (RFC 6350) for contact persons: one card per person, CRLF line ends, text escaped
// and lines folded at 75 octets without splitting a UTF-8 character.

export interface VcardContact {
  name: string;
  role: string;
  email: string;
  phone: string;
  /** A BCP 47 tag such as "da" or "ar"; empty when not known. */
  languageTag: string;
  organisations: string[];
  note: string;
}

/** Escapes a text value: backslash, comma, semicolon and newlines (RFC 6350 §3.4). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line so no physical line exceeds 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Family name = the last word, given names = the rest: a guess, as the register stores one name. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words[words.length - 1] ?? '';
  const given = words.slice(0, -1).join(' ');
  return [family, given, '', '', ''].map(escapeText).join(';');
}

/** A telephone number as a tel: URI when it looks like one, else as text. */
function tel(phone: string): string {
  const compact = phone.replace(/[\s().-]/g, '');
  return /^\+?\d{3,20}$/.test(compact) ? `TEL;TYPE=work;VALUE=uri:tel:${compact}` : `TEL;TYPE=work;VALUE=text:${escapeText(phone)}`;
}

function card(c: VcardContact): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(c.name)}`, `N:${structuredName(c.name)}`];
  for (const org of c.organisations) lines.push(`ORG:${escapeText(org)}`);
  if (c.role) lines.push(`TITLE:${escapeText(c.role)}`);
  if (c.email) lines.push(`EMAIL;TYPE=work:${escapeText(c.email)}`);
  if (c.phone) lines.push(tel(c.phone));
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(c.languageTag)) lines.push(`LANG:${c.languageTag}`);
  if (c.note) lines.push(`NOTE:${escapeText(c.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine);
}

/** A .vcf file with every contact, ready for Outlook, Apple Contacts or a phone. */
export function toVcard(contacts: readonly VcardContact[]): Buffer {
  const lines = contacts.flatMap(card);
  return Buffer.from(lines.length ? `${lines.join('\r\n')}\r\n` : '', 'utf8');
}

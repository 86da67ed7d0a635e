import type { Language } from '../../../shared/languages';
import type { DirectoryOffer, DirectoryOrganisation, DirectoryPerson, Theme } from './directory-data';
import type { ExportText } from './directory-text';
import { languageName } from './language-names';

// One organisation of the partner directory as WordprocessingML, written as a string so that a
// directory of thousands of organisations is streamed into the .docx rather than built as a
// docx object tree (which took ~2 GB at 5,000 organisations). The markup is what the docx
// package writes for the same paragraphs, byte for byte (directory-stream.test.ts compares the
// two), so the document looks exactly as it did when docx built all of it.

export const ACCENT = '1F4E79';
export const MUTED = '595959';
const INDENT = 284; // 0.5 cm: the offer's details sit under its title

/** docx's own escaping: the five entities, and the control characters XML 1.0 forbids left out. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
export const escapeXml = (s: string) => s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
  break?: boolean;
}

function run(text: string, style: RunStyle = {}): string {
  let props = '';
  if (style.bold) props += '<w:b/><w:bCs/>';
  if (style.italics) props += '<w:i/><w:iCs/>';
  if (style.color) props += `<w:color w:val="${style.color}"/>`;
  if (style.size) props += `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${style.break ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

interface ParagraphStyle {
  style?: string;
  keepNext?: boolean;
  bullet?: boolean;
  accentBorder?: boolean;
  before?: number;
  after?: number;
  indent?: number;
}

function paragraph(p: ParagraphStyle, runs: string): string {
  let props = '';
  if (p.style) props += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) props += '<w:keepNext/>';
  if (p.bullet) props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
  if (p.accentBorder) props += `<w:pBdr><w:left w:val="single" w:color="${ACCENT}" w:sz="12" w:space="6"/></w:pBdr>`;
  if (p.after !== undefined || p.before !== undefined) {
    props += `<w:spacing${p.after !== undefined ? ` w:after="${p.after}"` : ''}${p.before !== undefined ? ` w:before="${p.before}"` : ''}/>`;
  }
  if (p.indent) props += `<w:ind w:left="${p.indent}"/>`;
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

/** Text with line breaks kept: each line after the first starts on a new line. */
function lines(text: string): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line, i) => run(line, { break: i > 0 }))
    .join('');
}

/** "Label: value" as one paragraph, or nothing when the value is empty. */
export function fieldXml(label: string, value: string, indent = 0): string {
  if (!value.trim()) return '';
  return paragraph({ after: 40, ...(indent ? { indent } : {}) }, run(`${label}: `, { bold: true }) + lines(value));
}

function personLine(t: ExportText, p: DirectoryPerson, withThemes: boolean): string {
  let out = run(p.name, { bold: true });
  if (p.role) out += run(`, ${p.role}`);
  if (withThemes && p.themes.length) {
    out += run(` (${t.label.designatedFor}: ${p.themes.map((th: Theme) => t.themes[th]).join(', ')})`, { color: MUTED });
  }
  const reach = [p.phone, p.email].filter(Boolean).join(' · ');
  if (reach) out += run(reach, { break: true });
  return out;
}

function offer(t: ExportText, language: Language, f: DirectoryOffer): string {
  let out = paragraph(
    { keepNext: true, accentBorder: true, before: 160, after: 40 },
    run(f.title, { bold: true, color: ACCENT, size: 23 }),
  );
  if (f.description.trim()) out += paragraph({ indent: INDENT, after: 60 }, lines(f.description));
  out +=
    fieldXml(t.label.targetGroup, f.targetGroup, INDENT) +
    fieldXml(t.label.languages, f.languages.map((l) => languageName(l, language)).join(', '), INDENT) +
    fieldXml(t.label.area, f.area, INDENT) +
    fieldXml(t.label.howToRefer, f.howToRefer, INDENT);
  if (f.contact) {
    out += paragraph({ indent: INDENT, after: 40 }, run(`${t.label.contactPerson}: `, { bold: true }) + personLine(t, f.contact, false));
  }
  return out;
}

const heading3 = (text: string) => paragraph({ style: 'Heading3', keepNext: true }, run(text));

/** One organisation's paragraphs. `theme`: under a theme heading only the people designated for it are listed. */
export function organisationXml(t: ExportText, language: Language, o: DirectoryOrganisation, theme: Theme | null): string {
  let out = paragraph({ style: 'Heading2', keepNext: true }, run(o.name));
  const facts = o.address.includes(o.municipality) ? o.address : [o.municipality, o.address].filter(Boolean).join(' · ');
  if (facts) out += paragraph({ after: 40 }, run(facts, { color: MUTED }));
  const reach = [
    o.phone && `${t.label.phone}: ${o.phone}`,
    o.email && `${t.label.email}: ${o.email}`,
    o.website && `${t.label.website}: ${o.website}`,
  ].filter(Boolean);
  if (reach.length) out += paragraph({ after: 120 }, run(reach.join(' · '), { color: MUTED }));
  if (o.howWeWork.trim()) out += heading3(t.label.howWeWork) + paragraph({ after: 120 }, lines(o.howWeWork));
  if (o.offers.length) {
    out += heading3(t.label.offers);
    for (const f of o.offers) out += offer(t, language, f);
  }
  const people = theme ? o.people.filter((p) => p.themes.includes(theme)) : o.people;
  if (people.length) {
    out += heading3(t.label.contactPersons);
    for (const p of people) out += paragraph({ style: 'ListParagraph', bullet: true, after: 60 }, personLine(t, p, !theme));
  }
  return out;
}

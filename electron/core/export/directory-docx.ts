import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LeaderType,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { randomBytes } from 'node:crypto';
import { LOCALES, type Language } from '../../../shared/languages';
import type { DirectoryGroup, DirectoryOffer, DirectoryOrganisation, DirectoryPerson, Theme } from './directory-data';
import { EXPORT_TEXT, type ExportText } from './directory-text';
import { languageName } from './language-names';
import { markerParagraph, streamDocx } from './docx-stream';
import { organisationXml } from './directory-xml';

// The printable partner directory: a title block, a table of contents of the groups, then per
// group each organisation with its details, how it works, its offers and whom to contact.
// Fields left empty are left out, so no heading stands above nothing.

const ACCENT = '1F4E79';
const MUTED = '595959';
/**
 * Up to this many organisations the table of contents gets page numbers (see below) and docx
 * builds the whole document; a longer directory is streamed (docx-stream.ts).
 */
const PAGE_NUMBERS_UP_TO = 20;

export interface DirectoryDocInput {
  organisationName: string;
  language: Language;
  date: Date;
  /** What the directory was filtered on, already in words ("Kommune: Aarhus"). */
  selection: string[];
  groupBy: 'sector' | 'theme';
  groups: DirectoryGroup[];
}

/** Text with line breaks kept: each line after the first starts on a new line. */
function lines(text: string, options: { bold?: boolean; color?: string } = {}): TextRun[] {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));
}

/** "Label: value" as one paragraph, or nothing when the value is empty. */
function field(label: string, value: string, indent = 0): Paragraph[] {
  if (!value.trim()) return [];
  return [
    new Paragraph({
      spacing: { after: 40 },
      indent: indent ? { left: indent } : undefined,
      children: [new TextRun({ text: `${label}: `, bold: true }), ...lines(value)],
    }),
  ];
}

function personLine(t: ExportText, p: DirectoryPerson, withThemes: boolean): ParagraphChild[] {
  const parts: ParagraphChild[] = [new TextRun({ text: p.name, bold: true })];
  if (p.role) parts.push(new TextRun(`, ${p.role}`));
  if (withThemes && p.themes.length) {
    parts.push(new TextRun({ text: ` (${t.label.designatedFor}: ${p.themes.map((th: Theme) => t.themes[th]).join(', ')})`, color: MUTED }));
  }
  const reach = [p.phone, p.email].filter(Boolean).join(' · ');
  if (reach) parts.push(new TextRun({ text: reach, break: 1 }));
  return parts;
}

function offer(t: ExportText, language: Language, f: DirectoryOffer): Paragraph[] {
  const indent = 284; // 0.5 cm: the offer's details sit under its title
  const out = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 160, after: 40 },
      border: { left: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 6 } },
      children: [new TextRun({ text: f.title, bold: true, color: ACCENT, size: 23 })],
    }),
  ];
  if (f.description.trim()) out.push(new Paragraph({ indent: { left: indent }, spacing: { after: 60 }, children: lines(f.description) }));
  out.push(
    ...field(t.label.targetGroup, f.targetGroup, indent),
    ...field(t.label.languages, f.languages.map((l) => languageName(l, language)).join(', '), indent),
    ...field(t.label.area, f.area, indent),
    ...field(t.label.howToRefer, f.howToRefer, indent),
  );
  if (f.contact) {
    out.push(
      new Paragraph({
        indent: { left: indent },
        spacing: { after: 40 },
        children: [new TextRun({ text: `${t.label.contactPerson}: `, bold: true }), ...personLine(t, f.contact, false)],
      }),
    );
  }
  return out;
}

/** `theme`: under a theme heading only the people designated for it are listed. */
function organisation(t: ExportText, language: Language, o: DirectoryOrganisation, theme: Theme | null): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(o.name)] })];
  const facts = o.address.includes(o.municipality) ? o.address : [o.municipality, o.address].filter(Boolean).join(' · ');
  if (facts) out.push(new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: facts, color: MUTED })] }));
  const reach = [
    o.phone && `${t.label.phone}: ${o.phone}`,
    o.email && `${t.label.email}: ${o.email}`,
    o.website && `${t.label.website}: ${o.website}`,
  ].filter(Boolean);
  if (reach.length)
    out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: reach.join(' · '), color: MUTED })] }));
  if (o.howWeWork.trim()) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(t.label.howWeWork)] }));
    out.push(new Paragraph({ spacing: { after: 120 }, children: lines(o.howWeWork) }));
  }
  if (o.offers.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(t.label.offers)] }));
    for (const f of o.offers) out.push(...offer(t, language, f));
  }
  const people = theme ? o.people.filter((p) => p.themes.includes(theme)) : o.people;
  if (people.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(t.label.contactPersons)] }));
    for (const p of people) out.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: personLine(t, p, !theme) }));
  }
  return out;
}

// Some keys ('education', 'health', 'other') are both a sector and a theme: the grouping decides.
function groupTitle(t: ExportText, groupBy: DirectoryDocInput['groupBy'], key: DirectoryGroup['key']): string {
  if (key === 'none') return t.otherOrganisations;
  return groupBy === 'sector' ? t.sectorHeadings[key as keyof ExportText['sectorHeadings']] : t.themes[key as Theme];
}

/** Each group's body: its organisations as docx paragraphs, or a marker that docx-stream.ts replaces. */
type GroupBody = (group: DirectoryGroup, index: number) => Paragraph[];

function directoryDocument(input: DirectoryDocInput, numbered: boolean, groupBody: GroupBody): Document {
  const t = EXPORT_TEXT[input.language];
  const date = new Intl.DateTimeFormat(LOCALES[input.language], { dateStyle: 'long' }).format(input.date);
  const front: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(t.title)] }),
    new Paragraph({
      spacing: { after: 80 },
      children: [new TextRun({ text: input.organisationName, bold: true, size: 32, color: ACCENT })],
    }),
    new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: t.updated.replace('{date}', date), color: MUTED })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun(t.intro)] }),
  ];
  if (input.selection.length) front.push(...field(t.selection, input.selection.join(' · ')));
  const body: Paragraph[] = [];
  if (input.groups.length === 0) {
    body.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: t.empty, italics: true })] }));
  } else {
    front.push(new Paragraph({ heading: HeadingLevel.HEADING_3, spacing: { before: 360 }, children: [new TextRun(t.contents)] }));
    // A short directory (one municipality, say) flows on; a long one starts each group on a new page.
    const breakEvery = input.groups.reduce((n, g) => n + g.organisations.length, 0) > 12;
    input.groups.forEach((g, i) => {
      body.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          pageBreakBefore: i === 0 || breakEvery,
          spacing: { before: 480, after: 240 },
          children: [new TextRun(groupTitle(t, input.groupBy, g.key))],
        }),
      );
      body.push(...groupBody(g, i));
    });
  }
  return new Document({
    // Page numbers in the table of contents without Word having to update fields. Arabic, Ethiopic
    // and other scripts have no width table, so the layout guesses rather than leaving them blank.
    // Laying out pages costs ~0.2 s of CPU per organisation, so a longer directory gets a table
    // of contents with links and no numbers (Word fills them in on "Update field").
    ...(numbered ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    creator: input.organisationName,
    title: `${t.title} – ${input.organisationName}`,
    description: t.intro,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { line: 276 } } },
        title: { run: { font: 'Calibri', size: 56, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: 'Calibri', size: 36, bold: true, color: ACCENT }, paragraph: { spacing: { after: 240 } } },
        heading2: {
          run: { font: 'Calibri', size: 28, bold: true, color: '000000' },
          paragraph: {
            spacing: { before: 360, after: 60 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'BFBFBF', space: 2 } },
          },
        },
        heading3: {
          run: { font: 'Calibri', size: 22, bold: true, color: ACCENT, allCaps: true },
          paragraph: { spacing: { before: 180, after: 60 } },
        },
      },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${t.title} · ${input.organisationName} · `, color: MUTED, size: 18 }),
                  new TextRun({ children: [PageNumber.CURRENT], color: MUTED, size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...front,
          ...(input.groups.length
            ? [
                new TableOfContents(t.contents, {
                  hyperlink: true,
                  headingStyleRange: '1-1',
                  ...(numbered ? {} : { tabLeader: LeaderType.NONE, beginDirty: false }),
                }),
              ]
            : []),
          ...body,
        ],
      },
    ],
  });
}

const themeOf = (input: DirectoryDocInput, g: DirectoryGroup) => (input.groupBy === 'theme' && g.key !== 'none' ? (g.key as Theme) : null);

/**
 * Writes the directory as a .docx to `sink`, chunk by chunk. A short one is built whole by docx
 * (its table of contents gets page numbers); a long one is streamed. `stream` forces either way.
 */
export async function writeDirectoryDocx(
  input: DirectoryDocInput,
  sink: (chunk: Uint8Array) => void,
  options: { stream?: boolean; signal?: AbortSignal; onWritten?: (organisations: number) => void } = {},
): Promise<void> {
  const organisations = input.groups.reduce((n, g) => n + g.organisations.length, 0);
  const numbered = organisations <= PAGE_NUMBERS_UP_TO;
  if (options.stream === undefined ? numbered : !options.stream) {
    const t = EXPORT_TEXT[input.language];
    const doc = directoryDocument(input, numbered, (g) =>
      g.organisations.flatMap((o) => organisation(t, input.language, o, themeOf(input, g))),
    );
    const data = await Packer.toBuffer(doc);
    options.signal?.throwIfAborted();
    sink(data);
    options.onWritten?.(organisations);
    return;
  }
  // A marker no organisation's text can hold: the skeleton holds no register content but the title block.
  const nonce = randomBytes(8).toString('hex');
  const markers = input.groups.map((_, i) => `bindeled-group-${nonce}-${i}`);
  const skeleton = directoryDocument(input, false, (_, i) => [new Paragraph({ children: [new TextRun(markers[i] ?? '')] })]);
  const t = EXPORT_TEXT[input.language];
  await streamDocx(
    await Packer.toBuffer(skeleton),
    {
      markers: markers.map(markerParagraph),
      body: function* (i) {
        const g = input.groups[i];
        if (!g) return;
        const theme = themeOf(input, g);
        for (const o of g.organisations) yield organisationXml(t, input.language, o, theme);
      },
    },
    sink,
    { signal: options.signal, onWritten: options.onWritten },
  );
}

/** The directory as one buffer (tests, and callers that need the bytes). */
export async function directoryDocx(input: DirectoryDocInput, options: { stream?: boolean } = {}): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await writeDirectoryDocx(input, (c) => chunks.push(c), options);
  return Buffer.concat(chunks);
}

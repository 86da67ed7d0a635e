import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { ProgrammeCell, ProgrammeNarrative, ProgrammeReportModel, ProgrammeTable } from '../../../../shared/contract/reports';
import { catalogs } from '../../../../shared/i18n';
import { LOCALES, type Language } from '../../../../shared/languages';
import type { Logo } from '../letterhead';
import { GRID, letterheadParagraphs, TABLE_WIDTH } from '../letterhead-docx';
import { ACCENT, fill, longDate, MUTED } from '../../rights/doc-common';
import { streamDocx } from '../../export/docx-stream';
import { escapeXml } from '../../export/directory-xml';
import type { Chart } from './charts';
import { HIDDEN_MARK, SMALL_MARK } from './charts';
import { programmeText, type ProgrammeDocText } from './model';

// The results report as a Word document, from the published model only: letterhead, title and
// periods, the coordinator's narrative, the key figures, each table with both periods and the
// change, the charts beside their tables, and what the figures mean (suppression, consent,
// coverage). Every word in the report's language; numbers and dates in its locale.

export type Narrative = z.output<typeof ProgrammeNarrative>;

export interface LetterheadText {
  address: string;
  contactLine: string;
}

const CHART_WIDTH = 600; // points on the page; the PNG has twice the pixels

/** Formats cells, shares and changes the same way everywhere (docx and xlsx). */
export function cellFormat(language: Language) {
  const t = programmeText(language);
  const nf = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return {
    value: (c: ProgrammeCell) =>
      c.suppressed === 'small'
        ? SMALL_MARK
        : c.suppressed === 'complementary'
          ? HIDDEN_MARK
          : c.value === null
            ? t.notApplicable
            : nf.format(c.value),
    share: (c: ProgrammeCell) => (c.share === null ? '' : pct.format(c.share)),
    /** The change from the comparison period; empty when either figure is hidden or missing. */
    change: (current: ProgrammeCell, comparison: ProgrammeCell) =>
      current.value === null || comparison.value === null ? '' : signed.format(Math.round((current.value - comparison.value) * 10) / 10),
    longDate: (day: string) => longDate(language, day),
  };
}

const withShares = (table: ProgrammeTable) => table.key === 'referrals-by-source' || table.key === 'outcomes';

function cell(text: string, o: { width: number; header?: boolean; right?: boolean; bold?: boolean; shade?: string }): TableCell {
  return new TableCell({
    width: { size: o.width, type: WidthType.DXA },
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    children: [
      new Paragraph({
        alignment: o.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: o.header || o.bold, size: 20 })],
      }),
    ],
  });
}

/** One published table: item, this period, comparison (each with its share where it has one), change. */
export function tableRows(t: ProgrammeDocText, language: Language, table: ProgrammeTable): { headers: string[]; rows: string[][] } {
  const f = cellFormat(language);
  const shares = withShares(table);
  const withShare = (c: ProgrammeCell) => (shares && c.share !== null && c.value ? `${f.value(c)} (${f.share(c)})` : f.value(c));
  const headers = [t.columns.item, t.columns.current, t.columns.comparison, t.columns.change];
  const rows = table.rows.map((r) => [r.label, withShare(r.current), withShare(r.comparison), f.change(r.current, r.comparison)]);
  return { headers, rows };
}

function docTable(t: ProgrammeDocText, language: Language, table: ProgrammeTable): Table {
  const { headers, rows } = tableRows(t, language, table);
  return tableOf(
    headers,
    rows,
    table.rows.map((r) => r.key === 'total'),
  );
}

function tableOf(headers: string[], rows: string[][], totals: boolean[]): Table {
  const shares = [0.4, 0.22, 0.22, 0.16];
  const widths = shares.map((s) => Math.round(s * TABLE_WIDTH));
  const line = { style: BorderStyle.SINGLE, size: 4, color: GRID };
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map((h, i) => cell(h, { width: widths[i]!, header: true, right: i > 0, shade: 'DEEAF6' })),
      }),
      ...rows.map((r, k) => {
        const total = totals[k] === true;
        return new TableRow({
          cantSplit: true,
          children: r.map((v, i) => cell(v, { width: widths[i]!, right: i > 0, bold: total, shade: total ? 'F2F2F2' : undefined })),
        });
      }),
    ],
  });
}

/** Tables longer than this are streamed into the .docx row by row (TableStreamer). */
const STREAM_ROWS_OVER = 40;

/**
 * Long tables (a breakdown by referring partner can have hundreds of rows) cost docx ~1 ms a
 * row. docx builds each as a template instead: the header and one ordinary and one total row
 * holding marker texts. The rows are then streamed from those two rows' XML with the markers
 * replaced by the cells' text, so the table is what docx would have written, row for row.
 */
class TableStreamer {
  private readonly nonce = randomBytes(6).toString('hex');
  private readonly tables: { marks: string[]; rows: string[][]; totals: boolean[] }[] = [];
  constructor(private readonly over: number) {}

  table(t: ProgrammeDocText, language: Language, table: ProgrammeTable): Table | null {
    if (table.rows.length <= this.over) return null;
    const { headers, rows } = tableRows(t, language, table);
    const n = this.tables.length;
    const marks = Array.from({ length: 8 }, (_, i) => `bindeled-${this.nonce}-${n}-${i}`);
    this.tables.push({ marks, rows, totals: table.rows.map((r) => r.key === 'total') });
    return tableOf(headers, [marks.slice(0, 4), marks.slice(4)], [false, true]);
  }

  async write(skeleton: Buffer): Promise<Buffer> {
    if (this.tables.length === 0) return skeleton;
    const xml = strFromU8(unzipSync(skeleton)['word/document.xml']!);
    const regions = this.tables.map(({ marks }) => {
      const start = xml.lastIndexOf('<w:tr>', xml.indexOf(marks[0]!));
      const split = xml.indexOf('</w:tr>', xml.indexOf(marks[3]!)) + '</w:tr>'.length;
      const end = xml.indexOf('</w:tr>', xml.indexOf(marks[7]!)) + '</w:tr>'.length;
      return { region: xml.slice(start, end), plain: xml.slice(start, split), total: xml.slice(split, end) };
    });
    const chunks: Uint8Array[] = [];
    const tables = this.tables;
    await streamDocx(
      skeleton,
      {
        markers: regions.map((r) => r.region),
        body: function* (this: void, i: number) {
          const { marks, rows, totals } = tables[i]!;
          const { plain, total } = regions[i]!;
          for (let k = 0; k < rows.length; k += 1) {
            let row = totals[k] ? total : plain;
            const offset = totals[k] ? 4 : 0;
            rows[k]!.forEach((text, c) => (row = row.replace(marks[offset + c]!, () => escapeXml(text))));
            yield row;
          }
        },
      },
      (c) => chunks.push(c),
    );
    return Buffer.concat(chunks);
  }
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, keepNext: true, spacing: { before: 320, after: 120 }, children: [new TextRun(text)] });

const para = (text: string, o: { color?: string; after?: number; italics?: boolean; size?: number } = {}) =>
  new Paragraph({
    spacing: { after: o.after ?? 120 },
    children: text
      .split(/\r\n|\r|\n/)
      .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, color: o.color, italics: o.italics, size: o.size })),
  });

/** The coordinator's text: paragraphs split on blank lines, single line breaks kept. */
function narrative(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => para(p));
}

/** A chart; with its title above it where no table heading already says what it shows. */
function chartParagraphs(chart: Chart, titled: boolean): Paragraph[] {
  const title = new Paragraph({
    keepNext: true,
    spacing: { before: 160, after: 60 },
    children: [new TextRun({ text: chart.title, bold: true, color: ACCENT })],
  });
  return [
    ...(titled ? [title] : []),
    new Paragraph({
      // An explicit auto line rule, or LibreOffice reads the default as exact and clips the image.
      spacing: { before: titled ? 0 : 160, after: 200, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width: CHART_WIDTH, height: Math.round((CHART_WIDTH * chart.height) / chart.width) },
          altText: { name: chart.title, title: chart.title, description: chart.alt },
        }),
      ],
    }),
  ];
}

export interface ProgrammeDocInput {
  model: ProgrammeReportModel;
  narrative: Narrative;
  letterhead: LetterheadText;
  logo: Logo | null;
  charts: Chart[];
  /** Today (YYYY-MM-DD). */
  date: string;
}

/** Builds the results report as a .docx file. */
export async function programmeDocx(input: ProgrammeDocInput, options: { streamRowsOver?: number } = {}): Promise<Buffer> {
  const { model } = input;
  const lang = model.language;
  const t = programmeText(lang);
  const f = cellFormat(lang);
  const table = (key: string) => model.tables.find((x) => x.key === key);
  const [referralsChart, outcomesChart, monthlyChart] = input.charts;
  const body: (Paragraph | Table)[] = [];

  body.push(
    ...letterheadParagraphs({
      organisationName: model.organisationName,
      address: input.letterhead.address,
      contactLine: input.letterhead.contactLine,
      logo: input.logo ?? null,
    }),
  );

  // Title and periods.
  body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(t.title)] }));
  body.push(para(fill(t.period, { from: f.longDate(model.period.from), to: f.longDate(model.period.to) }), { after: 40, size: 24 }));
  body.push(
    para(fill(t.comparison, { from: f.longDate(model.comparison.from), to: f.longDate(model.comparison.to) }), { color: MUTED, after: 40 }),
  );
  body.push(para(fill(t.prepared, { date: f.longDate(input.date) }), { color: MUTED, after: 240 }));

  for (const key of ['introduction', 'highlights'] as const) {
    const paragraphs = narrative(input.narrative[key]);
    if (paragraphs.length) body.push(heading(t.sections[key]), ...paragraphs);
  }

  // Key figures, then each table with its chart.
  const overview = table('overview');
  const streamed = new TableStreamer(options.streamRowsOver ?? STREAM_ROWS_OVER);
  const docTableOrTemplate = (tb: ProgrammeTable) => streamed.table(t, lang, tb) ?? docTable(t, lang, tb);
  if (overview) body.push(heading(t.keyFigures), docTableOrTemplate(overview));
  if (monthlyChart) body.push(...chartParagraphs(monthlyChart, true));
  for (const key of ['referrals-by-source', 'outcomes', 'by-municipality', 'by-referring-partner', 'by-language']) {
    const tb = table(key);
    if (!tb) continue;
    body.push(heading(t.tables[key as keyof ProgrammeDocText['tables']], HeadingLevel.HEADING_2), docTableOrTemplate(tb));
    if (key === 'referrals-by-source' && referralsChart) body.push(...chartParagraphs(referralsChart, false));
    if (key === 'outcomes' && outcomesChart) body.push(...chartParagraphs(outcomesChart, false));
  }

  const outlook = narrative(input.narrative.outlook);
  if (outlook.length) body.push(heading(t.sections.outlook), ...outlook);

  // What the figures mean.
  body.push(heading(t.aboutFigures));
  body.push(para(t.notes.suppression));
  if (model.hiddenByEarlierReports > 0)
    body.push(para(fill(catalogs[model.language].reportLedger.note, { count: String(model.hiddenByEarlierReports) })));
  body.push(para(t.notes.consent));
  body.push(para(fill(t.notes.coverage, { included: f.value(model.coverage.included), excluded: f.value(model.coverage.excluded) })));
  body.push(para(t.notes.definitions, { color: MUTED }));

  const doc = new Document({
    creator: model.organisationName || 'Bindeled',
    title: `${t.title} – ${model.organisationName}`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { line: 276 } } },
        title: { run: { font: 'Calibri', size: 48, bold: true, color: ACCENT }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: 'Calibri', size: 30, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'Calibri', size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 280, after: 100 } } },
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
                  new TextRun({ text: `${fill(t.footer, { organisation: model.organisationName })} · `, color: MUTED, size: 18 }),
                  new TextRun({ children: [PageNumber.CURRENT], color: MUTED, size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return streamed.write(await Packer.toBuffer(doc));
}

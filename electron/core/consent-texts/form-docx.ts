import { AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';

// The printed consent form: the organisation as letterhead, the text's title, whom the form is
// for, the filled-in text, and in the footer the text's version and short hash, so a signed paper
// can be matched to the exact words it was given on. A right-to-left language gets
// bidirectional paragraphs and right-to-left runs, so Word lays it out from the right.

const ACCENT = '1F4E79';
const MUTED = '595959';

export interface ConsentFormDoc {
  organisationName: string;
  /** BCP 47 tag of the text (ar, ti, da …), set as the runs' language for spelling and shaping. */
  language: string;
  rtl: boolean;
  title: string;
  /** The text with its placeholders filled. */
  body: string;
  /** Name, code and date, already joined ("Amina Yusuf · MT-4K7QZ · 27 November 2026"). */
  personLine: string;
  /** "ar v2 · 1a2b3c4d". */
  versionLabel: string;
}

/** Builds the consent form as a .docx file. */
export async function consentFormDocx(input: ConsentFormDoc): Promise<Buffer> {
  const dir = input.rtl ? { bidirectional: true } : {};
  const run = (text: string, options: { bold?: boolean; color?: string; size?: number; break?: number } = {}) =>
    new TextRun({ text, ...(input.rtl ? { rightToLeft: true } : {}), ...options });
  // Blank lines separate paragraphs; a single line break stays a line break (the signature block).
  const paragraphs = input.body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim().length > 0)
    .map(
      (block) =>
        new Paragraph({
          ...dir,
          spacing: { after: 160 },
          keepLines: true,
          children: block.split('\n').map((line, i) => run(line, { break: i > 0 ? 1 : 0 })),
        }),
    );
  const doc = new Document({
    creator: input.organisationName,
    title: input.title,
    styles: {
      default: {
        document: {
          // Calibri has no Arabic or Ethiopic letters: complex scripts get Arial, which Word has
          // for Arabic and Hebrew; other scripts fall back to a font that has them.
          run: {
            font: { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Arial' },
            size: 23,
            language: { value: input.language, bidirectional: input.language },
          },
          paragraph: { spacing: { line: 288 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                ...dir,
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${input.versionLabel} · `, color: MUTED, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], color: MUTED, size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            ...dir,
            spacing: { after: 240 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: ACCENT, space: 4 } },
            children: [run(input.organisationName, { bold: true, color: ACCENT, size: 30 })],
          }),
          new Paragraph({ ...dir, spacing: { after: 120 }, keepNext: true, children: [run(input.title, { bold: true, size: 32 })] }),
          new Paragraph({ ...dir, spacing: { after: 320 }, children: [run(input.personLine, { color: MUTED })] }),
          ...paragraphs,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

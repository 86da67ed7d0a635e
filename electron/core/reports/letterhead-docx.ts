import { BorderStyle, ImageRun, LineRuleType, Paragraph, TextRun } from 'docx';
import { ACCENT, MUTED } from '../rights/doc-common';
import type { Logo } from './letterhead';

// The letterhead every report starts with (Settings › Letterhead): the logo, the organisation's
// name, then its address and contact line under a thin rule. One look for all of them.

const LOGO_MAX = { width: 220, height: 70 };
/** The grey of table grids and the rule under the letterhead. */
export const GRID = 'BFBFBF';
/** Twips between the margins of an A4 page with the reports' margins. */
export const TABLE_WIDTH = 9300;

export interface LetterheadParts {
  organisationName: string;
  address: string;
  contactLine: string;
  logo: Logo | null;
}

function logoRun(logo: Logo, name: string): ImageRun {
  const scale = Math.min(LOGO_MAX.width / logo.width, LOGO_MAX.height / logo.height, 1);
  return new ImageRun({
    type: logo.type,
    data: logo.data,
    transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) },
    altText: { name: 'logo', title: name || 'logo', description: name || 'logo' },
  });
}

/** The letterhead's paragraphs, to open a document's body with. */
export function letterheadParagraphs(parts: LetterheadParts): Paragraph[] {
  const out: Paragraph[] = [];
  // An explicit single line rule: with the document's 1.15 default, LibreOffice clips the image.
  if (parts.logo)
    out.push(
      new Paragraph({
        spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO },
        children: [logoRun(parts.logo, parts.organisationName)],
      }),
    );
  out.push(
    new Paragraph({
      spacing: { after: 40 },
      children: [new TextRun({ text: parts.organisationName, bold: true, size: 30, color: ACCENT })],
    }),
  );
  const details = [parts.address, parts.contactLine].filter((x) => x.trim() !== '').join('\n');
  out.push(
    new Paragraph({
      spacing: { after: 360 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: GRID, space: 6 } },
      children: details.split(/\r\n|\r|\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, color: MUTED, size: 18 })),
    }),
  );
  return out;
}

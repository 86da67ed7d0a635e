import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
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
import type { FeedbackReportModel } from '../../../../shared/contract/reports';
import { catalogs } from '../../../../shared/i18n';
import { LOCALES, type Language } from '../../../../shared/languages';
import { ACCENT, bullet, fill, labelled, longDate, MUTED, para } from '../../rights/doc-common';
import type { Logo } from '../letterhead';
import { GRID, letterheadParagraphs, TABLE_WIDTH } from '../letterhead-docx';

// The feedback report as a Word document, from its model: letterhead, recipient, date, title,
// period, the mentee as agreed, then only the sections the model includes, the coordinator's
// comment marked as theirs, a signature and a footer saying where it came from. Every text in
// the document's language; dates and numbers in its locale.

/** A section heading that stays on the page of what follows it. */
function heading(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 360, after: 100 },
    children: [new TextRun({ text, bold: true, size: 28, color: ACCENT })],
  });
}

function cell(text: string, options: { header?: boolean; width: number }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DEEAF6' } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.header })] })],
  });
}

/** A plain grid: a header row, then one row per item; widths are shares of the text width. */
function table(headers: string[], rows: string[][], shares: number[]): Table {
  const widths = shares.map((s) => Math.round(s * TABLE_WIDTH));
  const line = { style: BorderStyle.SINGLE, size: 4, color: GRID };
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, { header: true, width: widths[i]! })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, { width: widths[i]! })) })),
    ],
  });
}

export async function renderFeedbackDocx(model: FeedbackReportModel, logo: Logo | null): Promise<Buffer> {
  const lang: Language = model.language;
  const t = catalogs[lang].feedbackDoc;
  const m = catalogs[lang].mentoring;
  const day = (d: string) => longDate(lang, d);
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
  const body: (Paragraph | Table)[] = [];

  body.push(
    ...letterheadParagraphs({
      organisationName: model.letterhead.organisationName,
      address: model.letterhead.address,
      contactLine: model.letterhead.contactLine,
      logo,
    }),
  );

  // Recipient and date.
  const recipient = [
    model.recipient.organisationName,
    model.recipient.contactName ? `${t.attention} ${model.recipient.contactName}` : '',
    model.recipient.address.trim(),
  ]
    .filter(Boolean)
    .join('\n');
  body.push(para(recipient, { after: 120 }));
  body.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 240 }, children: [new TextRun(day(model.date))] }));

  // Title, period, who it is about.
  body.push(
    new Paragraph({
      spacing: { after: 80 },
      children: [new TextRun({ text: t.title, bold: true, size: 36, color: ACCENT })],
    }),
  );
  body.push(para(fill(t.period, { from: day(model.from), to: day(model.to) }), { color: MUTED, after: 200 }));
  body.push(...labelled(t.participant, model.menteeShownAs));
  if (model.naming !== 'code') body.push(...labelled(t.reference, model.menteeCode));
  body.push(
    para(
      fill(t.intro, {
        organisation: model.recipient.organisationName,
        name: model.menteeShownAs,
        from: day(model.from),
        to: day(model.to),
      }),
      { before: 200, after: 120 },
    ),
  );

  // The included sections, in order.
  if (model.meetings) {
    const held = model.meetings;
    body.push(heading(t.section.meetings));
    body.push(
      para(
        held.count === 0 ? t.meetingsNone : held.count === 1 ? t.meetingsOne : fill(t.meetingsMany, { count: number.format(held.count) }),
      ),
    );
    const minutes = held.list.reduce((sum, x) => sum + (x.durationMinutes ?? 0), 0);
    if (minutes > 0) body.push(para(fill(t.meetingsHours, { hours: number.format(minutes / 60) })));
    if (held.list.length > 0)
      body.push(
        table(
          [t.column.date, t.column.type, t.column.duration],
          held.list.map((x) => [
            day(x.date),
            m.meetingType[x.type],
            x.durationMinutes === null ? '' : fill(t.minutes, { n: number.format(x.durationMinutes) }),
          ]),
          [0.35, 0.4, 0.25],
        ),
      );
  }
  if (model.goals) {
    body.push(heading(t.section.goals));
    body.push(
      table(
        [t.column.goal, t.column.description, t.column.progress],
        model.goals.map((g) => [m.goal[g.kind], g.description, m.goalProgress[g.progress]]),
        [0.2, 0.55, 0.25],
      ),
    );
  }
  if (model.status) {
    const s = model.status;
    body.push(heading(t.section.status));
    body.push(...labelled(t.status, m.caseStatus[s.status]));
    body.push(...labelled(t.startedOn, s.startedOn ? day(s.startedOn) : t.notStarted));
    if (s.closedOn) body.push(...labelled(t.closedOn, day(s.closedOn)));
    if (s.outcome) body.push(...labelled(t.outcome, m.outcome[s.outcome]));
  }
  if (model.nextSteps) {
    const n = model.nextSteps;
    body.push(heading(t.section.nextSteps));
    if (n.openGoals.length > 0) {
      body.push(
        new Paragraph({ keepNext: true, spacing: { after: 40 }, children: [new TextRun({ text: `${t.openGoals}:`, bold: true })] }),
      );
      for (const g of n.openGoals) body.push(bullet(g));
    }
    if (n.nextMeetingOn) body.push(...labelled(t.nextMeeting, day(n.nextMeetingOn)));
    if (n.nextFollowUpOn) body.push(...labelled(t.nextFollowUp, day(n.nextFollowUpOn)));
    if (n.openGoals.length === 0 && !n.nextMeetingOn && !n.nextFollowUpOn) body.push(para(t.nothingPlanned));
  }
  if (model.comment) {
    body.push(heading(t.section.comment));
    body.push(
      new Paragraph({
        keepNext: true,
        spacing: { after: 80 },
        children: [new TextRun({ text: t.commentNote, italics: true, color: MUTED })],
      }),
    );
    body.push(
      new Paragraph({
        spacing: { after: 120 },
        indent: { left: 200, right: 200 },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
        children: model.comment.split(/\r\n|\r|\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
      }),
    );
  }

  // Signature.
  body.push(para(t.regards, { before: 360, after: 480 }));
  body.push(para([model.signedBy, model.letterhead.organisationName].filter(Boolean).join('\n')));

  const footer = fill(t.footer, { date: day(model.date), name: model.menteeShownAs });
  const doc = new Document({
    creator: model.letterhead.organisationName || 'Bindeled',
    title: `${t.title} – ${model.menteeShownAs}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { line: 276 } } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1100, bottom: 1500, left: 1300, right: 1300, footer: 500 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: footer, color: MUTED, size: 16 })] }),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${t.page} `, color: MUTED, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], color: MUTED, size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

import { Resvg } from '@resvg/resvg-js';
import type { ProgrammeCell, ProgrammeReportModel, ProgrammeTable } from '../../../../shared/contract/reports';
import { LOCALES, type Language } from '../../../../shared/languages';
import { programmeText } from './model';

// The report's charts, drawn as SVG from the published model only (never from raw counts) and
// rendered to PNG for the .docx. A hidden count is never drawn at its size: a "< 5" bar is an
// outlined, hatched bar up to 5 marked "< 5"; a "–" cell gets no bar, only the mark; a hidden
// month is a gap in the line.

export interface Chart {
  png: Buffer;
  /** Pixel size of the PNG (drawn at twice the size it is shown). */
  width: number;
  height: number;
  alt: string;
  title: string;
}

const FONT = 'Segoe UI, DejaVu Sans, Arial, sans-serif';
const CURRENT = '#1F4E79';
const PREVIOUS = '#9DC3E6';
const PREVIOUS_INK = '#5B9BD5';
const SECOND = '#C55A11';
const GRID = '#D9D9D9';
const INK = '#262626';
const MUTED = '#595959';
const SCALE = 2;
const WIDTH = 640;
export const SMALL_MARK = '< 5';
export const HIDDEN_MARK = '–';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function text(x: number, y: number, s: string, o: { size?: number; anchor?: string; color?: string; weight?: string } = {}): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${o.size ?? 11}" fill="${o.color ?? INK}" text-anchor="${o.anchor ?? 'start'}"${o.weight ? ` font-weight="${o.weight}"` : ''}>${esc(s)}</text>`;
}

/** A label cut to fit beside the bars (the table under the chart has it in full). */
function clip(label: string, max = 30): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** 1, 2, 5 × 10^n: a tick step giving about four gridlines. */
function niceStep(max: number): number {
  const raw = Math.max(max, 5) / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * pow >= raw) ?? 10) * pow;
}

function render(svg: string, height: number, title: string, alt: string): Chart {
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: 'white',
  })
    .render()
    .asPng();
  return { png, width: WIDTH * SCALE, height: height * SCALE, title, alt };
}

const hatch = (id: string, color: string) =>
  `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${color}" stroke-width="1.5"/></pattern>`;
const PATTERN = `<defs>${hatch('hatch-current', CURRENT)}${hatch('hatch-previous', PREVIOUS_INK)}</defs>`;

/** Horizontal bars, this period and the comparison period per row (the total row left out). */
export function barChart(table: ProgrammeTable, language: Language, title: string, alt: string, legend: [string, string]): Chart {
  const nf = new Intl.NumberFormat(LOCALES[language]);
  // Rows with nothing in either period are left out of the chart (the table lists them).
  const none = (c: ProgrammeCell) => c.suppressed === null && !c.value;
  const rows = table.rows.filter((r) => r.key !== 'total' && !(none(r.current) && none(r.comparison)));
  const max = Math.max(5, ...rows.flatMap((r) => [r.current.value ?? 0, r.comparison.value ?? 0]));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const left = 200;
  const right = WIDTH - 50;
  const rowH = 34;
  const y0 = 40;
  const height = y0 + rows.length * rowH + 36;
  const x = (v: number) => left + ((right - left) * v) / top;
  const parts: string[] = [PATTERN, `<rect width="${WIDTH}" height="${height}" fill="white"/>`];
  for (let v = 0; v <= top; v += step) {
    parts.push(`<line x1="${x(v)}" y1="${y0 - 6}" x2="${x(v)}" y2="${y0 + rows.length * rowH}" stroke="${GRID}"/>`);
    parts.push(text(x(v), y0 + rows.length * rowH + 16, nf.format(v), { anchor: 'middle', color: MUTED, size: 10 }));
  }
  const bar = (cell: ProgrammeCell, y: number, h: number, color: string, series: 'current' | 'previous') => {
    if (cell.suppressed === 'small') {
      const ink = series === 'current' ? CURRENT : PREVIOUS_INK;
      parts.push(
        `<rect x="${left}" y="${y}" width="${x(5) - left}" height="${h}" fill="url(#hatch-${series})" stroke="${ink}" stroke-dasharray="3 2"/>`,
      );
      parts.push(text(x(5) + 4, y + h - 2, SMALL_MARK, { size: 10, color: MUTED }));
    } else if (cell.suppressed === 'complementary') {
      // 5 or more, hidden: the range from 5 is open, drawn as a dashed line going on.
      const ink = series === 'current' ? CURRENT : PREVIOUS_INK;
      const mid = y + h / 2;
      parts.push(
        `<rect x="${left}" y="${y}" width="${x(5) - left}" height="${h}" fill="url(#hatch-${series})" stroke="${ink}" stroke-dasharray="3 2"/>`,
        `<line x1="${x(5)}" y1="${mid}" x2="${x(5) + 36}" y2="${mid}" stroke="${ink}" stroke-dasharray="3 2"/>`,
      );
      parts.push(text(x(5) + 40, y + h, HIDDEN_MARK, { size: 14, color: MUTED, weight: 'bold' }));
    } else {
      const v = cell.value ?? 0;
      if (v > 0) parts.push(`<rect x="${left}" y="${y}" width="${x(v) - left}" height="${h}" fill="${color}"/>`);
      parts.push(text(x(v) + 4, y + h - 2, nf.format(v), { size: 11, color: INK }));
    }
  };
  rows.forEach((r, i) => {
    const y = y0 + i * rowH;
    parts.push(text(left - 8, y + 19, clip(r.label, 28), { anchor: 'end', size: 12 }));
    bar(r.current, y + 3, 13, CURRENT, 'current');
    bar(r.comparison, y + 17, 11, PREVIOUS, 'previous');
  });
  parts.push(`<line x1="${left}" y1="${y0 - 6}" x2="${left}" y2="${y0 + rows.length * rowH}" stroke="${MUTED}"/>`);
  // Legend
  parts.push(`<rect x="${left}" y="12" width="12" height="12" fill="${CURRENT}"/>`, text(left + 18, 22, legend[0]));
  parts.push(`<rect x="${left + 190}" y="12" width="12" height="12" fill="${PREVIOUS}"/>`, text(left + 208, 22, legend[1]));
  return render(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${parts.join('')}</svg>`,
    height,
    title,
    alt,
  );
}

/** Month labels: "jan. 26" style, in the language. */
function monthLabel(month: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${month}-15T00:00:00Z`),
  );
}

/** Two small line panels, one above the other: courses started and meetings held per month. */
export function monthlyChart(model: ProgrammeReportModel): Chart {
  const t = programmeText(model.language);
  const nf = new Intl.NumberFormat(LOCALES[model.language]);
  const months = model.monthly;
  const panelH = 150;
  const height = 2 * panelH + 60;
  const left = 60;
  const right = WIDTH - 36;
  const parts: string[] = [`<rect width="${WIDTH}" height="${height}" fill="white"/>`];
  const xAt = (i: number) => (months.length === 1 ? (left + right) / 2 : left + ((right - left) * i) / (months.length - 1));
  const every = Math.ceil(months.length / 12);

  const panel = (top: number, title: string, pick: (m: (typeof months)[number]) => ProgrammeCell, color: string) => {
    const values = months.map((m) => pick(m).value ?? 0);
    const step = niceStep(Math.max(...values, 5));
    const max = Math.ceil(Math.max(...values, 5) / step) * step;
    const plotTop = top + 24;
    const plotBottom = top + panelH - 10;
    const y = (v: number) => plotBottom - ((plotBottom - plotTop) * v) / max;
    parts.push(text(left, top + 12, title, { weight: 'bold', size: 12, color }));
    for (let v = 0; v <= max; v += step) {
      parts.push(`<line x1="${left}" y1="${y(v)}" x2="${right}" y2="${y(v)}" stroke="${GRID}"/>`);
      parts.push(text(left - 6, y(v) + 4, nf.format(v), { anchor: 'end', size: 10, color: MUTED }));
    }
    // Runs of shown months are joined; a hidden month breaks the line.
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) parts.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${color}" stroke-width="2.5"/>`);
      run = [];
    };
    months.forEach((m, i) => {
      const c = pick(m);
      if (c.suppressed) {
        flush();
        parts.push(
          text(xAt(i), plotBottom - 4, c.suppressed === 'small' ? SMALL_MARK : HIDDEN_MARK, { anchor: 'middle', size: 9, color: MUTED }),
        );
        return;
      }
      run.push(`${xAt(i)},${y(c.value ?? 0)}`);
      parts.push(`<circle cx="${xAt(i)}" cy="${y(c.value ?? 0)}" r="3" fill="${color}"/>`);
    });
    flush();
  };
  panel(8, t.monthly.newCourses, (m) => m.newCourses, CURRENT);
  panel(8 + panelH + 6, t.monthly.meetings, (m) => m.meetings, SECOND);
  months.forEach((m, i) => {
    if (i % every === 0)
      parts.push(text(xAt(i), height - 14, monthLabel(m.month, model.language), { anchor: 'middle', size: 10, color: MUTED }));
  });
  return render(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${parts.join('')}</svg>`,
    height,
    t.tables.monthly,
    t.chartAlt.monthly,
  );
}

/** The charts of the report, in document order. */
export function programmeCharts(model: ProgrammeReportModel): Chart[] {
  const t = programmeText(model.language);
  const legend: [string, string] = [t.columns.current, t.columns.comparison];
  const table = (key: string) => model.tables.find((x) => x.key === key)!;
  return [
    barChart(table('referrals-by-source'), model.language, t.tables['referrals-by-source'], t.chartAlt.referrals, legend),
    barChart(table('outcomes'), model.language, t.tables.outcomes, t.chartAlt.outcomes, legend),
    monthlyChart(model),
  ];
}

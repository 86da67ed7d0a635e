import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DemoSize } from '../electron/core/demo/generate';

// The table and its growth column. Every run writes its figures to a small JSON cache per size
// (outside the registers' cache, so rebuilding registers keeps it); a run then prints, for each
// row, its figure divided by the same row's figure from the last run one size down (xl / l,
// l / m, m / s). Rows are matched by a key: the operation's text without counts and brackets,
// so a step file's rows need nothing extra (give `key` when the text itself names the size).

export interface Row {
  operation: string;
  encrypted: number | string;
  plain: number | string;
  /** Matches the row across sizes; by default derived from `operation`. */
  key?: string;
}

const RESULTS = path.resolve('node_modules/.cache/bindeled-bench-results');
const ORDER: DemoSize[] = ['s', 'm', 'l', 'xl'];

/** The operation's text without its counts (which differ between sizes) and bracketed details. */
export function rowKey(row: Row): string {
  return (
    (row.key ?? row.operation)
      .replace(/\([^)]*\)/g, '')
      // Counts only: p50 and p95 (digits after a letter) stay apart.
      .replace(/\b\d[\d,.]*/g, '#')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

interface Saved {
  at: string;
  loadAverage: number;
  figures: Record<string, number>;
}

function read(size: DemoSize, dir: string): Saved | null {
  const file = path.join(dir, `${size}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Saved) : null;
}

/** Saves this run's encrypted figures for the next size up to compare with. */
export function saveResults(size: DemoSize, rows: Row[], loadAverage: number, dir = RESULTS): void {
  mkdirSync(dir, { recursive: true });
  const previous = read(size, dir)?.figures ?? {};
  const figures = { ...previous };
  for (const r of rows) if (typeof r.encrypted === 'number') figures[rowKey(r)] = r.encrypted;
  writeFileSync(path.join(dir, `${size}.json`), JSON.stringify({ at: new Date().toISOString(), loadAverage, figures }, null, 1));
}

/** The last run one size down, or null at size s or when that size has never been run. */
export function previousSize(size: DemoSize, dir = RESULTS): { size: DemoSize; saved: Saved } | null {
  const below = ORDER[ORDER.indexOf(size) - 1];
  const saved = below ? read(below, dir) : null;
  return below && saved ? { size: below, saved } : null;
}

const fmt = (v: number | string) => (typeof v === 'number' ? (v >= 100 ? v.toFixed(0) : v.toFixed(2)) : v);
const ratio = (r: Row) =>
  typeof r.encrypted === 'number' && typeof r.plain === 'number' && r.plain > 0 ? `${(r.encrypted / r.plain).toFixed(2)}×` : '–';

/** The Markdown table: operation, encrypted, plain, ratio, and growth against the size below. */
export function table(size: DemoSize, rows: Row[], dir = RESULTS): string[] {
  const below = previousSize(size, dir);
  const growth = (r: Row) => {
    const was = below?.saved.figures[rowKey(r)];
    return typeof r.encrypted === 'number' && was !== undefined && was > 0 ? `${(r.encrypted / was).toFixed(2)}×` : '–';
  };
  const header = ['operation', 'encrypted (ms)', 'plain SQLite (ms)*', 'ratio', below ? `growth ${size} / ${below.size}` : 'growth'];
  const body = rows.map((r) => [r.operation, fmt(r.encrypted), fmt(r.plain), ratio(r), growth(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const note = below
    ? `growth: this run's encrypted figure over the last size-${below.size} run's (${below.saved.at.slice(0, 16)}Z, load average ${below.saved.loadAverage.toFixed(1)}).`
    : `growth: no size below ${size} has been run yet on this machine (figures saved in ${path.relative(process.cwd(), dir)}).`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`,
    ...body.map(line),
    '',
    note,
  ];
}

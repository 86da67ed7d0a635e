import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROGRAMME_BREAKDOWNS, type ProgrammeBreakdown, type ProgrammeCell } from '../../shared/contract/reports';
import type { Language } from '../../shared/languages';
import { unlock, withCore } from './core-session';
import { DAY, defineCommand, optionalLanguage, parseOptions, requiredPath, UsageError } from './options';

// `report programme --dir DIR --from D --to D --out FILE.docx [--compare-from D --compare-to D]
// [--breakdown municipality,referring-partner,language] [--lang LANG] [--xlsx FILE.xlsx]
// [--introduction FILE] [--highlights FILE] [--outlook FILE] [--json]`: the anonymous results
// report through the same channels as the app (reports:programme, reports:programmeExport).
// The narrative sections come from plain-text files (UTF-8), as the coordinator wrote them.

export type ReportProgrammeCommand = {
  name: 'report-programme';
  dir: string;
  from: string;
  to: string;
  compareFrom: string | null;
  compareTo: string | null;
  breakdowns: ProgrammeBreakdown[];
  lang: Language | null;
  out: string;
  xlsx: string | null;
  narrative: { introduction: string; highlights: string; outlook: string };
  json: boolean;
};

function readText(option: string, file: string | undefined): string {
  if (file === undefined) return '';
  try {
    return readFileSync(path.resolve(file), 'utf8');
  } catch {
    throw new UsageError(`--${option}: cannot read ${file}`);
  }
}

/** A published cell in the terminal: the figure, "< 5" or "–". */
const shown = (c: ProgrammeCell) =>
  c.suppressed === 'small' ? '< 5' : c.suppressed === 'complementary' ? '–' : c.value === null ? 'n/a' : String(c.value);

export const reportProgramme = defineCommand<ReportProgrammeCommand>({
  name: 'report programme',
  help: {
    usage: [
      '--dir DIR --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.docx',
      '[--compare-from YYYY-MM-DD --compare-to YYYY-MM-DD] [--xlsx FILE.xlsx]',
      '[--breakdown municipality,referring-partner,language] [--lang LANG]',
      '[--introduction FILE] [--highlights FILE] [--outlook FILE] [--json]',
    ],
    about: [
      'The anonymous results report for donors and municipalities (Word with charts, and the',
      'tables as Excel with --xlsx): only people whose consent covers statistics; counts below 5',
      'shown as "< 5" and cells that would give one away hidden. The comparison period defaults to',
      'the same dates a year earlier. Narrative sections are read from plain-text files.',
    ],
    options: [
      ['--dir DIR', "The register's folder."],
      ['--from YYYY-MM-DD', 'The first day of the period.'],
      ['--to YYYY-MM-DD', 'The last day of the period.'],
      ['--out FILE.docx', 'The Word file to write.'],
      ['--compare-from YYYY-MM-DD', 'The first day of the comparison period (with --compare-to; default: a year earlier).'],
      ['--compare-to YYYY-MM-DD', 'The last day of the comparison period (with --compare-from).'],
      ['--xlsx FILE.xlsx', 'Also write the tables as an Excel workbook.'],
      ['--breakdown LIST', `Add tables broken down by any of ${PROGRAMME_BREAKDOWNS.join(', ')} (comma-separated).`],
      ['--lang LANG', "The report's language: da, nb, sv, fi or en (default: the register's)."],
      ['--introduction FILE', 'The introduction, from a plain-text file (UTF-8).'],
      ['--highlights FILE', 'The highlights, from a plain-text file (UTF-8).'],
      ['--outlook FILE', 'The outlook, from a plain-text file (UTF-8).'],
      ['--json', 'Print what was written and the overview figures as JSON.'],
    ],
  },
  parse(args) {
    const values = parseOptions(args, {
      dir: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'compare-from': { type: 'string' },
      'compare-to': { type: 'string' },
      breakdown: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      xlsx: { type: 'string' },
      introduction: { type: 'string' },
      highlights: { type: 'string' },
      outlook: { type: 'string' },
      json: { type: 'boolean' },
    });
    const dir = requiredPath(values.dir, 'report programme');
    if (!values.from || !values.to) throw new UsageError('report programme needs --from YYYY-MM-DD and --to YYYY-MM-DD');
    for (const option of ['from', 'to', 'compare-from', 'compare-to'] as const) {
      const v = values[option];
      if (v !== undefined && !DAY.test(v)) throw new UsageError(`--${option} must be a day as YYYY-MM-DD`);
    }
    if ((values['compare-from'] === undefined) !== (values['compare-to'] === undefined))
      throw new UsageError('give both --compare-from and --compare-to, or neither (default: the period just before)');
    if (!values.out?.trim()) throw new UsageError('report programme needs --out FILE.docx');
    if (!/\.docx$/i.test(values.out)) throw new UsageError('--out must end in .docx');
    if (values.xlsx !== undefined && !/\.xlsx$/i.test(values.xlsx)) throw new UsageError('--xlsx must end in .xlsx');
    const lang = optionalLanguage(values.lang);
    const breakdowns = (values.breakdown ?? '')
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean);
    const unknown = breakdowns.find((b) => !(PROGRAMME_BREAKDOWNS as readonly string[]).includes(b));
    if (unknown) throw new UsageError(`--breakdown: "${unknown}" is not one of ${PROGRAMME_BREAKDOWNS.join(', ')}`);
    return {
      name: 'report-programme',
      dir,
      from: values.from,
      to: values.to,
      compareFrom: values['compare-from'] ?? null,
      compareTo: values['compare-to'] ?? null,
      breakdowns: [...new Set(breakdowns)] as ProgrammeBreakdown[],
      lang,
      out: path.resolve(values.out),
      xlsx: values.xlsx === undefined ? null : path.resolve(values.xlsx),
      narrative: {
        introduction: readText('introduction', values.introduction),
        highlights: readText('highlights', values.highlights),
        outlook: readText('outlook', values.outlook),
      },
      json: values.json ?? false,
    };
  },
  async run(cmd, ctx) {
    const input = {
      from: cmd.from,
      to: cmd.to,
      breakdowns: cmd.breakdowns,
      ...(cmd.compareFrom && cmd.compareTo ? { compareFrom: cmd.compareFrom, compareTo: cmd.compareTo } : {}),
      ...(cmd.lang ? { language: cmd.lang } : {}),
    };
    const { model, written } = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
      const model = await call('reports:programme', input);
      const written = await call('reports:programmeExport', {
        ...input,
        narrative: cmd.narrative,
        path: cmd.out,
        ...(cmd.xlsx ? { xlsxPath: cmd.xlsx } : {}),
      });
      return { model, written };
    });
    const overview = model.tables.find((t) => t.key === 'overview')?.rows ?? [];
    if (cmd.json) {
      const figures = Object.fromEntries(overview.map((r) => [r.key, { current: shown(r.current), comparison: shown(r.comparison) }]));
      const summary = {
        written: written.path,
        xlsx: written.xlsxPath,
        sha256: written.sha256,
        language: model.language,
        period: model.period,
        comparison: model.comparison,
        coverage: { included: shown(model.coverage.included), excluded: shown(model.coverage.excluded) },
        figures,
      };
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return 0;
    }
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(`Wrote ${written.path} (sha256 ${written.sha256})${written.xlsxPath ? ` and ${written.xlsxPath}` : ''}.`);
    out(
      `Period ${model.period.from} to ${model.period.to}, compared with ${model.comparison.from} to ${model.comparison.to}, in ${model.language}.`,
    );
    out(
      `People counted (consent covers statistics, or anonymised): ${shown(model.coverage.included)}; left out: ${shown(model.coverage.excluded)}.`,
    );
    const width = Math.max(...overview.map((r) => r.label.length), 10);
    for (const r of overview) out(`  ${r.label.padEnd(width)}  ${shown(r.current).padStart(7)}  ${shown(r.comparison).padStart(7)}`);
    out('Counts below 5 are shown as "< 5"; cells that would give one away are hidden ("–").');
    return 0;
  },
});

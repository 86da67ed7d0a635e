import type { z } from 'zod';
import { SECTORS } from '../../../../shared/contract';
import { OUTCOMES } from '../../../../shared/contract/mentoring-schemas';
import {
  PROGRAMME_BREAKDOWNS,
  type ProgrammeBreakdown,
  type ProgrammeCell,
  type ProgrammeReportInput,
  type ProgrammeReportModel,
  type ProgrammeTable,
} from '../../../../shared/contract/reports';
import { catalogs, type Catalog } from '../../../../shared/i18n';
import { LOCALES, type Language } from '../../../../shared/languages';
import { localMinuteNow } from '../../consents/decide';
import type { Db } from '../../db/driver';
import { languageName } from '../../export/language-names';
import { readSettings } from '../../register/settings-repo';
import { monthsOf, resolvePeriods } from './periods';
import { includedPeople, periodStats, type Period, type PeriodStats } from './stats';
import {
  baseCell,
  figureCell,
  figureGivesAway,
  givesAwayDifference,
  readLedger,
  type ComplementaryFigure,
  type ReleasedCell,
} from './ledger';
import { suppress, type Equation, type Suppression } from './suppress';

// The results report as published: every figure of the period and the comparison period as a
// cell, suppressed where it must be (suppress.ts), with labels in the report's language. The
// .docx, the .xlsx and the screen all show this model and nothing else, so nothing hidden here
// can leak through a chart or a sheet.

export type ProgrammeInput = z.output<typeof ProgrammeReportInput>;
export type ProgrammeDocText = Catalog['programmeDoc'];
export const programmeText = (language: Language): ProgrammeDocText => catalogs[language].programmeDoc;

const OVERVIEW = [
  'referrals',
  'new-courses',
  'active-courses',
  'closed-courses',
  'matched',
  'median-days-to-match',
  'meetings',
  'volunteer-hours',
  'mentees',
  'mentors-recruited',
  'mentors-trained',
  'mentors-active',
] as const;
type OverviewKey = (typeof OVERVIEW)[number];

interface RowSpec {
  key: string;
  label: string;
  /** The raw count per column, and the cell id it is suppressed under. */
  count: (s: PeriodStats) => number;
  id: string;
}

interface TableSpec {
  key: string;
  rows: RowSpec[];
  /** The overview figure the rows add up to; null for the overview itself. */
  total: OverviewKey | null;
  withShares: boolean;
}

const overviewCount: Record<Exclude<OverviewKey, 'median-days-to-match' | 'volunteer-hours'>, (s: PeriodStats) => number> = {
  referrals: (s) => s.referrals,
  'new-courses': (s) => s.newCourses,
  'active-courses': (s) => s.activeCourses,
  'closed-courses': (s) => s.closedCourses,
  matched: (s) => s.matched,
  meetings: (s) => s.meetings,
  mentees: (s) => s.mentees,
  'mentors-recruited': (s) => s.mentorsRecruited,
  'mentors-trained': (s) => s.mentorsTrained,
  'mentors-active': (s) => s.mentorsActive,
};

/** Rows for the keys present in either period, in `order` (then by label), 'none' last. */
function rowsFor(
  table: string,
  pick: (s: PeriodStats) => Map<string, number>,
  both: PeriodStats[],
  label: (key: string) => string,
  language: Language,
  order: readonly string[] | null,
): RowSpec[] {
  const keys = new Set(both.flatMap((s) => [...pick(s).keys()]));
  const collator = new Intl.Collator(LOCALES[language]);
  const sorted = [...keys]
    .filter((k) => k !== 'none')
    .sort((a, b) => (order ? order.indexOf(a) - order.indexOf(b) : 0) || collator.compare(label(a), label(b)));
  if (keys.has('none')) sorted.push('none');
  return sorted.map((k) => ({ key: k, label: label(k), count: (s) => pick(s).get(k) ?? 0, id: `${table}:${k}` }));
}

function organisationNames(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT id, name FROM organisations').all() as { id: number; name: string }[];
  return new Map(rows.map((r) => [String(r.id), r.name]));
}

function tableSpecs(db: Db, language: Language, both: PeriodStats[], breakdowns: readonly ProgrammeBreakdown[]): TableSpec[] {
  const t = programmeText(language);
  const c = catalogs[language];
  const outcomeLabels = c.mentoring.outcome as Record<string, string>;
  const specs: TableSpec[] = [
    {
      key: 'referrals-by-source',
      total: 'referrals',
      withShares: true,
      rows: rowsFor(
        'src',
        (s) => s.referralsBySource,
        both,
        (k) => (k === 'none' ? t.rows['no-source'] : ((c.sectors as Record<string, string>)[k] ?? k)),
        language,
        SECTORS,
      ),
    },
    {
      key: 'outcomes',
      total: 'closed-courses',
      withShares: true,
      // Every outcome, also those no course had: a fixed list reads the same in every report.
      rows: [...OUTCOMES, ...(both.some((s) => s.outcomes.has('not-recorded')) ? ['not-recorded'] : [])].map((k) => ({
        key: k,
        label: k === 'not-recorded' ? t.rows['not-recorded'] : (outcomeLabels[k] ?? k),
        count: (s) => s.outcomes.get(k) ?? 0,
        id: `out:${k}`,
      })),
    },
  ];
  const names = organisationNames(db);
  const breakdownSpec: Record<ProgrammeBreakdown, () => TableSpec> = {
    municipality: () => ({
      key: 'by-municipality',
      total: 'mentees',
      withShares: false,
      rows: rowsFor(
        'mun',
        (s) => s.byMunicipality,
        both,
        (k) => (k === 'none' ? t.rows['no-municipality'] : k),
        language,
        null,
      ),
    }),
    'referring-partner': () => ({
      key: 'by-referring-partner',
      total: 'mentees',
      withShares: false,
      rows: rowsFor(
        'org',
        (s) => s.byReferringPartner,
        both,
        (k) => (k === 'none' ? t.rows['no-source'] : (names.get(k) ?? k)),
        language,
        null,
      ),
    }),
    language: () => ({
      key: 'by-language',
      total: 'mentees',
      withShares: false,
      rows: rowsFor(
        'lang',
        (s) => s.byLanguage,
        both,
        (k) => (k === 'none' ? t.rows['no-language'] : languageName(k, language)),
        language,
        null,
      ),
    }),
  };
  for (const b of [...new Set(breakdowns)]) specs.push(breakdownSpec[b]());
  return specs;
}

const shown = (value: number | null, share: number | null = null): ProgrammeCell => ({ value, suppressed: null, share });
const hidden = (why: Suppression): ProgrammeCell => ({ value: null, suppressed: why, share: null });
const isSmall = (n: number) => n >= 1 && n <= 4;

type Ledger = ReadonlyMap<string, ReleasedCell[]>;

/** One column (period): every count under its id, the equations, and what to hide. */
function column(stats: PeriodStats, specs: TableSpec[], months: string[] | null, period: Period, ledger: Ledger) {
  const values = new Map<string, number>();
  const equations: Equation[] = [];
  for (const [key, count] of Object.entries(overviewCount)) values.set(`ov:${key}`, count(stats));
  for (const spec of specs) {
    for (const r of spec.rows) values.set(r.id, r.count(stats));
    if (spec.total) equations.push({ total: `ov:${spec.total}`, parts: spec.rows.map((r) => r.id) });
  }
  if (months) {
    for (const m of months) {
      values.set(`new:${m}`, stats.monthlyNewCourses.get(m) ?? 0);
      values.set(`meet:${m}`, stats.monthlyMeetings.get(m) ?? 0);
    }
    equations.push({ total: 'ov:new-courses', parts: months.map((m) => `new:${m}`) });
    equations.push({ total: 'ov:meetings', parts: months.map((m) => `meet:${m}`) });
  }
  values.set('cov:included', stats.coverage.included);
  values.set('cov:excluded', stats.coverage.excluded);
  // Hidden because an earlier report over an overlapping period would give the difference away.
  const forced = new Set([...values].filter(([id, v]) => givesAwayDifference(ledger, id, period, v)).map(([id]) => id));
  const status = suppress(values, equations, forced);
  const released: ReleasedCell[] = [...values].filter(([id]) => !status.has(id)).map(([cell, value]) => ({ cell, period, value }));
  let hiddenByLedger = [...forced].filter((id) => status.has(id)).length;
  const cell = (id: string, share: number | null = null): ProgrammeCell => {
    const why = status.get(id);
    return why ? hidden(why) : shown(values.get(id)!, share);
  };
  // The figures that are not counts, each guarded through the count it is taken over (ledger.ts):
  // hidden when that count is 1–4 or itself hidden, or when an earlier report would give the
  // figure of a few meetings or courses away; else shown, and the count kept with it.
  const median = stats.medianDaysToMatch === null ? null : Math.round(stats.medianDaysToMatch * 10) / 10;
  const figure = (key: ComplementaryFigure, base: number, value: number | null, recorded: number | null, baseId?: string) => {
    const earlier = (baseId !== undefined && forced.has(baseId)) || figureGivesAway(ledger, key, period, base, recorded);
    if (isSmall(base) || (baseId !== undefined && status.has(baseId)) || earlier) {
      if (earlier) hiddenByLedger++;
      return hidden('complementary');
    }
    released.push({ cell: baseCell(key), period, value: base });
    if (recorded !== null) released.push({ cell: figureCell(key), period, value: recorded });
    return shown(value);
  };
  const figures = {
    'volunteer-hours': figure('volunteer-hours', stats.mentorMeetings, stats.volunteerHours, stats.volunteerHours),
    'median-days-to-match': figure(
      'median-days-to-match',
      stats.matched,
      median,
      median === null ? null : Math.round(median * 10),
      'ov:matched',
    ),
  };
  const overview = (key: OverviewKey): ProgrammeCell =>
    key === 'median-days-to-match' || key === 'volunteer-hours' ? figures[key] : cell(`ov:${key}`);
  const shareOf = (id: string, totalId: string): number | null => {
    const total = values.get(totalId)!;
    return status.has(id) || status.has(totalId) || total === 0 ? null : values.get(id)! / total;
  };
  return { cell, overview, shareOf, released, forced: hiddenByLedger };
}

/** The results report's model: figures of both periods, suppressed, labelled. Writes nothing. */
export function programmeModel(db: Db, input: ProgrammeInput, at = localMinuteNow()): ProgrammeReportModel {
  return programmeRelease(db, input, at).model;
}

/** The model, and the counts it shows with their periods (what the ledger keeps once it is written). */
export function programmeRelease(
  db: Db,
  input: ProgrammeInput,
  at = localMinuteNow(),
): { model: ProgrammeReportModel; released: ReleasedCell[] } {
  const { period, comparison } = resolvePeriods(input);
  const settings = readSettings(db);
  const language = input.language ?? settings.defaultLanguage;
  const t = programmeText(language);
  const included = includedPeople(db, at);
  const current = periodStats(db, period, included);
  const previous = periodStats(db, comparison, included);
  // Every breakdown takes part in the suppression, also those not shown: what is hidden then
  // does not depend on the breakdowns chosen, so two reports of the same period with different
  // breakdowns cannot be laid side by side to work out a hidden count.
  const specs = tableSpecs(db, language, [current, previous], PROGRAMME_BREAKDOWNS);
  const shownTables = new Set(['referrals-by-source', 'outcomes', ...input.breakdowns.map((b) => `by-${b}`)]);
  const months = monthsOf(period);
  const ledger = readLedger(db);
  const cur = column(current, specs, months, period, ledger);
  const cmp = column(previous, specs, null, comparison, ledger);

  const tables: ProgrammeTable[] = [
    {
      key: 'overview',
      rows: OVERVIEW.map((key) => ({ key, label: t.rows[key], current: cur.overview(key), comparison: cmp.overview(key) })),
    },
  ];
  for (const spec of specs.filter((x) => shownTables.has(x.key))) {
    const totalId = `ov:${spec.total!}`;
    const withShare = (col: typeof cur, id: string) => col.cell(id, spec.withShares ? col.shareOf(id, totalId) : null);
    tables.push({
      key: spec.key,
      rows: [
        ...spec.rows.map((r) => ({ key: r.key, label: r.label, current: withShare(cur, r.id), comparison: withShare(cmp, r.id) })),
        { key: 'total', label: t.rows.total, current: cur.cell(totalId), comparison: cmp.cell(totalId) },
      ],
    });
  }
  const model: ProgrammeReportModel = {
    language,
    period,
    comparison,
    organisationName: settings.organisationName,
    coverage: { included: cur.cell('cov:included'), excluded: cur.cell('cov:excluded') },
    tables,
    monthly: months.map((month) => ({ month, newCourses: cur.cell(`new:${month}`), meetings: cur.cell(`meet:${month}`) })),
    hiddenByEarlierReports: cur.forced + cmp.forced,
  };
  return { model, released: [...cur.released, ...cmp.released] };
}

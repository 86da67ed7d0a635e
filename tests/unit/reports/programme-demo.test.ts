import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProgrammeCell, ProgrammeReportModel } from '../../../shared/contract/reports';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { generateDemo } from '../../../electron/core/demo/generate';
import { programmeModel } from '../../../electron/core/reports/programme/model';
import { includedPeople, mainLanguage, periodStats, type PeriodStats } from '../../../electron/core/reports/programme/stats';
import { exposedCells, type Equation, type Suppression } from '../../../electron/core/reports/programme/suppress';

// The published report as an adversary sees it, on small demo registers (many small cells):
// the equations are rebuilt from the model alone (each table's rows add up to its total row;
// the breakdowns share the overview's mentees, the sources its referrals, the outcomes its
// closed courses, the months its courses started and meetings), the true counts come from the
// raw figures, and no count from 1 to 4 may be pinned down. Also: shown totals add up.

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function demo(seed: number): Db {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-programme-demo-'));
  made.push(dir);
  const db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  generateDemo(db, 's', 'owner', seed, '2026-11-27');
  return db;
}

const AT = '2026-11-27T12:00';
const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

/** The true count behind a row of a table, from the raw figures. */
function truth(s: PeriodStats, table: string, key: string): number {
  const overview: Record<string, number> = {
    referrals: s.referrals,
    'new-courses': s.newCourses,
    'active-courses': s.activeCourses,
    'closed-courses': s.closedCourses,
    matched: s.matched,
    meetings: s.meetings,
    mentees: s.mentees,
    'mentors-recruited': s.mentorsRecruited,
    'mentors-trained': s.mentorsTrained,
    'mentors-active': s.mentorsActive,
  };
  const totals: Record<string, number> = {
    'referrals-by-source': s.referrals,
    outcomes: s.closedCourses,
    'by-municipality': s.mentees,
    'by-referring-partner': s.mentees,
    'by-language': s.mentees,
  };
  if (table === 'overview') return overview[key]!;
  if (key === 'total') return totals[table]!;
  const map = {
    'referrals-by-source': s.referralsBySource,
    outcomes: s.outcomes,
    'by-municipality': s.byMunicipality,
    'by-referring-partner': s.byReferringPartner,
    'by-language': s.byLanguage,
  }[table]!;
  return map.get(key) ?? 0;
}

const status = (c: ProgrammeCell): Suppression | undefined => c.suppressed ?? undefined;

/** One column of the published report as equations, cell statuses and true values. */
function adversary(model: ProgrammeReportModel, stats: PeriodStats, column: 'current' | 'comparison') {
  const values = new Map<string, number>();
  const hidden = new Map<string, Suppression>();
  const equations: Equation[] = [];
  const put = (id: string, cell: ProgrammeCell, value: number) => {
    values.set(id, value);
    const s = status(cell);
    if (s) hidden.set(id, s);
    else expect(cell.value, id).toBe(value); // what is shown is the truth
  };
  const totalOf: Record<string, string> = {
    'referrals-by-source': 'referrals',
    outcomes: 'closed-courses',
    'by-municipality': 'mentees',
    'by-referring-partner': 'mentees',
    'by-language': 'mentees',
  };
  for (const table of model.tables) {
    for (const row of table.rows) {
      if (row.key === 'median-days-to-match' || row.key === 'volunteer-hours') continue;
      const id = table.key === 'overview' ? `ov:${row.key}` : row.key === 'total' ? `ov:${totalOf[table.key]}` : `${table.key}:${row.key}`;
      put(id, row[column], truth(stats, table.key, row.key));
    }
    if (table.key !== 'overview')
      equations.push({
        total: `ov:${totalOf[table.key]}`,
        parts: table.rows.filter((r) => r.key !== 'total').map((r) => `${table.key}:${r.key}`),
      });
  }
  if (column === 'current') {
    for (const m of model.monthly) {
      put(`new:${m.month}`, m.newCourses, stats.monthlyNewCourses.get(m.month) ?? 0);
      put(`meet:${m.month}`, m.meetings, stats.monthlyMeetings.get(m.month) ?? 0);
    }
    equations.push({ total: 'ov:new-courses', parts: model.monthly.map((m) => `new:${m.month}`) });
    equations.push({ total: 'ov:meetings', parts: model.monthly.map((m) => `meet:${m.month}`) });
  }
  return { values, hidden, equations };
}

describe('the published report on demo registers', () => {
  it.each([1, 2, 3])('hides every count from 1 to 4 so that no equation gives it away (seed %i)', (seed) => {
    const db = demo(seed);
    const model = programmeModel(db, { ...PERIOD, breakdowns: ['municipality', 'referring-partner', 'language'], language: 'en' }, AT);
    const included = includedPeople(db, AT);
    const current = periodStats(db, model.period, included);
    const previous = periodStats(db, model.comparison, included);
    let smallCells = 0;
    for (const [column, stats] of [
      ['current', current],
      ['comparison', previous],
    ] as const) {
      const { values, hidden, equations } = adversary(model, stats, column);
      for (const [id, v] of values) {
        if (v >= 1 && v <= 4) {
          smallCells++;
          expect(hidden.get(id), `${column} ${id} = ${v}`).toBe('small');
        }
      }
      expect(exposedCells(values, hidden, equations), column).toEqual([]);
    }
    expect(smallCells).toBeGreaterThan(10); // the test means something only with small cells about
    db.close();
  });

  it('counts each mentee under the mother tongue where one is marked', () => {
    expect(mainLanguage('[{"code":"da","level":"good"},{"code":"ar","level":"native"}]')).toBe('ar');
    expect(mainLanguage('[{"code":"so","level":"good"}]')).toBe('so');
    expect(mainLanguage('["tigrinya"]')).toBe('tigrinya');
    expect(mainLanguage('[]')).toBeNull();
    expect(mainLanguage('not json')).toBeNull();
  });
});

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeCell, ProgrammeReportModel } from '../../../shared/contract/reports';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { programmeModel } from '../../../electron/core/reports/programme/model';
import { monthsOf, resolvePeriods } from '../../../electron/core/reports/programme/periods';
import {
  addCourse,
  addMentee,
  COMPARISON,
  fillProgrammeRegister,
  MARKER,
  PERIOD,
  statisticsConsent,
  type Fixture,
} from './programme-fixture';

// The results report's model on a small hand-built register (programme-fixture.ts): exact
// figures, only people whose consent covers statistics, and suppression as published.

let dir: string;
let db: Db;
let fx: Fixture;
const AT = '2026-11-27T12:00';

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-programme-model-'));
  db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  writeSettings(db, { organisationName: 'Mentornetværket', defaultLanguage: 'da' });
  fx = fillProgrammeRegister(db);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const model = (extra: Partial<Parameters<typeof programmeModel>[1]> = {}) =>
  programmeModel(
    db,
    { ...PERIOD, ...COMPARISON, breakdowns: ['municipality', 'referring-partner', 'language'], language: 'en', ...extra },
    AT,
  );

function table(m: ProgrammeReportModel, key: string) {
  const t = m.tables.find((x) => x.key === key);
  if (!t) throw new Error(`no table ${key}`);
  return Object.fromEntries(t.rows.map((r) => [r.key, r]));
}
/** A cell as the document prints it: the number, "<5" or "-". */
const show = (c: ProgrammeCell) => (c.suppressed === 'small' ? '<5' : c.suppressed === 'complementary' ? '-' : c.value);

describe('periods', () => {
  it('defaults the comparison to the same dates a year earlier; a period over a year to one as long just before', () => {
    expect(resolvePeriods({ from: '2026-01-01', to: '2026-10-31' }).comparison).toEqual({ from: '2025-01-01', to: '2025-10-31' });
    expect(resolvePeriods({ from: '2026-03-01', to: '2026-03-31' }).comparison).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(resolvePeriods({ from: '2024-02-01', to: '2024-02-29' }).comparison).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(resolvePeriods({ from: '2026-01-01', to: '2026-12-31' }).comparison).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(resolvePeriods({ from: '2025-01-01', to: '2026-06-30' }).comparison).toEqual({ from: '2023-07-05', to: '2024-12-31' });
  });
  it('refuses a reversed period, a non-date and half a comparison', () => {
    for (const bad of [
      { from: '2026-06-30', to: '2026-01-01' },
      { from: '2026-02-30', to: '2026-03-01' },
      { ...PERIOD, compareFrom: '2025-01-01' },
    ])
      expect(() => resolvePeriods(bad)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('says which periods overlap and where the comparison must end', () => {
    expect(() => resolvePeriods({ ...PERIOD, compareFrom: '2025-07-01', compareTo: '2026-01-01' })).toThrow(
      expect.objectContaining({
        code: 'PERIOD_OVERLAP',
        params: { from: '2026-01-01', to: '2026-06-30', compareFrom: '2025-07-01', compareTo: '2026-01-01' },
      }),
    );
  });
  it('says which period is over ten years and the last end day allowed', () => {
    // Exactly ten calendar years is allowed; one day more is not.
    expect(resolvePeriods({ from: '2016-01-01', to: '2025-12-31' }).period).toEqual({ from: '2016-01-01', to: '2025-12-31' });
    expect(() => resolvePeriods({ from: '2016-01-01', to: '2026-01-01' })).toThrow(
      expect.objectContaining({
        code: 'PERIOD_TOO_LONG',
        params: { field: 'period', from: '2016-01-01', to: '2026-01-01', latest: '2025-12-31', years: 10 },
      }),
    );
    expect(() => resolvePeriods({ ...PERIOD, compareFrom: '1900-03-01', compareTo: '2025-01-01' })).toThrow(
      expect.objectContaining({
        code: 'PERIOD_TOO_LONG',
        params: { field: 'comparison', from: '1900-03-01', to: '2025-01-01', latest: '1910-02-28', years: 10 },
      }),
    );
  });
  it('lists the months of a period', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('figures', () => {
  it('counts the period exactly, suppressing small cells', () => {
    const m = model();
    expect(m.organisationName).toBe('Mentornetværket');
    expect(m.hiddenByEarlierReports).toBe(0); // nothing released yet
    expect(m.comparison).toEqual({ from: '2025-07-04', to: '2025-12-31' });
    const o = table(m, 'overview');
    const current = Object.fromEntries(Object.entries(o).map(([k, r]) => [k, show(r.current)]));
    expect(current).toEqual({
      referrals: 11, // mentees 1–10 and the anonymised 13; 14–16 have no consent in force
      'new-courses': 10,
      'active-courses': 10,
      'closed-courses': 6,
      matched: 10,
      'median-days-to-match': 19,
      meetings: 40,
      'volunteer-hours': 30, // 30 mentor meetings of an hour; the follow-ups do not count
      mentees: 13,
      'mentors-recruited': 5,
      'mentors-trained': '<5', // four: mentor 7 trained too but has no consent
      'mentors-active': 5,
    });
    const comparison = Object.fromEntries(Object.entries(o).map(([k, r]) => [k, show(r.comparison)]));
    expect(comparison).toMatchObject({ referrals: '<5', mentees: '<5', 'mentors-recruited': '<5', meetings: 0, matched: 0 });
    expect(o['median-days-to-match']!.comparison).toEqual({ value: null, suppressed: null, share: null });
  });

  it('hides a median of fewer than five courses', () => {
    // February: one course was matched (after 28 days); its median would be its own wait.
    const o = table(model({ from: '2026-02-01', to: '2026-02-28' }), 'overview');
    expect(show(o.matched!.current)).toBe('<5');
    expect(o['median-days-to-match']!.current).toEqual({ value: null, suppressed: 'complementary', share: null });
    expect(show(o['volunteer-hours']!.current)).toBe(10);
  });

  it('hides a row that the total would give away, and its share', () => {
    const out = table(model(), 'outcomes');
    // 6 closed: 5 with a full-time job, 1 in education. "< 5" alone would be 6 − 5.
    expect(show(out.education!.current)).toBe('<5');
    expect(show(out['job-full-time']!.current)).toBe('-');
    expect(out['job-full-time']!.current.share).toBeNull();
    expect(show(out.total!.current)).toBe(6);
    expect(show(out.internship!.current)).toBe(0);
    expect(out.internship!.current.share).toBe(0);
    expect(Object.keys(out)).toEqual([
      'job-full-time',
      'job-part-time',
      'job-subsidised',
      'education',
      'internship',
      'other-programme',
      'ended-early',
      'moved',
      'total',
    ]);
  });

  it('breaks the same mentees down by municipality, partner and language', () => {
    const m = model();
    const mun = table(m, 'by-municipality');
    expect(Object.fromEntries(Object.entries(mun).map(([k, r]) => [k, [r.label, show(r.current)]]))).toEqual({
      Aarhus: ['Aarhus', 7],
      Odense: ['Odense', '-'], // 13 − 7 − "< 5" would give the one without a municipality away
      none: ['Municipality not stated', '<5'],
      total: ['Total', 13],
    });
    const lang = table(m, 'by-language');
    expect(Object.fromEntries(Object.entries(lang).map(([, r]) => [r.label, show(r.current)]))).toEqual({
      Arabic: 8,
      Somali: '<5',
      'Language not stated': '<5',
      Total: 13,
    });
    const org = table(m, 'by-referring-partner');
    expect(Object.fromEntries(Object.entries(org).map(([, r]) => [r.label, show(r.current)]))).toEqual({
      'Jobcenter Aarhus': 9,
      'Odense Kommune': '<5',
      'No referring organisation': '<5',
      Total: 13,
    });
    const src = table(m, 'referrals-by-source');
    expect(Object.fromEntries(Object.entries(src).map(([k, r]) => [k, show(r.current)]))).toEqual({
      municipality: '<5',
      'job-centre': 7,
      none: '<5',
      total: 11,
    });
    expect(src['job-centre']!.current.share).toBeCloseTo(7 / 11);
  });

  it('gives the months and the coverage', () => {
    const m = model();
    expect(m.monthly.map((x) => [x.month, show(x.newCourses), show(x.meetings)])).toEqual([
      ['2026-01', 5, 0],
      ['2026-02', 5, 10],
      ['2026-03', 0, 10],
      ['2026-04', 0, 20],
      ['2026-05', 0, 0],
      ['2026-06', 0, 0],
    ]);
    // 13 mentees and mentors 1–5 counted; mentees 14–16 and mentor 7 left out.
    expect(show(m.coverage.included)).toBe(18);
    expect(show(m.coverage.excluded)).toBe('<5');
  });

  it('writes labels in the report language and never a name or free text', () => {
    const m = model({ language: 'da' });
    expect(table(m, 'overview').referrals!.label).toBe('Nye henvisninger');
    expect(table(m, 'by-language').none!.label).toBe('Sprog ikke oplyst');
    expect(Object.values(table(m, 'by-language')).map((r) => r.label)).toContain('arabisk');
    expect(JSON.stringify(m)).not.toContain(MARKER);
  });

  it('leaves the breakdowns out unless asked for, hiding the same cells either way', () => {
    const none = model({ breakdowns: [] });
    expect(none.tables.map((t) => t.key)).toEqual(['overview', 'referrals-by-source', 'outcomes']);
    // Two reports of one period with different breakdowns must not show a cell the other hides.
    const all = model();
    expect(none.tables.slice(0, 3)).toEqual(all.tables.slice(0, 3));
    expect(table(model({ breakdowns: ['language'] }), 'by-language')).toEqual(table(all, 'by-language'));
  });
});

describe('consent', () => {
  it('a person without a statistics consent changes nothing but the count of people left out', () => {
    const before = model();
    const id = addMentee(db, 90, 'Aarhus', [{ code: 'ar', level: 'native' }]);
    addCourse(db, {
      mentee: id,
      org: fx.jobcentre,
      referredOn: '2026-02-02',
      mentor: fx.mentors[0],
      matchedOn: '2026-02-03',
      startedOn: '2026-02-04',
      closedOn: '2026-03-01',
      outcome: 'moved',
      meetings: [['2026-02-20', 'mentor-mentee', 600]],
    });
    const after = model();
    expect(after.tables).toEqual(before.tables);
    expect(after.monthly).toEqual(before.monthly);
    expect(show(after.coverage.excluded)).toBe(5); // 4 before, now 5: shown
    // With a consent she counts.
    statisticsConsent(db, 'mentee', id);
    expect(show(table(model(), 'overview').referrals!.current)).toBe(12);
    // Withdrawn before the report is written: left out again.
    db.prepare("UPDATE consents SET withdrawn_at = '2026-11-01T10:00' WHERE person_kind = 'mentee' AND person_id = ?").run(id);
    expect(model().tables).toEqual(before.tables);
  });
});

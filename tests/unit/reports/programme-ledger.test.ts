import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { givesAwayDifference, recordReleased, type ReleasedCell } from '../../../electron/core/reports/programme/ledger';
import { programmeRelease } from '../../../electron/core/reports/programme/model';
import { includedPeople, periodStats, type Period } from '../../../electron/core/reports/programme/stats';
import { addCourse, addMentee, statisticsConsent } from './programme-fixture';

// The differencing adversary. Random registers, a random series of month-aligned reports over
// 2026, each released (its shown counts recorded in the ledger as the export does). Then every
// pair and triple of released columns is combined, cell by cell (a − b; a − b − c, a − b + c):
// where the combination is exactly the count of some months (each month counted 0 or 1 times),
// it is that group's true count, and it must not be 1–4. Only the additive counts take part
// (events dated in the period: referrals, new and closed courses, by source, outcome, month),
// for which "the count of some months" is exact.
//
// The same combinations are tried on the two figures that are not counts. Volunteer hours add
// up like counts: the combination is the hours of the meetings of those months (to within the
// rounding of each report), which must not be the hours of 1–4 meetings. Medians do not add up,
// but two medians over nested periods do tell about the courses matched in the extra months: a
// median only rises when something above it is added, so m(A) > m(B) says that one of them
// waited longer than m(B) days. No two or three shown medians may be over courses that differ by
// a group of 1–4 (checked as for counts), and the pair inference is checked true where it is made.

const AT = '2026-12-31T12:00';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const month = (m: number) => `2026-${String(m).padStart(2, '0')}`;
const lastDay = (m: number) => new Date(Date.UTC(2026, m, 0)).toISOString().slice(0, 10);
const periodOf = (a: number, b: number): Period => ({ from: `${month(a)}-01`, to: lastDay(b) });
const ADDITIVE = /^(src:|out:|new:|ov:referrals$|ov:new-courses$|ov:closed-courses$)/;

function randomRegister(random: () => number): Db {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-ledger-'));
  dirs.push(dir);
  const db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  writeSettings(db, { organisationName: 'Test', defaultLanguage: 'en' });
  const sectors = ['job-centre', 'municipality', 'civil-society'];
  const orgs = sectors.map((sector, i) =>
    Number(
      db
        .prepare(`INSERT INTO organisations (name, sector, country, name_key, created_at, updated_at) VALUES (?, ?, 'DK', ?, ?, ?)`)
        .run(`Org ${i}`, sector, `org ${i}`, AT, AT).lastInsertRowid,
    ),
  );
  const mentor = Number(
    db
      .prepare(`INSERT INTO mentors (name, status, name_key, created_at, updated_at) VALUES ('Mentor', 'active', 'mentor', ?, ?)`)
      .run(AT, AT).lastInsertRowid,
  );
  const n = 20 + Math.floor(random() * 40);
  for (let i = 0; i < n; i++) {
    const mentee = addMentee(db, i, 'Aarhus', []);
    statisticsConsent(db, 'mentee', mentee);
    const m = 1 + Math.floor(random() * 12);
    const day = (mm: number) => `${month(mm)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const referredOn = day(m);
    const startedOn = random() < 0.7 ? `${month(m)}-28` : undefined;
    const closeMonth = m + Math.floor(random() * 4);
    const closedOn = startedOn && closeMonth <= 12 && random() < 0.5 ? `${month(closeMonth)}-28` : undefined;
    addCourse(db, {
      mentee,
      org: random() < 0.8 ? orgs[Math.floor(random() * orgs.length)]! : null,
      referredOn,
      ...(startedOn ? { mentor, matchedOn: startedOn } : {}),
      startedOn,
      closedOn,
      outcome: closedOn ? (random() < 0.5 ? 'job-full-time' : 'education') : undefined,
      // 0–3 meetings in the months from the start, mostly with the mentor, 15 minutes to 3 hours.
      meetings: startedOn
        ? Array.from({ length: Math.floor(random() * 4) }, (): [string, string, number] => [
            day(Math.min(12, m + Math.floor(random() * 3))),
            random() < 0.85 ? 'mentor-mentee' : 'follow-up',
            15 * (1 + Math.floor(random() * 12)),
          ])
        : [],
    });
  }
  return db;
}

/** The raw additive counts of one month, under the model's cell ids. */
function monthCounts(db: Db, m: number): Map<string, number> {
  const s = periodStats(db, periodOf(m, m), includedPeople(db, AT));
  const out = new Map<string, number>([
    ['ov:referrals', s.referrals],
    ['ov:new-courses', s.newCourses],
    ['ov:closed-courses', s.closedCourses],
  ]);
  for (const [k, v] of s.referralsBySource) out.set(`src:${k}`, v);
  for (const [k, v] of s.outcomes) out.set(`out:${k}`, v);
  for (const [k, v] of s.monthlyNewCourses) out.set(`new:${k}`, v);
  return out;
}

/** Per month, worked out from the tables directly: mentor meetings and their minutes, and each matched course's wait. */
function monthFigures(db: Db, m: number): { meetings: number; minutes: number; waits: number[] } {
  const meetings = db
    .prepare(
      `SELECT count(*) AS n, coalesce(sum(duration_minutes), 0) AS minutes FROM meetings WHERE type <> 'follow-up' AND substr(date, 1, 7) = ?`,
    )
    .get(month(m)) as { n: number; minutes: number };
  const waits = db
    .prepare(
      `SELECT CAST(round(julianday(f.first) - julianday(c.referred_on)) AS INTEGER)
       FROM (SELECT case_id, min(from_date) AS first FROM case_mentors GROUP BY case_id) f JOIN cases c ON c.id = f.case_id
       WHERE substr(f.first, 1, 7) = ?`,
    )
    .pluck()
    .all(month(m)) as number[];
  return { meetings: meetings.n, minutes: meetings.minutes, waits };
}

interface Column {
  period: Period;
  shown: Map<string, number>;
  /** The key figures as the report shows them; undefined where hidden. */
  hours: number | undefined;
  median: number | undefined;
}

/** Every combination of two or three columns whose months add up to 0 or 1 each, and is not empty. */
function attacks(columns: Column[]): { parts: [number, number][]; months: number[] }[] {
  const inP = (c: Column, m: number) => c.period.from <= `${month(m)}-01` && `${month(m)}-01` <= c.period.to;
  const out: { parts: [number, number][]; months: number[] }[] = [];
  const consider = (parts: [number, number][]) => {
    const weights = Array.from({ length: 12 }, (_, i) => parts.reduce((s, [c, sign]) => s + sign * (inP(columns[c]!, i + 1) ? 1 : 0), 0));
    if (weights.every((w) => w === 0 || w === 1) && weights.some((w) => w === 1))
      out.push({ parts, months: weights.flatMap((w, i) => (w === 1 ? [i + 1] : [])) });
  };
  for (let a = 0; a < columns.length; a++)
    for (let b = 0; b < columns.length; b++) {
      if (a === b) continue;
      consider([
        [a, 1],
        [b, -1],
      ]);
      for (let c = b + 1; c < columns.length; c++) {
        if (c === a) continue;
        for (const sb of [1, -1])
          for (const sc of [1, -1])
            if (sb < 0 || sc < 0)
              consider([
                [a, 1],
                [b, sb],
                [c, sc],
              ]);
      }
    }
  return out;
}

interface Leaks {
  counts: string[];
  /** The hours of 1–4 meetings, by subtraction. */
  hours: string[];
  /** Two or three shown medians over courses that differ by 1–4 courses. */
  medianExposed: string[];
  /** What a pair of them told about those 1–4 courses (checked true). */
  medianLearned: string[];
}

function adversary(seed: number, useLedger: boolean): Leaks {
  const random = rng(seed);
  const db = randomRegister(random);
  const perMonth = Array.from({ length: 12 }, (_, i) => monthCounts(db, i + 1));
  const figures = Array.from({ length: 12 }, (_, i) => monthFigures(db, i + 1));
  const columns: Column[] = [];
  const reports = 3 + Math.floor(random() * 5);
  for (let r = 0; r < reports; r++) {
    const a = 1 + Math.floor(random() * 12);
    const b = a + Math.floor(random() * (13 - a));
    const { model, released } = programmeRelease(
      db,
      { ...periodOf(a, b), compareFrom: '2020-01-01', compareTo: '2020-12-31', breakdowns: [], language: 'en' },
      AT,
    );
    if (useLedger) recordReleased(db, `report ${r}`, released);
    const current = released.filter((c: ReleasedCell) => c.period.from !== '2020-01-01');
    // The figures as printed, not as recorded: the adversary reads the report.
    const printed = (key: string) => model.tables[0]!.rows.find((row) => row.key === key)!.current.value ?? undefined;
    columns.push({
      period: periodOf(a, b),
      shown: new Map(current.map((c) => [c.cell, c.value])),
      hours: printed('volunteer-hours'),
      median: printed('median-days-to-match'),
    });
  }
  const leaks: Leaks = { counts: [], hours: [], medianExposed: [], medianLearned: [] };
  const cells = new Set(perMonth.flatMap((m) => [...m.keys()]).filter((c) => ADDITIVE.test(c)));
  for (const attack of attacks(columns)) {
    const what = `seed ${seed}: months ${attack.months.join(',')} (${JSON.stringify(attack.parts)})`;
    for (const cell of cells) {
      const values = attack.parts.map(([c]) => columns[c]!.shown.get(cell));
      if (values.some((v) => v === undefined)) continue; // hidden in one of them: nothing exact to subtract
      const derived = attack.parts.reduce((s, [, sign], i) => s + sign * values[i]!, 0);
      const truth = attack.months.reduce((s, m) => s + (perMonth[m - 1]!.get(cell) ?? 0), 0);
      // The adversary's figure is the group's true count: the attack is real, not a coincidence.
      expect(derived, `seed ${seed} ${cell}`).toBe(truth);
      if (truth >= 1 && truth <= 4) leaks.counts.push(`${what}: ${cell} = ${truth}`);
    }
    const group = attack.months.map((m) => figures[m - 1]!);
    const hours = attack.parts.map(([c]) => columns[c]!.hours);
    if (hours.every((h) => h !== undefined)) {
      const derived = attack.parts.reduce((s, [, sign], i) => s + sign * hours[i]!, 0);
      const truth = group.reduce((s, g) => s + g.minutes, 0) / 60;
      // Each report rounds its hours by at most half an hour: the group's hours to within that.
      expect(Math.abs(derived - truth), `seed ${seed} hours`).toBeLessThanOrEqual(attack.parts.length / 2);
      const meetings = group.reduce((s, g) => s + g.meetings, 0);
      if (meetings >= 1 && meetings <= 4) leaks.hours.push(`${what}: ${meetings} meetings, ${derived} h (truly ${truth.toFixed(2)})`);
    }
    const medians = attack.parts.map(([c]) => columns[c]!.median);
    const waits = group.flatMap((g) => g.waits);
    if (medians.every((m) => m !== undefined) && waits.length >= 1 && waits.length <= 4) {
      leaks.medianExposed.push(`${what}: medians ${medians.join(', ')} over sets that differ by ${waits.length} courses`);
      const [mA, mB] = medians as [number, number];
      if (attack.parts.length === 2 && mA !== mB) {
        // B's months lie inside A's: the courses of A are those of B and the group's.
        const claim = mA > mB ? waits.some((w) => w > mB) : waits.some((w) => w < mB);
        expect(claim, `seed ${seed} median inference`).toBe(true);
        leaks.medianLearned.push(`${what}: one of ${waits.length} courses waited ${mA > mB ? 'more' : 'less'} than ${mB} days`);
      }
    }
  }
  db.close();
  return leaks;
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('the differencing adversary', () => {
  it('finds no small count, no hours of a few meetings and no median of a few courses across released reports', () => {
    const all = SEEDS.map((seed) => adversary(seed, true));
    expect(all.flatMap((l) => l.counts)).toEqual([]);
    expect(all.flatMap((l) => l.hours)).toEqual([]);
    expect(all.flatMap((l) => l.medianExposed)).toEqual([]);
    expect(all.flatMap((l) => l.medianLearned)).toEqual([]);
  }, 240_000);

  it('does find them when nothing is recorded in the ledger (as before the ledger existed)', () => {
    // The same adversary against reports that know nothing of each other: proves the attacks are real.
    const all = SEEDS.map((seed) => adversary(seed, false));
    const found = {
      counts: all.flatMap((l) => l.counts).length,
      hours: all.flatMap((l) => l.hours).length,
      medianExposed: all.flatMap((l) => l.medianExposed).length,
      medianLearned: all.flatMap((l) => l.medianLearned).length,
    };
    console.log(`without the ledger, over ${SEEDS.length} registers: ${JSON.stringify(found)}`);
    expect(found.counts).toBeGreaterThan(0);
    expect(found.hours).toBeGreaterThan(0);
    expect(found.medianExposed).toBeGreaterThan(0);
    expect(found.medianLearned).toBeGreaterThan(0);
  }, 240_000);
});

describe('givesAwayDifference', () => {
  const ledger = (entries: [string, string, number][]) =>
    new Map([['ov:referrals', entries.map(([from, to, value]) => ({ cell: 'ov:referrals', period: { from, to }, value }))]]);
  it('hides a re-issued period whose count moved by 1–4, not one that stayed the same', () => {
    const released = ledger([['2026-01-01', '2026-06-30', 12]]);
    expect(givesAwayDifference(released, 'ov:referrals', { from: '2026-01-01', to: '2026-06-30' }, 11)).toBe(true);
    expect(givesAwayDifference(released, 'ov:referrals', { from: '2026-01-01', to: '2026-06-30' }, 12)).toBe(false);
  });
  it('leaves a count alone when no released period overlaps and no two combine to a small one', () => {
    const released = ledger([
      ['2025-01-01', '2025-06-30', 12],
      ['2025-07-01', '2025-12-31', 30],
    ]);
    expect(givesAwayDifference(released, 'ov:referrals', { from: '2026-01-01', to: '2026-06-30' }, 20)).toBe(false);
  });
  it('finds January as the year minus two later parts (a triple)', () => {
    const released = ledger([
      ['2026-02-01', '2026-06-30', 20],
      ['2026-07-01', '2026-12-31', 25],
    ]);
    expect(givesAwayDifference(released, 'ov:referrals', { from: '2026-01-01', to: '2026-12-31' }, 47)).toBe(true);
  });
});

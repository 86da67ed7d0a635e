import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import type { Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { generateDemo } from '../../../electron/core/demo/generate';
import { applyErasure } from '../../../electron/core/erasure/apply';
import { fingerprintOf, planErasure } from '../../../electron/core/erasure/plan';
import { deleteCase } from '../../../electron/core/mentoring/cases-repo';
import { deleteMeeting, saveMeeting } from '../../../electron/core/mentoring/meetings-repo';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { dashboardSummary, periodFlows } from '../../../electron/core/reports/dashboard';
import { meetingsPerMonthByScan, periodFlowsByScan } from './dashboard-oracle';

// The start page's summaries through the real write paths, each compared with a full recount:
// demo generation (bulk inserts in big transactions), a meeting logged, moved and deleted by
// the repository, a course deleted (its meetings and events cascade), a mentee erased and one
// anonymised (the erasure plan's statements).

const TODAY = '2026-11-27';
const YEARS = [
  { from: '2025-01-01', to: '2025-12-31' },
  { from: '2026-01-01', to: '2026-11-30' },
  { from: '2026-11-01', to: '2026-11-07' },
];
let db: Db;

function expectRecount(): void {
  for (const { from, to } of YEARS) {
    expect(periodFlows(db, from, to)).toEqual(periodFlowsByScan(db, from, to));
    const s = dashboardSummary(db, { from, to }, { at: `${TODAY}T12:00` });
    const recount = meetingsPerMonthByScan(db, `${s.monthly[0]?.month ?? ''}-01`, to);
    expect(Object.fromEntries(s.monthly.map((m) => [m.month, m.meetings]))).toEqual(
      Object.fromEntries(s.monthly.map((m) => [m.month, recount[m.month] ?? 0])),
    );
  }
}

const course = (where: string) =>
  db.prepare(`SELECT id, mentee_id AS menteeId FROM cases WHERE ${where} ORDER BY id LIMIT 1`).get() as { id: number; menteeId: number };

beforeAll(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  writeSettings(db, { organisationName: 'Test', defaultLanguage: 'da' });
  appendAudit(db, { actor: 'owner', action: 'register.created' });
  generateDemo(db, 's', 'owner', undefined, TODAY);
});
afterAll(() => db.close());

describe('dashboard summaries through the write paths', () => {
  it('hold after demo generation, on a register with meetings and matches in every period', () => {
    expect(periodFlowsByScan(db, '2025-01-01', '2025-12-31').meetings).toBeGreaterThan(0);
    expect(periodFlowsByScan(db, '2025-01-01', '2025-12-31').matched).toBeGreaterThan(0);
    expectRecount();
  });

  it('hold when a meeting is logged, moved to another day and month, and deleted', () => {
    const c = course("status = 'active'");
    const m = saveMeeting(
      db,
      { caseId: c.id, date: '2026-11-03', type: 'mentor-mentee', durationMinutes: 90, topics: [], note: '' },
      'owner',
    );
    expectRecount();
    saveMeeting(db, { ...m, date: '2025-06-14', durationMinutes: 30 }, 'owner');
    expectRecount();
    deleteMeeting(db, m.id, 'owner');
    expectRecount();
  });

  it('hold when a course with meetings and a match is deleted', () => {
    const c = course("id IN (SELECT case_id FROM case_events WHERE to_status = 'matched') AND id IN (SELECT case_id FROM meetings)");
    deleteCase(db, c.id, 'owner');
    expectRecount();
  });

  it('hold when a mentee with courses is erased, and another anonymised', () => {
    for (const mode of ['erase', 'anonymise'] as const) {
      const { menteeId } = course(
        'id IN (SELECT case_id FROM meetings) AND mentee_id IN (SELECT id FROM mentees WHERE anonymised_at IS NULL)',
      );
      const subject = { kind: 'mentee' as const, id: menteeId };
      applyErasure(db, subject, mode, fingerprintOf(planErasure(db, subject, mode)), 'owner');
      expectRecount();
    }
  });
});

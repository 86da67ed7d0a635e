import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../../shared/contract/mentoring-schemas';
import {
  attentionOf,
  closedSince,
  daysSince,
  groupBoard,
  moveOptions,
  recentlyClosed,
  statusCounts,
  type CaseRowValue,
} from '../../../renderer/src/features/cases/list/board-model';

// The board's rules: which courses are marked, how columns are ordered, which moves a card
// offers and which of them must go through the course page.

const TODAY = '2026-03-31';
let nextId = 1;

function row(status: CaseStatus, patch: Partial<CaseRowValue> = {}): CaseRowValue {
  const id = nextId++;
  return {
    id,
    status,
    menteeId: id,
    menteeCode: `MT-${String(id).padStart(5, '0')}`,
    menteeName: `Mentee ${id}`,
    mentorId: null,
    mentorName: null,
    mentorAnonymised: false,
    coordinator: '',
    referrerName: null,
    referredOn: '2026-01-01',
    statusSince: TODAY,
    lastMeeting: null,
    meetings: 0,
    outcome: null,
    municipality: 'Aarhus',
    ...patch,
  };
}

describe('days and attention', () => {
  it('counts whole days and never goes below zero', () => {
    expect(daysSince('2026-03-01', TODAY)).toBe(30);
    expect(daysSince('2026-03-31T09:15:00Z', TODAY)).toBe(0);
    expect(daysSince('2026-04-02', TODAY)).toBe(0);
  });

  it('marks a course waiting more than 30 days, not one waiting exactly 30', () => {
    expect(attentionOf(row('waiting', { statusSince: '2026-02-28' }), TODAY, 30)).toBe('long-wait');
    expect(attentionOf(row('waiting', { statusSince: '2026-03-01' }), TODAY, 30)).toBeNull();
    // Long in intake is not "waiting for a mentor".
    expect(attentionOf(row('intake', { statusSince: '2025-01-01' }), TODAY, 30)).toBeNull();
  });

  it('marks an active course with no meeting for quietDays, counting from the start or a resume when that is later', () => {
    expect(attentionOf(row('active', { statusSince: '2026-01-01', lastMeeting: '2026-03-10' }), TODAY, 21)).toBe('quiet');
    expect(attentionOf(row('active', { statusSince: '2026-01-01', lastMeeting: '2026-03-11' }), TODAY, 21)).toBeNull();
    expect(attentionOf(row('active', { statusSince: '2026-02-01', lastMeeting: null }), TODAY, 30)).toBe('quiet');
    expect(attentionOf(row('active', { statusSince: '2026-03-20', lastMeeting: null }), TODAY, 30)).toBeNull();
    // Resumed after a pause: counts from the resume, not from an older meeting.
    expect(attentionOf(row('active', { statusSince: '2026-03-20', lastMeeting: '2026-01-05' }), TODAY, 30)).toBeNull();
    expect(attentionOf(row('active', { statusSince: '2026-02-20', lastMeeting: '2026-01-05' }), TODAY, 30)).toBe('quiet');
    // A meeting planned ahead: not quiet.
    expect(attentionOf(row('active', { statusSince: '2025-01-01', lastMeeting: '2026-04-10' }), TODAY, 30)).toBeNull();
    // Paused courses are quiet on purpose.
    expect(attentionOf(row('paused', { statusSince: '2025-01-01' }), TODAY, 30)).toBeNull();
  });
});

describe('groupBoard', () => {
  it('puts each open course in its status column, marked cards first, then longest in status', () => {
    const fresh = row('waiting', { statusSince: '2026-03-30' });
    const older = row('waiting', { statusSince: '2026-03-10' });
    const long = row('waiting', { statusSince: '2026-01-15' });
    const closed = row('closed');
    const active = row('active', { mentorName: 'Birgitte Holm', lastMeeting: '2026-03-29' });
    const board = groupBoard([fresh, closed, older, long, active], TODAY, 30);
    expect(board.waiting.map((c) => c.row.id)).toEqual([long.id, older.id, fresh.id]);
    expect(board.waiting[0]?.attention).toBe('long-wait');
    expect(board.waiting[2]?.days).toBe(1);
    expect(board.active.map((c) => c.row.id)).toEqual([active.id]);
    expect(board.closed).toEqual([]);
    expect(board.paused).toEqual([]);
  });

  it('filters by code, mentor or municipality, ignoring accents and case', () => {
    const a = row('active', { mentorName: 'Søren Ørsted' });
    const b = row('active', { municipality: 'Tromsø' });
    const c = row('active');
    expect(groupBoard([a, b, c], TODAY, 30, 'soren').active.map((x) => x.row.id)).toEqual([a.id]);
    expect(groupBoard([a, b, c], TODAY, 30, 'TROMSO').active.map((x) => x.row.id)).toEqual([b.id]);
    expect(groupBoard([a, b, c], TODAY, 30, c.menteeCode.toLowerCase()).active.map((x) => x.row.id)).toEqual([c.id]);
  });

  it('groups the 20,000-course demo quickly', () => {
    const statuses: CaseStatus[] = ['closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'active', 'waiting', 'matched', 'paused'];
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      row(statuses[i % statuses.length] as CaseStatus, { statusSince: `2025-${String((i % 12) + 1).padStart(2, '0')}-15` }),
    );
    const started = performance.now();
    const board = groupBoard(rows, TODAY, 30);
    const ms = performance.now() - started;
    console.log(`groupBoard on 20,000 courses: ${ms.toFixed(1)} ms`);
    expect(board.active).toHaveLength(2_000);
    expect(ms).toBeLessThan(1_000);
  });
});

describe('recentlyClosed and statusCounts', () => {
  it('keeps courses closed within 30 days, newest first', () => {
    const today = row('closed', { statusSince: TODAY });
    const month = row('closed', { statusSince: '2026-03-01' });
    const old = row('closed', { statusSince: '2026-02-28' });
    expect(recentlyClosed([old, month, today, row('active')], TODAY).map((c) => c.row.id)).toEqual([today.id, month.id]);
  });

  it('asks core for closed courses from a day before the window, so none it keeps is left out', () => {
    expect(closedSince(TODAY)).toBe('2026-02-28');
    expect(closedSince('2026-01-15')).toBe('2025-12-15');
    // Every day around the window's edge, as a date and as a time of day: what recentlyClosed
    // keeps has a status day on or after closedSince (core's filter), what it drops may come too.
    const rows = Array.from({ length: 40 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 2, 31 - i)).toISOString().slice(0, 10);
      return row('closed', { statusSince: i % 2 ? day : `${day}T23:59:00Z` });
    });
    const sent = rows.filter((r) => r.statusSince >= closedSince(TODAY));
    expect(recentlyClosed(sent, TODAY)).toEqual(recentlyClosed(rows, TODAY));
    expect(sent.length).toBeLessThan(rows.length);
  });

  it('counts every status', () => {
    const counts = statusCounts([row('active'), row('active'), row('closed')]);
    expect(counts).toMatchObject({ active: 2, closed: 1, waiting: 0, referred: 0 });
  });
});

describe('moveOptions', () => {
  const summary = (from: CaseStatus) => moveOptions(from).map((o) => `${o.to}:${o.direct ? 'move' : 'open'}:${o.kind}`);

  it('moves straight on only when nothing more is needed', () => {
    expect(summary('referred')).toEqual(['intake:move:move', 'closed:open:close']);
    expect(summary('intake')).toEqual(['waiting:move:move', 'closed:open:close']);
    expect(summary('active')).toEqual(['paused:move:move', 'waiting:open:rematch', 'closed:open:close']);
  });

  it('sends a match, a start, a rematch and a closing to the course page', () => {
    expect(summary('waiting')).toEqual(['matched:open:match', 'closed:open:close']);
    expect(summary('matched')).toEqual(['active:open:start', 'waiting:open:rematch', 'closed:open:close']);
    // Back from a pause the start agreement already exists.
    expect(summary('paused')).toEqual(['active:move:resume', 'waiting:open:rematch', 'closed:open:close']);
    expect(summary('closed')).toEqual([]);
  });
});

import type { z } from 'zod';
import type { CaseRow, CaseStatus } from '../../../../../shared/contract/mentoring-schemas';
import { CASE_TRANSITIONS, OPEN_STATUSES, WITH_MENTOR } from '../../../../../shared/mentoring/lifecycle';
import { foldText } from '../../../../../shared/text';

// What the courses list and the board compute from the case rows: days in a status, which
// courses need attention, the board's columns and the moves a card offers. Pure, so the rules
// are unit-tested and the 20,000-course demo is grouped in one pass.

export type CaseRowValue = z.output<typeof CaseRow>;

/** The board's columns: every open status, in lifecycle order. */
export const BOARD_STATUSES: readonly CaseStatus[] = OPEN_STATUSES;
/** A course waiting longer than this for a mentor is marked on the board. */
export const LONG_WAIT_DAYS = 30;
/** Closed courses count as "closed recently" on the board for this many days. */
export const RECENTLY_CLOSED_DAYS = 30;
/** Cards a column renders before "show all": keeps the board fast with thousands of courses. */
export const CARD_LIMIT = 200;

const DAY_MS = 86_400_000;

/** Today as YYYY-MM-DD in local time (the coordinator's calendar day). */
export function localToday(date = new Date()): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole days from an ISO date (or date-time) to `today`; never negative. */
export function daysSince(iso: string, today: string): number {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${iso.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
  return Number.isFinite(days) ? Math.max(0, days) : 0;
}

/** Why a card is marked: waiting long for a mentor, or active with no meeting for a while. */
export type Attention = 'long-wait' | 'quiet' | null;

export function attentionOf(row: CaseRowValue, today: string, quietDays: number): Attention {
  if (row.status === 'waiting' && daysSince(row.statusSince, today) > LONG_WAIT_DAYS) return 'long-wait';
  if (row.status === 'active') {
    // As in "this week": quiet counts from the last meeting, or from the day the course became
    // active (started or resumed) when that is later. The row's last meeting may be a planned
    // one; a course with a meeting ahead is not marked.
    if (row.lastMeeting !== null && row.lastMeeting > today) return null;
    const last = row.lastMeeting !== null && row.lastMeeting > row.statusSince ? row.lastMeeting : row.statusSince;
    if (daysSince(last, today) >= quietDays) return 'quiet';
  }
  return null;
}

export interface BoardCard {
  row: CaseRowValue;
  /** Days in the current status. */
  days: number;
  attention: Attention;
}

/** True when the course's mentee code, mentor or municipality contains the typed text (accents ignored). */
export function matchesFilter(row: CaseRowValue, folded: string): boolean {
  if (!folded) return true;
  return foldText(`${row.menteeCode} ${row.mentorName ?? ''} ${row.municipality} ${row.coordinator}`).includes(folded);
}

/**
 * The open courses by status: cards that need attention first, then the longest in their
 * status. Closed courses are left out (the board shows them separately).
 */
export function groupBoard(rows: readonly CaseRowValue[], today: string, quietDays: number, filter = ''): Record<CaseStatus, BoardCard[]> {
  const columns = Object.fromEntries([...BOARD_STATUSES, 'closed'].map((s) => [s, [] as BoardCard[]])) as Record<CaseStatus, BoardCard[]>;
  const folded = foldText(filter.trim());
  // Thousands of courses share a few hundred dates: each is turned into days once.
  const days = new Map<string, number>();
  const daysOf = (iso: string) => days.get(iso) ?? days.set(iso, daysSince(iso, today)).get(iso) ?? 0;
  for (const row of rows) {
    if (row.status === 'closed' || !matchesFilter(row, folded)) continue;
    const attention = row.status === 'waiting' || row.status === 'active' ? attentionOf(row, today, quietDays) : null;
    columns[row.status].push({ row, days: daysOf(row.statusSince), attention });
  }
  for (const status of BOARD_STATUSES) columns[status].sort(byUrgency);
  return columns;
}

function byUrgency(a: BoardCard, b: BoardCard): number {
  return Number(b.attention !== null) - Number(a.attention !== null) || b.days - a.days || a.row.id - b.row.id;
}

/**
 * The day from which core sends closed courses for the board (`cases:list`'s closedSince): one
 * day before the window, so no course recentlyClosed would keep is left in core.
 */
export function closedSince(today: string): string {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - RECENTLY_CLOSED_DAYS - 1);
  return day.toISOString().slice(0, 10);
}

/** Courses closed within the last `RECENTLY_CLOSED_DAYS` days, newest first. */
export function recentlyClosed(rows: readonly CaseRowValue[], today: string, filter = ''): BoardCard[] {
  const folded = foldText(filter.trim());
  return rows
    .filter((r) => r.status === 'closed' && daysSince(r.statusSince, today) <= RECENTLY_CLOSED_DAYS && matchesFilter(r, folded))
    .map((row) => ({ row, days: daysSince(row.statusSince, today), attention: null }))
    .sort((a, b) => a.days - b.days || b.row.id - a.row.id);
}

/**
 * A status change a card offers. `direct` moves right away; the others need something only the
 * course page asks for (a mentor, the start agreement, a reason, the outcome), so they open it.
 */
export interface MoveOption {
  to: CaseStatus;
  direct: boolean;
  /** Which label to show: a plain move, or the step the course page will ask for. */
  kind: 'move' | 'resume' | 'match' | 'start' | 'rematch' | 'close';
}

export function moveOptions(from: CaseStatus): MoveOption[] {
  return CASE_TRANSITIONS[from].map((to): MoveOption => {
    if (to === 'closed') return { to, direct: false, kind: 'close' };
    if (to === 'matched') return { to, direct: false, kind: 'match' };
    // Back from paused, the start agreement is already there; from matched it must be recorded first.
    if (to === 'active') return from === 'paused' ? { to, direct: true, kind: 'resume' } : { to, direct: false, kind: 'start' };
    if (to === 'waiting' && WITH_MENTOR.includes(from)) return { to, direct: false, kind: 'rematch' };
    return { to, direct: true, kind: 'move' };
  });
}

/** How many courses each status holds. */
export function statusCounts(rows: readonly CaseRowValue[]): Record<CaseStatus, number> {
  const counts = Object.fromEntries([...BOARD_STATUSES, 'closed'].map((s) => [s, 0])) as Record<CaseStatus, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}

import { CASE_STATUSES, MENTOR_STATUSES } from '../../../shared/contract/mentoring-vocabulary';

// Sort expressions the mentoring lists share with the indexes made for them (migration 10): an
// index serves an ORDER BY only when its expression is written exactly the same way.

/** A status in lifecycle order (referred first, closed last), not by its translated name. */
export function lifecycleOrder(column: string, statuses: readonly string[]): string {
  return `(CASE ${column} ${statuses.map((s, i) => `WHEN '${s}' THEN ${i + 1}`).join(' ')} ELSE 0 END)`;
}

/** A course's status in lifecycle order. */
export const caseStatusOrder = (column: string) => lifecycleOrder(column, CASE_STATUSES);
/** A mentor's status in lifecycle order (applicant first, ended last). */
export const mentorStatusOrder = (column: string) => lifecycleOrder(column, MENTOR_STATUSES);
/** "Days in status", as a sort key: the later the status began, the fewer the days. */
export const daysOrder = (column: string) => `(-julianday(substr(${column}, 1, 10)))`;
/** A birth year, with no year first (a keyset cannot compare with NULL). */
export const birthYearOrder = (column: string) => `coalesce(${column}, 0)`;
/** A mentor's load (courses held, kept in `case_load`, migration 14) against their capacity: ascending, most room first. */
export const loadOrder = (load: string, capacity: string) => `(${load} * 1.0 / ${capacity})`;
/** A course's last meeting (kept in `last_meeting`), with no meeting first. */
export const lastMeetingOrder = (column: string) => `coalesce(${column}, '')`;

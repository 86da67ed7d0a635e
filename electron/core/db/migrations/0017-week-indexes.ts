import { BEFORE_MATCH } from '../../../../shared/mentoring/lifecycle';
import type { Migration } from './types';

// What "This week" reads, from indexes in its own order, so it sends a section's first rows and
// its count without reading every course (issue 14: at size xl the quiet list looked up the last
// meeting of each of 38,000 active courses, and the waiting list read 18,000 courses with their
// mentees and mentors, on every visit):
// - the quiet courses: an active course's quiet time counts from its last meeting held by the
//   kept day (cases.last_meeting, migration 14) or from the day it became active, if later. The
//   index holds that day for the active courses only, so "quiet for 30 days or more, quietest
//   first" is one range of it;
// - the waiting list: the courses before a match, by referral day, with the day they went back
//   to the waiting list (a rematch waits from then), so the list's order is read from the index.
// Meetings by date (meetings_date) and open follow-ups by due day (follow_ups_due) had theirs.

/** The day an active course's quiet time counts from, as of the kept day (`c`: the table's alias and a dot, or ''). */
export const QUIET_SINCE = (c: string) => `(CASE WHEN ${c}last_meeting > ${c}status_since THEN ${c}last_meeting ELSE ${c}status_since END)`;
/** The courses before a match, written as the week's condition so the partial index serves it. */
export const BEFORE_MATCH_IN = (c: string) => `${c}status IN (${BEFORE_MATCH.map((s) => `'${s}'`).join(', ')})`;

export const m0017WeekIndexes: Migration = {
  version: 17,
  name: 'week-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX cases_quiet_since ON cases(${QUIET_SINCE('')}) WHERE status = 'active';
      CREATE INDEX cases_waiting_list ON cases(referred_on, waiting_since) WHERE ${BEFORE_MATCH_IN('')};
    `);
  },
};

import type { Migration } from './types';

// What "This week" reads, from indexes in its own order, so it sends a section's first rows and
// its count without reading every course (issue 14: at size xl the quiet list looked up the last
// meeting of each of 38,000 active courses, and the waiting list read 18,000 courses with their
// mentees and mentors, on every visit):
// - the quiet courses: an active course's quiet time counts from its last meeting held by the
//   kept day (cases.last_meeting, migration 14) or from the day it became active, if later. The
//   index holds that day after the status, so "active, quiet for 30 days or more, quietest
//   first" is one range of it, in its order;
// - the waiting list: the courses of a status by referral day, with the day they went back to
//   the waiting list (a rematch waits from then), so the list and its count read only the index.
// Both lead with the status rather than being partial indexes on it: the planner, without
// statistics, preferred cases_status_since to a partial index and sorted what it read.
// - the courses with a meeting in a range of days, from the index alone: the week of another day
//   than the kept one corrects the kept figures of those courses only (and the kept day's own
//   recount, mentoring-counts.ts, finds the same courses). meetings_date stays: it gives the
//   week's meetings in their order (date, id).
// Open follow-ups by due day had theirs (follow_ups_due).

/** The day an active course's quiet time counts from, as of the kept day (`c`: the table's alias and a dot, or ''). */
export const QUIET_SINCE = (c: string) => `(CASE WHEN ${c}last_meeting > ${c}status_since THEN ${c}last_meeting ELSE ${c}status_since END)`;

export const m0017WeekIndexes: Migration = {
  version: 17,
  name: 'week-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX cases_quiet_since ON cases(status, ${QUIET_SINCE('')});
      CREATE INDEX cases_waiting_list ON cases(status, referred_on, waiting_since);
      CREATE INDEX meetings_date_case ON meetings(date, case_id);
    `);
  },
};

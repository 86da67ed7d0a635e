import type { Migration } from './types';

// What the start page, the board and the week read on every visit, from indexes that hold the
// whole answer (covering), so at 200,000 courses they read a few index pages instead of one
// scattered course row per counted course (issue 14; at size xl those row reads were seconds):
// - the period's referrals by source, and its outcomes, straight from the date indexes;
// - the waiting times' referral days by course id, without reading the course rows;
// - the mentors active in a period: only the mentorships still running at its start;
// - the board's recently closed courses by status and day, instead of every closed course;
// - each course's last feedback disclosure, instead of grouping the whole disclosure log.
// The wider indexes replace the ones they extend (same leading columns).
export const m0013DashboardIndexes: Migration = {
  version: 13,
  name: 'dashboard-indexes',
  up(db) {
    db.exec(`
      DROP INDEX cases_referred_on;
      CREATE INDEX cases_referred_on_source ON cases(referred_on, referral_organisation_id);
      DROP INDEX cases_closed_on;
      CREATE INDEX cases_closed_on_outcome ON cases(closed_on, outcome) WHERE closed_on IS NOT NULL;
      DROP INDEX cases_status;
      CREATE INDEX cases_status_since ON cases(status, status_since);
      CREATE INDEX cases_referred_by_id ON cases(id, referred_on);
      CREATE INDEX case_mentors_period ON case_mentors(to_date, from_date, mentor_id);
      CREATE INDEX disclosures_feedback_last ON disclosures(case_id, recipient_organisation_id, at)
        WHERE purpose = 'feedback-sharing' AND case_id IS NOT NULL;
    `);
  },
};

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
//
// And two figures kept for the start page, which depend on a rule only core's code decides (the
// consent rule, the feedback schedule): the open courses whose feedback no consent covers, and
// each course's next feedback day. Triggers mark what a change touches (a mentee's courses and
// consents, a course and its disclosures) in the same transaction; the next start page
// recomputes only those with the same code and reads the counts from small indexed tables
// (reports/dashboard-kept.ts). Consent validity depends on the minute it is asked for: the
// uncovered flags hold for the kept minute, and a later (or earlier) minute first recomputes the
// mentees with a consent that starts, ends or is withdrawn in between. Both start empty and are
// computed in full on the first visit.
// Not INSERT OR IGNORE: a trigger fired by a foreign key's action (a contact deleted, its
// courses' referrer set to NULL) runs under that action's ABORT, which overrides the trigger's
// own OR IGNORE, so a second mark of the same row in one statement failed the whole delete.
const MARK = (mentee: string, course: string) =>
  `INSERT INTO kept_dirty_mentees (mentee_id) SELECT ${mentee} WHERE NOT EXISTS (SELECT 1 FROM kept_dirty_mentees WHERE mentee_id = ${mentee});
   INSERT INTO kept_dirty_cases (case_id) SELECT ${course} WHERE NOT EXISTS (SELECT 1 FROM kept_dirty_cases WHERE case_id = ${course});`;
export const m0016DashboardIndexes: Migration = {
  version: 16,
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

      CREATE TABLE dashboard_kept (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        -- The minute the uncovered flags hold for; NULL: not computed yet.
        cover_at TEXT,
        -- 1 once feedback_due_on holds every course.
        due_ready INTEGER NOT NULL
      ) STRICT;
      INSERT INTO dashboard_kept (id, cover_at, due_ready) VALUES (1, NULL, 0);
      CREATE TABLE feedback_uncovered (case_id INTEGER PRIMARY KEY, mentee_id INTEGER NOT NULL) STRICT;
      CREATE INDEX feedback_uncovered_mentee ON feedback_uncovered(mentee_id);
      -- closed_on: NULL while the course is open.
      CREATE TABLE feedback_due_on (case_id INTEGER PRIMARY KEY, due_on TEXT NOT NULL, closed_on TEXT) STRICT;
      CREATE INDEX feedback_due_open ON feedback_due_on(due_on) WHERE closed_on IS NULL;
      CREATE INDEX feedback_due_closed ON feedback_due_on(closed_on, due_on) WHERE closed_on IS NOT NULL;
      CREATE TABLE kept_dirty_mentees (mentee_id INTEGER PRIMARY KEY) STRICT;
      CREATE TABLE kept_dirty_cases (case_id INTEGER PRIMARY KEY) STRICT;
      -- The consents whose validity changes when the asked-for minute moves.
      CREATE INDEX consents_feedback_given ON consents(given_on) WHERE person_kind = 'mentee' AND purpose = 'feedback-sharing';
      CREATE INDEX consents_feedback_withdrawn ON consents(withdrawn_at)
        WHERE person_kind = 'mentee' AND purpose = 'feedback-sharing' AND withdrawn_at IS NOT NULL;

      CREATE TRIGGER kept_cases_insert AFTER INSERT ON cases BEGIN ${MARK('NEW.mentee_id', 'NEW.id')} END;
      CREATE TRIGGER kept_cases_update AFTER UPDATE ON cases BEGIN
        ${MARK('OLD.mentee_id', 'OLD.id')} ${MARK('NEW.mentee_id', 'NEW.id')}
      END;
      CREATE TRIGGER kept_cases_delete AFTER DELETE ON cases BEGIN ${MARK('OLD.mentee_id', 'OLD.id')} END;
      CREATE TRIGGER kept_mentees_update AFTER UPDATE OF anonymised_at ON mentees BEGIN
        INSERT INTO kept_dirty_mentees (mentee_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM kept_dirty_mentees WHERE mentee_id = NEW.id);
      END;
      CREATE TRIGGER kept_consents_insert AFTER INSERT ON consents WHEN NEW.person_kind = 'mentee' BEGIN
        INSERT INTO kept_dirty_mentees (mentee_id) SELECT NEW.person_id WHERE NOT EXISTS (SELECT 1 FROM kept_dirty_mentees WHERE mentee_id = NEW.person_id);
      END;
      CREATE TRIGGER kept_consents_update AFTER UPDATE ON consents BEGIN
        INSERT INTO kept_dirty_mentees (mentee_id) SELECT OLD.person_id WHERE OLD.person_kind = 'mentee' AND NOT EXISTS (SELECT 1 FROM kept_dirty_mentees WHERE mentee_id = OLD.person_id);
        INSERT INTO kept_dirty_mentees (mentee_id) SELECT NEW.person_id WHERE NEW.person_kind = 'mentee' AND NOT EXISTS (SELECT 1 FROM kept_dirty_mentees WHERE mentee_id = NEW.person_id);
      END;
      CREATE TRIGGER kept_consents_delete AFTER DELETE ON consents WHEN OLD.person_kind = 'mentee' BEGIN
        INSERT INTO kept_dirty_mentees (mentee_id) SELECT OLD.person_id WHERE NOT EXISTS (SELECT 1 FROM kept_dirty_mentees WHERE mentee_id = OLD.person_id);
      END;
      CREATE TRIGGER kept_disclosures_insert AFTER INSERT ON disclosures WHEN NEW.case_id IS NOT NULL BEGIN
        INSERT INTO kept_dirty_cases (case_id) SELECT NEW.case_id WHERE NOT EXISTS (SELECT 1 FROM kept_dirty_cases WHERE case_id = NEW.case_id);
      END;
      CREATE TRIGGER kept_disclosures_update AFTER UPDATE ON disclosures BEGIN
        INSERT INTO kept_dirty_cases (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kept_dirty_cases WHERE case_id = OLD.case_id);
        INSERT INTO kept_dirty_cases (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kept_dirty_cases WHERE case_id = NEW.case_id);
      END;
    `);
  },
};

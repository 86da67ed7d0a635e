import { WITH_MENTOR } from '../../../../shared/mentoring/lifecycle';
import { caseStatusOrder, daysOrder, lastMeetingOrder, loadOrder } from '../../mentoring/list-orders';
import type { Migration } from './types';

// What the mentees, mentors and courses lists sort by but could only compute per row (the
// newest course's status, a mentor's load and trainings, a course's meetings and last meeting,
// and the names of a course's mentee, mentor and referrer from other tables) is kept in the
// list's own row by triggers in the same transaction as the change, like the organisation
// counts (migration 12), and every one has an index on exactly its ORDER BY expression. So every
// writer (the repositories, erasure, merging contacts, import, the demo generator, cascades and
// ON DELETE SET NULL, a restored or migrated register) keeps them right.
//
// A course's meetings and last meeting count only meetings on or before a day (a planned meeting
// is not one held). That day is kept in mentoring_counts_day and every trigger reads it (never
// date('now')), so the stored figures are exact for it; when the calendar moves on, core
// recounts only the courses with a meeting in between and moves the day
// (mentoring/mentoring-counts.ts). The day is the local one, as the lists always read it.
const DAY = '(SELECT day FROM mentoring_counts_day)';
/** Not closed, written exactly as the courses list's condition (`archived` = 0) so a partial index serves it. */
const OPEN = "(status = 'closed') = 0";
/** Every sort of the courses list, as its ORDER BY expression, for the indexes of the open courses. */
const OPEN_SORTS: [string, string][] = [
  ['status', caseStatusOrder('status')],
  ['days', daysOrder('status_since')],
  ['referred_on', 'referred_on'],
  ['coordinator', 'coordinator COLLATE NOCASE'],
  ['mentee_code', 'mentee_code'],
  ['mentee_name', 'mentee_name_key'],
  ['mentee_municipality', 'mentee_municipality COLLATE NOCASE'],
  ['mentor_name', 'mentor_name_key'],
  ['referrer', 'referrer_name'],
  ['last_meeting', lastMeetingOrder('last_meeting')],
  ['meeting_count', 'meeting_count'],
];
const HELD = `(${WITH_MENTOR.map((s) => `'${s}'`).join(', ')})`;

/** A course's meetings held by the kept day. */
export const RECOUNT_MEETINGS = (course: string) => `(SELECT count(*) FROM meetings g WHERE g.case_id = ${course} AND g.date <= ${DAY})`;
/** A course's last meeting held by the kept day (NULL when none). */
export const RECOUNT_LAST_MEETING = (course: string) =>
  `(SELECT max(g.date) FROM meetings g WHERE g.case_id = ${course} AND g.date <= ${DAY})`;
/** The status of a mentee's newest course (NULL when none). */
const NEWEST_STATUS = (mentee: string) => `(SELECT c.status FROM cases c WHERE c.mentee_id = ${mentee} ORDER BY c.id DESC LIMIT 1)`;
const LOAD = (mentor: string) => `(SELECT count(*) FROM cases c WHERE c.mentor_id = ${mentor} AND c.status IN ${HELD})`;
/** Who referred the course: the contact, else the organisation, else ''. */
const REFERRER = (course: string) =>
  `coalesce((SELECT r.name FROM contacts r WHERE r.id = ${course}.referral_contact_id),
    (SELECT o.name FROM organisations o WHERE o.id = ${course}.referral_organisation_id), '')`;
const MENTEE_CODE = (course: string) => `(SELECT e.code FROM mentees e WHERE e.id = ${course}.mentee_id)`;
const MENTEE_KEY = (course: string) => `(SELECT e.name_key FROM mentees e WHERE e.id = ${course}.mentee_id)`;
const MENTEE_MUNICIPALITY = (course: string) => `(SELECT e.municipality FROM mentees e WHERE e.id = ${course}.mentee_id)`;
const MENTOR_KEY = (course: string) => `coalesce((SELECT m.name_key FROM mentors m WHERE m.id = ${course}.mentor_id), '')`;

export const m0014MentoringSortColumns: Migration = {
  version: 14,
  name: 'mentoring-sort-columns',
  up(db) {
    db.exec(`
      CREATE TABLE mentoring_counts_day (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        day TEXT NOT NULL
      ) STRICT;
      INSERT INTO mentoring_counts_day (id, day) VALUES (1, date('now', 'localtime'));

      ALTER TABLE mentees ADD COLUMN case_status TEXT;
      ALTER TABLE mentors ADD COLUMN case_load INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE mentors ADD COLUMN training_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN meeting_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN last_meeting TEXT;
      ALTER TABLE cases ADD COLUMN mentee_code TEXT NOT NULL DEFAULT '';
      ALTER TABLE cases ADD COLUMN mentee_name_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE cases ADD COLUMN mentee_municipality TEXT NOT NULL DEFAULT '';
      ALTER TABLE cases ADD COLUMN mentor_name_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE cases ADD COLUMN referrer_name TEXT NOT NULL DEFAULT '';

      UPDATE mentees SET case_status = ${NEWEST_STATUS('mentees.id')};
      UPDATE mentors SET case_load = ${LOAD('mentors.id')},
        training_count = (SELECT count(*) FROM mentor_trainings r WHERE r.mentor_id = mentors.id);
      UPDATE cases SET meeting_count = ${RECOUNT_MEETINGS('cases.id')}, last_meeting = ${RECOUNT_LAST_MEETING('cases.id')},
        mentee_code = ${MENTEE_CODE('cases')}, mentee_name_key = ${MENTEE_KEY('cases')}, mentee_municipality = ${MENTEE_MUNICIPALITY('cases')},
        mentor_name_key = ${MENTOR_KEY('cases')}, referrer_name = ${REFERRER('cases')};

      CREATE INDEX mentees_case_status_sort ON mentees(${caseStatusOrder('case_status')});
      CREATE INDEX mentors_load_sort ON mentors(${loadOrder('case_load', 'capacity')});
      CREATE INDEX mentors_training_count_sort ON mentors(training_count);
      CREATE INDEX cases_meeting_count_sort ON cases(meeting_count);
      CREATE INDEX cases_last_meeting_sort ON cases(${lastMeetingOrder('last_meeting')});
      CREATE INDEX cases_mentee_code_sort ON cases(mentee_code);
      CREATE INDEX cases_mentee_name_sort ON cases(mentee_name_key);
      CREATE INDEX cases_mentee_municipality_sort ON cases(mentee_municipality COLLATE NOCASE);
      CREATE INDEX cases_mentor_name_sort ON cases(mentor_name_key);
      CREATE INDEX cases_referrer_sort ON cases(referrer_name);
      -- The courses list leaves the closed ones out unless asked, and they gather at parts of
      -- these orders (closed last; referred long ago; no meeting): a page of open courses reads
      -- these, which hold the open courses only, instead of passing over the closed ones.
${OPEN_SORTS.map(([name, expr]) => `      CREATE INDEX cases_open_${name}_sort ON cases(${expr}) WHERE ${OPEN};`).join('\n')}
      -- An organisation renamed or deleted finds the courses it referred.
      CREATE INDEX cases_referral_organisation ON cases(referral_organisation_id);

      -- A course: its mentee's newest status, its mentor's load, and the names it sorts by.
      CREATE TRIGGER cases_sort_insert AFTER INSERT ON cases BEGIN
        UPDATE cases SET mentee_code = ${MENTEE_CODE('NEW')}, mentee_name_key = ${MENTEE_KEY('NEW')}, mentee_municipality = ${MENTEE_MUNICIPALITY('NEW')},
          mentor_name_key = ${MENTOR_KEY('NEW')}, referrer_name = ${REFERRER('NEW')}
        WHERE id = NEW.id;
        UPDATE mentees SET case_status = ${NEWEST_STATUS('mentees.id')} WHERE id = NEW.mentee_id;
        UPDATE mentors SET case_load = case_load + 1 WHERE id = NEW.mentor_id AND NEW.status IN ${HELD};
      END;
      CREATE TRIGGER cases_sort_delete AFTER DELETE ON cases BEGIN
        UPDATE mentees SET case_status = ${NEWEST_STATUS('mentees.id')} WHERE id = OLD.mentee_id;
        UPDATE mentors SET case_load = case_load - 1 WHERE id = OLD.mentor_id AND OLD.status IN ${HELD};
      END;
      CREATE TRIGGER cases_sort_status AFTER UPDATE OF mentee_id, status ON cases BEGIN
        UPDATE mentees SET case_status = ${NEWEST_STATUS('mentees.id')} WHERE id IN (OLD.mentee_id, NEW.mentee_id);
      END;
      CREATE TRIGGER cases_sort_mentee AFTER UPDATE OF mentee_id ON cases WHEN OLD.mentee_id IS NOT NEW.mentee_id BEGIN
        UPDATE cases SET mentee_code = ${MENTEE_CODE('NEW')}, mentee_name_key = ${MENTEE_KEY('NEW')}, mentee_municipality = ${MENTEE_MUNICIPALITY('NEW')}
        WHERE id = NEW.id;
      END;
      CREATE TRIGGER cases_sort_load AFTER UPDATE OF mentor_id, status ON cases BEGIN
        UPDATE mentors SET case_load = case_load - 1 WHERE id = OLD.mentor_id AND OLD.status IN ${HELD};
        UPDATE mentors SET case_load = case_load + 1 WHERE id = NEW.mentor_id AND NEW.status IN ${HELD};
      END;
      CREATE TRIGGER cases_sort_mentor AFTER UPDATE OF mentor_id ON cases WHEN OLD.mentor_id IS NOT NEW.mentor_id BEGIN
        UPDATE cases SET mentor_name_key = ${MENTOR_KEY('NEW')} WHERE id = NEW.id;
      END;
      -- Also when a referring contact or organisation is deleted (ON DELETE SET NULL) or merged.
      CREATE TRIGGER cases_sort_referrer AFTER UPDATE OF referral_contact_id, referral_organisation_id ON cases BEGIN
        UPDATE cases SET referrer_name = ${REFERRER('NEW')} WHERE id = NEW.id;
      END;

      -- Renamed (or anonymised) people and organisations: their courses' copies follow.
      CREATE TRIGGER mentees_sort_keys AFTER UPDATE OF code, name_key, municipality ON mentees
        WHEN OLD.code IS NOT NEW.code OR OLD.name_key IS NOT NEW.name_key OR OLD.municipality IS NOT NEW.municipality BEGIN
        UPDATE cases SET mentee_code = NEW.code, mentee_name_key = NEW.name_key, mentee_municipality = NEW.municipality
        WHERE mentee_id = NEW.id;
      END;
      CREATE TRIGGER mentors_sort_key AFTER UPDATE OF name_key ON mentors WHEN OLD.name_key IS NOT NEW.name_key BEGIN
        UPDATE cases SET mentor_name_key = NEW.name_key WHERE mentor_id = NEW.id;
      END;
      CREATE TRIGGER contacts_referrer_name AFTER UPDATE OF name ON contacts WHEN OLD.name IS NOT NEW.name BEGIN
        UPDATE cases SET referrer_name = NEW.name WHERE referral_contact_id = NEW.id;
      END;
      CREATE TRIGGER organisations_referrer_name AFTER UPDATE OF name ON organisations WHEN OLD.name IS NOT NEW.name BEGIN
        UPDATE cases SET referrer_name = ${REFERRER('cases')} WHERE referral_organisation_id = NEW.id;
      END;

      CREATE TRIGGER mentors_training_count_add AFTER INSERT ON mentor_trainings BEGIN
        UPDATE mentors SET training_count = training_count + 1 WHERE id = NEW.mentor_id;
      END;
      CREATE TRIGGER mentors_training_count_remove AFTER DELETE ON mentor_trainings BEGIN
        UPDATE mentors SET training_count = training_count - 1 WHERE id = OLD.mentor_id;
      END;
      CREATE TRIGGER mentors_training_count_move AFTER UPDATE OF mentor_id ON mentor_trainings
        WHEN OLD.mentor_id IS NOT NEW.mentor_id BEGIN
        UPDATE mentors SET training_count = training_count - 1 WHERE id = OLD.mentor_id;
        UPDATE mentors SET training_count = training_count + 1 WHERE id = NEW.mentor_id;
      END;

      -- Meetings held by the kept day: a new one counts and may be the last; a removed one may have been.
      CREATE TRIGGER cases_meetings_add AFTER INSERT ON meetings WHEN NEW.date <= ${DAY} BEGIN
        UPDATE cases SET meeting_count = meeting_count + 1,
          last_meeting = CASE WHEN last_meeting IS NULL OR NEW.date > last_meeting THEN NEW.date ELSE last_meeting END
        WHERE id = NEW.case_id;
      END;
      CREATE TRIGGER cases_meetings_remove AFTER DELETE ON meetings WHEN OLD.date <= ${DAY} BEGIN
        UPDATE cases SET meeting_count = meeting_count - 1, last_meeting = ${RECOUNT_LAST_MEETING('cases.id')} WHERE id = OLD.case_id;
      END;
      CREATE TRIGGER cases_meetings_change AFTER UPDATE OF case_id, date ON meetings BEGIN
        UPDATE cases SET meeting_count = ${RECOUNT_MEETINGS('cases.id')}, last_meeting = ${RECOUNT_LAST_MEETING('cases.id')}
        WHERE id IN (OLD.case_id, NEW.case_id);
      END;
    `);
  },
};

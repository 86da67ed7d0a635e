import type { Migration } from './types';

// Mentoring: volunteer mentors with their trainings, mentees, and cases (mentoring courses) with
// status history, mentor periods (rematches), goals, meetings and follow-ups. Lists hold JSON
// arrays like the partner tables. The search index gets room for two more kinds of entry.
export const m0003Mentoring: Migration = {
  version: 3,
  name: 'mentoring',
  up(db) {
    db.exec(`
      CREATE TABLE mentors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        gender TEXT NOT NULL DEFAULT 'unspecified',
        languages TEXT NOT NULL DEFAULT '[]',
        industries TEXT NOT NULL DEFAULT '[]',
        profession TEXT NOT NULL DEFAULT '',
        education TEXT NOT NULL DEFAULT '',
        skills TEXT NOT NULL DEFAULT '[]',
        municipality TEXT NOT NULL DEFAULT '',
        availability TEXT NOT NULL DEFAULT '[]',
        capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 10),
        status TEXT NOT NULL DEFAULT 'applicant'
          CHECK (status IN ('applicant', 'trained', 'active', 'paused', 'ended')),
        recruitment_source TEXT NOT NULL DEFAULT 'other',
        vetting_checked_on TEXT,
        preferences TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mentors_status ON mentors(status);
      CREATE INDEX mentors_name_key ON mentors(name_key);

      CREATE TABLE mentor_trainings (
        id INTEGER PRIMARY KEY,
        mentor_id INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        title TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mentor_trainings_mentor ON mentor_trainings(mentor_id);

      CREATE TABLE mentees (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        birth_year INTEGER,
        gender TEXT NOT NULL DEFAULT 'unspecified',
        languages TEXT NOT NULL DEFAULT '[]',
        local_language_level TEXT NOT NULL DEFAULT 'basic',
        education_level TEXT,
        education_field TEXT NOT NULL DEFAULT '',
        education_country TEXT NOT NULL DEFAULT '',
        profession TEXT NOT NULL DEFAULT '',
        industries TEXT NOT NULL DEFAULT '[]',
        experience_years INTEGER,
        recognition TEXT NOT NULL DEFAULT 'not-needed',
        goals TEXT NOT NULL DEFAULT '[]',
        municipality TEXT NOT NULL DEFAULT '',
        availability TEXT NOT NULL DEFAULT '[]',
        preferred_mentor_gender TEXT NOT NULL DEFAULT 'any',
        preferences TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE RESTRICT,
        mentor_id INTEGER REFERENCES mentors(id) ON DELETE RESTRICT,
        coordinator TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL
          CHECK (status IN ('referred', 'intake', 'waiting', 'matched', 'active', 'paused', 'closed')),
        status_since TEXT NOT NULL,
        referral_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
        referral_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        referred_on TEXT NOT NULL,
        referral_reason TEXT NOT NULL DEFAULT '',
        intake_on TEXT,
        waiting_since TEXT,
        matched_on TEXT,
        started_on TEXT,
        closed_on TEXT,
        outcome TEXT,
        ended_reason TEXT NOT NULL DEFAULT '',
        evaluation TEXT NOT NULL DEFAULT '',
        agreement TEXT,
        agreement_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- Matched, active and paused courses hold a mentor; before a match none; a closed course
        -- keeps its last mentor (or none if it closed before a match).
        CHECK (status = 'closed' OR (status IN ('matched', 'active', 'paused')) = (mentor_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX cases_status ON cases(status);
      CREATE INDEX cases_mentee ON cases(mentee_id);
      CREATE INDEX cases_mentor ON cases(mentor_id);

      CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        mentor_id INTEGER REFERENCES mentors(id) ON DELETE SET NULL,
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_events_case ON case_events(case_id);

      CREATE TABLE case_mentors (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        mentor_id INTEGER NOT NULL REFERENCES mentors(id) ON DELETE RESTRICT,
        from_date TEXT NOT NULL,
        to_date TEXT,
        end_reason TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX case_mentors_case ON case_mentors(case_id);
      CREATE INDEX case_mentors_mentor ON case_mentors(mentor_id);

      CREATE TABLE case_goals (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        description TEXT NOT NULL,
        progress TEXT NOT NULL DEFAULT 'not-started',
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX case_goals_case ON case_goals(case_id);

      CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        type TEXT NOT NULL,
        duration_minutes INTEGER,
        topics TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meetings_case_date ON meetings(case_id, date);
      CREATE INDEX meetings_date ON meetings(date);

      CREATE TABLE follow_ups (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        due_on TEXT NOT NULL,
        done_on TEXT,
        result TEXT,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX follow_ups_case ON follow_ups(case_id);
      CREATE INDEX follow_ups_due ON follow_ups(due_on) WHERE done_on IS NULL;

      -- Search rowids were id * 4 + kind; make room for mentors and mentees (id * 8 + kind).
      CREATE TEMP TABLE search_copy AS SELECT rowid AS old, kind, ref, label, subtitle, title, body, sounds FROM search_index;
      DELETE FROM search_index;
      INSERT INTO search_index (rowid, kind, ref, label, subtitle, title, body, sounds)
        SELECT (old / 4) * 8 + (old % 4), kind, ref, label, subtitle, title, body, sounds FROM search_copy;
      DROP TABLE temp.search_copy;
    `);
  },
};

import type { Migration } from './types';

// Figures the start page, the board and the week page read on every visit, kept up to date by
// triggers in the same transaction as the change, so no write path (the repositories, import,
// restore, demo generation, erasure's cascades) can forget them:
// - meeting_days: meetings and minutes per day, so a year's meetings are ~365 rows, not 75,000;
// - case_first_match: the day each course was first matched (the waiting time's end).
// Foreign-key cascades fire these triggers too (SQLite runs triggers for FK actions), so a
// deleted course takes its meetings and events out of the sums. The backfill fills both from
// the rows a register already holds. Plus the indexes the period counts need.
export const m0007Summaries: Migration = {
  version: 7,
  name: 'summaries',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_days (
        date TEXT PRIMARY KEY,
        meetings INTEGER NOT NULL,
        minutes INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER meeting_days_insert AFTER INSERT ON meetings BEGIN
        INSERT INTO meeting_days (date, meetings, minutes) VALUES (NEW.date, 1, coalesce(NEW.duration_minutes, 0))
          ON CONFLICT(date) DO UPDATE SET meetings = meetings + 1, minutes = minutes + excluded.minutes;
      END;
      CREATE TRIGGER meeting_days_delete AFTER DELETE ON meetings BEGIN
        UPDATE meeting_days SET meetings = meetings - 1, minutes = minutes - coalesce(OLD.duration_minutes, 0) WHERE date = OLD.date;
        DELETE FROM meeting_days WHERE date = OLD.date AND meetings = 0;
      END;
      CREATE TRIGGER meeting_days_update AFTER UPDATE OF date, duration_minutes ON meetings BEGIN
        UPDATE meeting_days SET meetings = meetings - 1, minutes = minutes - coalesce(OLD.duration_minutes, 0) WHERE date = OLD.date;
        DELETE FROM meeting_days WHERE date = OLD.date AND meetings = 0;
        INSERT INTO meeting_days (date, meetings, minutes) VALUES (NEW.date, 1, coalesce(NEW.duration_minutes, 0))
          ON CONFLICT(date) DO UPDATE SET meetings = meetings + 1, minutes = minutes + excluded.minutes;
      END;

      CREATE TABLE case_first_match (
        case_id INTEGER PRIMARY KEY,
        matched_on TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_first_match_on ON case_first_match(matched_on);

      CREATE TRIGGER case_first_match_insert AFTER INSERT ON case_events WHEN NEW.to_status = 'matched' BEGIN
        INSERT INTO case_first_match (case_id, matched_on) VALUES (NEW.case_id, NEW.date)
          ON CONFLICT(case_id) DO UPDATE SET matched_on = min(matched_on, excluded.matched_on);
      END;
      -- A removed or changed match event: the course's first match is read again from its own events.
      CREATE TRIGGER case_first_match_delete AFTER DELETE ON case_events WHEN OLD.to_status = 'matched' BEGIN
        DELETE FROM case_first_match WHERE case_id = OLD.case_id;
        INSERT INTO case_first_match (case_id, matched_on)
          SELECT case_id, min(date) FROM case_events WHERE case_id = OLD.case_id AND to_status = 'matched' GROUP BY case_id;
      END;
      CREATE TRIGGER case_first_match_update AFTER UPDATE OF case_id, date, to_status ON case_events
        WHEN OLD.to_status = 'matched' OR NEW.to_status = 'matched' BEGIN
        DELETE FROM case_first_match WHERE case_id IN (OLD.case_id, NEW.case_id);
        INSERT INTO case_first_match (case_id, matched_on)
          SELECT case_id, min(date) FROM case_events
          WHERE case_id IN (OLD.case_id, NEW.case_id) AND to_status = 'matched' GROUP BY case_id;
      END;

      INSERT INTO meeting_days (date, meetings, minutes)
        SELECT date, count(*), coalesce(sum(duration_minutes), 0) FROM meetings GROUP BY date;
      INSERT INTO case_first_match (case_id, matched_on)
        SELECT case_id, min(date) FROM case_events WHERE to_status = 'matched' GROUP BY case_id;

      CREATE INDEX cases_referred_on ON cases(referred_on);
      CREATE INDEX cases_closed_on ON cases(closed_on) WHERE closed_on IS NOT NULL;
      CREATE INDEX case_events_matched ON case_events(date, case_id) WHERE to_status = 'matched';
      CREATE INDEX consents_expires_on ON consents(expires_on) WHERE expires_on IS NOT NULL;
    `);
  },
};

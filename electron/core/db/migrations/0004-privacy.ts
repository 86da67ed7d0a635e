import { seedDefaultConsentTexts } from '../../consent-texts/default-texts';
import type { Migration } from './types';

// Consents, the disclosure log, data-subject rights, retention and users.
// A person is (person_kind, person_id): a mentee or a mentor. There is no foreign key on that
// pair (SQLite has none for a two-table reference); erasure removes the rows explicitly.
export const m0004Privacy: Migration = {
  version: 4,
  name: 'privacy',
  up(db) {
    db.exec(`
      -- Users of this register. id is the name on the user's key slot (keyslots.json) and the
      -- actor in the audit log; the first user of an older register is 'owner'. A removed user
      -- keeps the row (so old audit entries still name them) but loses the key slot.
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('administrator', 'coordinator', 'read-only')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        removed_at TEXT,
        removed_by TEXT
      ) STRICT;
      INSERT INTO users (id, display_name, role, created_at, created_by)
        VALUES ('owner', 'Owner', 'administrator', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'owner');

      -- Consent texts: versioned per purpose and language. A version is never changed once
      -- saved (triggers below); a new wording is a new version. hash = sha256 of the canonical
      -- text, so a consent can prove which words the person was shown.
      CREATE TABLE consent_templates (
        id INTEGER PRIMARY KEY,
        purpose TEXT NOT NULL,
        language TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        retired_at TEXT,
        UNIQUE (purpose, language, version)
      ) STRICT;
      CREATE TRIGGER consent_templates_frozen BEFORE UPDATE OF purpose, language, version, title, body, hash ON consent_templates
      BEGIN SELECT RAISE(ABORT, 'a consent text version cannot be changed'); END;
      CREATE TRIGGER consent_templates_kept BEFORE DELETE ON consent_templates
      BEGIN SELECT RAISE(ABORT, 'a consent text version is kept'); END;
      -- Languages beyond Bindeled's five that an organisation wrote consent texts in: how the
      -- language names itself, its direction, and its words for the data categories on a form.
      CREATE TABLE consent_languages (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        rtl INTEGER NOT NULL DEFAULT 0 CHECK (rtl IN (0, 1)),
        category_words TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

      -- Files kept inside the encrypted register (scanned consent forms).
      CREATE TABLE files (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        person_kind TEXT NOT NULL CHECK (person_kind IN ('mentee', 'mentor')),
        person_id INTEGER NOT NULL,
        purpose TEXT NOT NULL
          CHECK (purpose IN ('registration', 'feedback-sharing', 'follow-up', 'statistics', 'story')),
        recipient_organisation_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
        -- JSON array of: attendance, goals, outcome, notes. Only feedback-sharing uses categories.
        categories TEXT NOT NULL DEFAULT '[]',
        given_on TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('signed', 'verbal-witness', 'digital')),
        witness TEXT NOT NULL DEFAULT '',
        interpreter_language TEXT,
        template_id INTEGER REFERENCES consent_templates(id) ON DELETE RESTRICT,
        template_hash TEXT,
        evidence_file_id INTEGER REFERENCES files(id) ON DELETE SET NULL,
        expires_on TEXT,
        -- A withdrawal takes effect from the start of its minute (YYYY-MM-DDTHH:MM, local time).
        withdrawn_at TEXT,
        withdrawn_how TEXT,
        withdrawn_by TEXT,
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((purpose = 'feedback-sharing') = (recipient_organisation_id IS NOT NULL)),
        CHECK (expires_on IS NULL OR expires_on >= given_on)
      ) STRICT;
      CREATE INDEX consents_person ON consents(person_kind, person_id);
      CREATE INDEX consents_recipient ON consents(recipient_organisation_id);

      -- Every time data about a person left the register. Rows are never changed, except that
      -- erasing the person clears person_id (the disclosure itself stays on record).
      CREATE TABLE disclosures (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        person_kind TEXT NOT NULL CHECK (person_kind IN ('mentee', 'mentor')),
        person_id INTEGER,
        person_code TEXT NOT NULL DEFAULT '',
        -- NULL when the data went to the person themself (an access export).
        recipient_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
        recipient_label TEXT NOT NULL,
        purpose TEXT NOT NULL,
        categories TEXT NOT NULL DEFAULT '[]',
        consent_ids TEXT NOT NULL DEFAULT '[]',
        case_id INTEGER,
        file_name TEXT NOT NULL DEFAULT '',
        file_hash TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX disclosures_person ON disclosures(person_kind, person_id);
      CREATE INDEX disclosures_recipient ON disclosures(recipient_organisation_id);
      CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
      BEGIN SELECT RAISE(ABORT, 'the disclosure log is kept'); END;
      CREATE TRIGGER disclosures_only_unlink BEFORE UPDATE ON disclosures
      WHEN NEW.person_id IS NOT NULL OR NEW.at IS NOT OLD.at OR NEW.recipient_label IS NOT OLD.recipient_label
        OR NEW.categories IS NOT OLD.categories OR NEW.consent_ids IS NOT OLD.consent_ids OR NEW.file_hash IS NOT OLD.file_hash
        OR NEW.purpose IS NOT OLD.purpose OR NEW.recorded_by IS NOT OLD.recorded_by
      BEGIN SELECT RAISE(ABORT, 'the disclosure log is kept'); END;

      -- Rectification history: one row per changed field of a person.
      CREATE TABLE field_history (
        id INTEGER PRIMARY KEY,
        person_kind TEXT NOT NULL CHECK (person_kind IN ('mentee', 'mentor')),
        person_id INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX field_history_person ON field_history(person_kind, person_id);

      -- People waiting for erasure or anonymisation (after a withdrawal, a request, retention).
      CREATE TABLE erasure_queue (
        id INTEGER PRIMARY KEY,
        person_kind TEXT NOT NULL CHECK (person_kind IN ('mentee', 'mentor')),
        person_id INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('withdrawal', 'request', 'retention')),
        queued_at TEXT NOT NULL,
        queued_by TEXT NOT NULL,
        UNIQUE (person_kind, person_id)
      ) STRICT;

      -- Anonymised people keep their statistics; these flags say the person-level data is gone.
      ALTER TABLE mentees ADD COLUMN anonymised_at TEXT;
      ALTER TABLE mentors ADD COLUMN anonymised_at TEXT;

      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
      CREATE INDEX audit_log_actor ON audit_log(actor);
      CREATE INDEX audit_log_at ON audit_log(at);

      -- Nothing about a deleted mentee may outlive the row: SQLite can give the next new mentee
      -- the same id, and would otherwise hand it the old one's consents and history.
      CREATE TRIGGER mentees_delete_person_data AFTER DELETE ON mentees
      BEGIN
        DELETE FROM files WHERE id IN (SELECT evidence_file_id FROM consents WHERE person_kind = 'mentee' AND person_id = OLD.id);
        DELETE FROM consents WHERE person_kind = 'mentee' AND person_id = OLD.id;
        DELETE FROM field_history WHERE person_kind = 'mentee' AND person_id = OLD.id;
        DELETE FROM erasure_queue WHERE person_kind = 'mentee' AND person_id = OLD.id;
        UPDATE disclosures SET person_id = NULL WHERE person_kind = 'mentee' AND person_id = OLD.id;
      END;

      -- Nothing about a deleted mentor may outlive the row: SQLite can give the next new mentor
      -- the same id, and would otherwise hand it the old one's consents and history.
      CREATE TRIGGER mentors_delete_person_data AFTER DELETE ON mentors
      BEGIN
        DELETE FROM files WHERE id IN (SELECT evidence_file_id FROM consents WHERE person_kind = 'mentor' AND person_id = OLD.id);
        DELETE FROM consents WHERE person_kind = 'mentor' AND person_id = OLD.id;
        DELETE FROM field_history WHERE person_kind = 'mentor' AND person_id = OLD.id;
        DELETE FROM erasure_queue WHERE person_kind = 'mentor' AND person_id = OLD.id;
        UPDATE disclosures SET person_id = NULL WHERE person_kind = 'mentor' AND person_id = OLD.id;
      END;
      -- Erasure and retention look up the courses a contact person referred.
      CREATE INDEX cases_referral_contact ON cases(referral_contact_id);
    `);
    // Version 1 of the consent texts in the five languages (electron/core/consent-texts/).
    seedDefaultConsentTexts(db);
  },
};

import { phoneKey } from '../../partners/rows';
import { CURRENT, SAME_PAIR } from './0012-organisation-counts';
import type { Migration } from './types';

// A contact's phone number as the import compares it for duplicates (partners/rows.ts phoneKey:
// its digits, a leading 00 read as +; empty when too short), stored with an index so an import
// looks up each row's candidates instead of reading every contact in the register. E-mail
// (email_key) and name (name_key) already are. No trigger can compute it (SQLite has no regular
// expressions, and a trigger calling an application function would break the register for the
// standard sqlcipher shell), so every writer of contacts.phone sets it: contacts save, import,
// merge and the demo generator (tests/unit/import/stored-keys-property.test.ts recounts them).
//
// And a pause for the contact counts of migration 12 while an import runs: an import adds tens of
// thousands of memberships in one transaction, and counting each one (an organisation row and its
// sort index rewritten per membership) cost as much as inserting it. The import puts the one row
// in organisation_counts_paused after its BEGIN, and before its COMMIT takes it out and recounts
// every organisation it gave a membership (import/writers.ts): the counts are exact whenever
// another reader can see the change, and a failed or killed import rolls the row back with the rest.
export const m0015ImportLookups: Migration = {
  version: 15,
  name: 'import lookups',
  up(db) {
    db.exec("ALTER TABLE contacts ADD COLUMN phone_key TEXT NOT NULL DEFAULT ''");
    const set = db.prepare('UPDATE contacts SET phone_key = ? WHERE id = ?');
    // Read whole first: better-sqlite3 runs no other statement while one is being iterated.
    const contacts = db.prepare("SELECT id, phone FROM contacts WHERE phone <> ''").all() as { id: number; phone: string }[];
    for (const c of contacts) {
      const key = phoneKey(c.phone);
      if (key) set.run(key, c.id);
    }
    db.exec(`
      CREATE INDEX contacts_phone_key ON contacts(phone_key) WHERE phone_key <> '';
      CREATE TABLE organisation_counts_paused (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;
      DROP TRIGGER organisations_contact_count_add;
      CREATE TRIGGER organisations_contact_count_add AFTER INSERT ON memberships
        WHEN ${CURRENT('NEW')} AND NOT EXISTS (SELECT 1 FROM organisation_counts_paused) BEGIN
        UPDATE organisations SET contact_count = contact_count + 1 WHERE id = NEW.organisation_id
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE ${SAME_PAIR('NEW')} AND m.id <> NEW.id);
      END;
    `);
  },
};

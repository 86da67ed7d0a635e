import { phoneKey } from '../../partners/rows';
import type { Migration } from './types';

// A contact's phone number as the import compares it for duplicates (partners/rows.ts phoneKey:
// its digits, a leading 00 read as +; empty when too short), stored with an index so an import
// looks up each row's candidates instead of reading every contact in the register. E-mail
// (email_key) and name (name_key) already are. No trigger can compute it (SQLite has no regular
// expressions, and a trigger calling an application function would break the register for the
// standard sqlcipher shell), so every writer of contacts.phone sets it: contacts save, import,
// merge and the demo generator (tests/unit/import/stored-keys-property.test.ts recounts them).
export const m0013ContactPhoneKey: Migration = {
  version: 13,
  name: 'contact phone key',
  up(db) {
    db.exec("ALTER TABLE contacts ADD COLUMN phone_key TEXT NOT NULL DEFAULT ''");
    const set = db.prepare('UPDATE contacts SET phone_key = ? WHERE id = ?');
    // Read whole first: better-sqlite3 runs no other statement while one is being iterated.
    const contacts = db.prepare("SELECT id, phone FROM contacts WHERE phone <> ''").all() as { id: number; phone: string }[];
    for (const c of contacts) {
      const key = phoneKey(c.phone);
      if (key) set.run(key, c.id);
    }
    db.exec("CREATE INDEX contacts_phone_key ON contacts(phone_key) WHERE phone_key <> ''");
  },
};

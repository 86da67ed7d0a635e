import type { Migration } from './types';

// Every column a paged list sorts by has an index on exactly its ORDER BY expression
// (paging/pager.ts); SQLite keeps the rowid in each entry, so (expression, id) is the keyset's
// order and a page deep in a list is read like the first. Names already have theirs (name_key).
const LAST = (contact: string) =>
  `SELECT max(i.date) FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id WHERE ic.contact_id = ${contact}`;

export const m0009ListIndexes: Migration = {
  version: 9,
  name: 'list-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX contacts_role_sort ON contacts(role COLLATE NOCASE);
      CREATE INDEX contacts_email_sort ON contacts(email COLLATE NOCASE);
      CREATE INDEX contacts_phone_sort ON contacts(phone);
      CREATE INDEX organisations_municipality_sort ON organisations(municipality COLLATE NOCASE);
      -- No index on archived: SQLite would take it for "archived = 0" and sort every row for a
      -- page, instead of walking the sort's index (the count is kept instead, paging/pager.ts).

      -- A contact's last contact date, kept by triggers so that every writer (the repository,
      -- import, the demo generator, erasure, cascades) keeps it right, and indexed so the list
      -- sorts by it like a plain column.
      ALTER TABLE contacts ADD COLUMN last_contacted TEXT;
      UPDATE contacts SET last_contacted = (${LAST('contacts.id')});
      CREATE INDEX contacts_last_contacted_sort ON contacts(coalesce(last_contacted, ''));
      CREATE TRIGGER contacts_last_contacted_add AFTER INSERT ON interaction_contacts BEGIN
        UPDATE contacts SET last_contacted = (${LAST('NEW.contact_id')}) WHERE id = NEW.contact_id;
      END;
      CREATE TRIGGER contacts_last_contacted_remove AFTER DELETE ON interaction_contacts BEGIN
        UPDATE contacts SET last_contacted = (${LAST('OLD.contact_id')}) WHERE id = OLD.contact_id;
      END;
      CREATE TRIGGER contacts_last_contacted_date AFTER UPDATE OF date ON interactions BEGIN
        UPDATE contacts SET last_contacted = (${LAST('contacts.id')})
        WHERE id IN (SELECT contact_id FROM interaction_contacts WHERE interaction_id = NEW.id);
      END;
    `);
  },
};

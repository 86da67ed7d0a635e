import type { Migration } from './types';

// Every column a paged list sorts by has an index on exactly its ORDER BY expression
// (paging/pager.ts); SQLite keeps the rowid in each entry, so (expression, id) is the keyset's
// order and a page deep in a list is read like the first. Names already have theirs (name_key).
export const m0008ListIndexes: Migration = {
  version: 6,
  name: 'list-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX contacts_role_sort ON contacts(role COLLATE NOCASE);
      CREATE INDEX contacts_email_sort ON contacts(email COLLATE NOCASE);
      CREATE INDEX contacts_phone_sort ON contacts(phone);
      CREATE INDEX organisations_municipality_sort ON organisations(municipality COLLATE NOCASE);
      -- The lists' count ("archived = 0") reads these small indexes instead of every row.
      CREATE INDEX contacts_archived ON contacts(archived);
      CREATE INDEX organisations_archived ON organisations(archived);
    `);
  },
};

import type { Migration } from './types';

// The audit log and the disclosure log page in core (audit/audit-page.ts, rights/disclosure-page.ts).
// The log pages by seq, its primary key; a filter by one action code or by a group ('mentee' is
// every mentee.* code) walks an index whose entries keep the seq (the rowid) in order, so a page
// of a filtered log costs what a page of the whole one does, and the filter's choice list (the
// distinct codes) is read from the index instead of the table. Every column the disclosure grid
// sorts by has an index on exactly its ORDER BY expression; the partner filter's has the date
// after the partner, so a partner's disclosures come newest first without a sort.
export const m0011AuditListIndexes: Migration = {
  version: 11,
  name: 'audit-list-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX audit_log_action ON audit_log(action);
      CREATE INDEX audit_log_action_group ON audit_log(substr(action, 1, instr(action || '.', '.') - 1));
      -- Whether an entry is about the record that has its id now (audit-query.ts, for every row
      -- shown) reads the record's creation and deletion entries from the index alone.
      DROP INDEX audit_log_entity;
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, action);
      -- A user's entries in a period (the two filters together) without reading every entry of the user.
      CREATE INDEX audit_log_actor_at ON audit_log(actor, at);
      CREATE INDEX disclosures_at ON disclosures(at);
      CREATE INDEX disclosures_person_code_sort ON disclosures(person_code);
      CREATE INDEX disclosures_recipient_sort ON disclosures(recipient_label COLLATE NOCASE);
      CREATE INDEX disclosures_recipient_at ON disclosures(recipient_organisation_id, at);
    `);
  },
};

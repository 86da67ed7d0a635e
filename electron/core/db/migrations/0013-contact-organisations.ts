import type { Migration } from './types';

// A contact's current organisations, their names joined in the order the memberships were made,
// kept in the contact's own row by triggers in the same transaction as the change, so the
// contacts list sorts by them on an index like a plain column (it computed them for every row
// the filter kept: 60 ms a page at size l). "Current" is as of the day migration 12 keeps in
// organisation_counts_day, never date('now'), so the stored text is exact for that day; when
// the calendar moves on, partners/organisation-counts.ts recomputes the contacts with a
// membership ending in between, with the organisations' counts.
const CURRENT = (m: string) => `(${m}.to_date IS NULL OR ${m}.to_date >= (SELECT day FROM organisation_counts_day))`;
/** The stored text for one contact, as of the kept day ('' when none). */
export const CURRENT_ORGANISATIONS = (contact: string) =>
  `coalesce((SELECT group_concat(o.name, ', ' ORDER BY m.id) FROM memberships m JOIN organisations o ON o.id = m.organisation_id
     WHERE m.contact_id = ${contact} AND ${CURRENT('m')}), '')`;

export const m0013ContactOrganisations: Migration = {
  version: 13,
  name: 'contact-organisations',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN current_organisations TEXT NOT NULL DEFAULT '';
      UPDATE contacts SET current_organisations = ${CURRENT_ORGANISATIONS('contacts.id')}
        WHERE id IN (SELECT contact_id FROM memberships);
      CREATE INDEX contacts_current_organisations_sort ON contacts(current_organisations);

      CREATE TRIGGER contacts_organisations_add AFTER INSERT ON memberships BEGIN
        UPDATE contacts SET current_organisations = ${CURRENT_ORGANISATIONS('NEW.contact_id')} WHERE id = NEW.contact_id;
      END;
      CREATE TRIGGER contacts_organisations_remove AFTER DELETE ON memberships BEGIN
        UPDATE contacts SET current_organisations = ${CURRENT_ORGANISATIONS('OLD.contact_id')} WHERE id = OLD.contact_id;
      END;
      -- Ended, moved to another person (a merge) or another organisation: both people again.
      CREATE TRIGGER contacts_organisations_change AFTER UPDATE OF contact_id, organisation_id, to_date ON memberships BEGIN
        UPDATE contacts SET current_organisations = ${CURRENT_ORGANISATIONS('contacts.id')}
        WHERE id IN (OLD.contact_id, NEW.contact_id);
      END;
      -- A renamed organisation: everyone with a membership there (current or not: cheap, and exact).
      CREATE TRIGGER contacts_organisations_rename AFTER UPDATE OF name ON organisations WHEN OLD.name IS NOT NEW.name BEGIN
        UPDATE contacts SET current_organisations = ${CURRENT_ORGANISATIONS('contacts.id')}
        WHERE id IN (SELECT contact_id FROM memberships WHERE organisation_id = NEW.id);
      END;
    `);
  },
};

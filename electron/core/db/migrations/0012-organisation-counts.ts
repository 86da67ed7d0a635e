import type { Migration } from './types';

// An organisation's offer and contact counts, kept in its own row by triggers in the same
// transaction as the change (like contacts.last_contacted, migration 9), so every writer (the
// repositories, import, merging duplicates, erasure, the demo generator, cascades) keeps them
// right and the organisations list sorts by them on an index.
//
// "Contacts" counts the distinct people with a current membership: one without an end date or
// ending on or after a day. That day is kept in organisation_counts_day, and every trigger reads
// it (never date('now')), so the stored counts are always exact for that day; when the calendar
// moves on, core recounts only the organisations with a membership ending in between and moves
// the day (partners/organisation-counts.ts).
export const CURRENT = (m: string) => `(${m}.to_date IS NULL OR ${m}.to_date >= (SELECT day FROM organisation_counts_day))`;
/** Recount for one organisation, as of the kept day. */
export const RECOUNT_CONTACTS = (organisation: string) =>
  `(SELECT count(DISTINCT m.contact_id) FROM memberships m WHERE m.organisation_id = ${organisation} AND ${CURRENT('m')})`;
export const SAME_PAIR = (row: 'NEW' | 'OLD') =>
  `m.contact_id = ${row}.contact_id AND m.organisation_id = ${row}.organisation_id AND ${CURRENT('m')}`;

export const m0012OrganisationCounts: Migration = {
  version: 12,
  name: 'organisation-counts',
  up(db) {
    db.exec(`
      CREATE TABLE organisation_counts_day (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        day TEXT NOT NULL
      ) STRICT;
      INSERT INTO organisation_counts_day (id, day) VALUES (1, date('now'));

      ALTER TABLE organisations ADD COLUMN offer_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE organisations ADD COLUMN contact_count INTEGER NOT NULL DEFAULT 0;
      UPDATE organisations SET
        offer_count = (SELECT count(*) FROM offers f WHERE f.organisation_id = organisations.id),
        contact_count = ${RECOUNT_CONTACTS('organisations.id')};
      CREATE INDEX organisations_offer_count_sort ON organisations(offer_count);
      CREATE INDEX organisations_contact_count_sort ON organisations(contact_count);
      -- The memberships that stop (or start again) being current when the day moves.
      CREATE INDEX memberships_to_date ON memberships(to_date) WHERE to_date IS NOT NULL;

      CREATE TRIGGER organisations_offer_count_add AFTER INSERT ON offers BEGIN
        UPDATE organisations SET offer_count = offer_count + 1 WHERE id = NEW.organisation_id;
      END;
      CREATE TRIGGER organisations_offer_count_remove AFTER DELETE ON offers BEGIN
        UPDATE organisations SET offer_count = offer_count - 1 WHERE id = OLD.organisation_id;
      END;
      CREATE TRIGGER organisations_offer_count_move AFTER UPDATE OF organisation_id ON offers
        WHEN OLD.organisation_id IS NOT NEW.organisation_id BEGIN
        UPDATE organisations SET offer_count = offer_count - 1 WHERE id = OLD.organisation_id;
        UPDATE organisations SET offer_count = offer_count + 1 WHERE id = NEW.organisation_id;
      END;

      -- A new current membership counts its person unless they already had one there.
      CREATE TRIGGER organisations_contact_count_add AFTER INSERT ON memberships WHEN ${CURRENT('NEW')} BEGIN
        UPDATE organisations SET contact_count = contact_count + 1 WHERE id = NEW.organisation_id
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE ${SAME_PAIR('NEW')} AND m.id <> NEW.id);
      END;
      -- A removed one uncounts them unless another current one there remains.
      CREATE TRIGGER organisations_contact_count_remove AFTER DELETE ON memberships WHEN ${CURRENT('OLD')} BEGIN
        UPDATE organisations SET contact_count = contact_count - 1 WHERE id = OLD.organisation_id
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE ${SAME_PAIR('OLD')});
      END;
      -- Ended, moved to another person (a merge) or another organisation: both are counted again.
      CREATE TRIGGER organisations_contact_count_change AFTER UPDATE OF contact_id, organisation_id, to_date ON memberships BEGIN
        UPDATE organisations SET contact_count = ${RECOUNT_CONTACTS('organisations.id')}
        WHERE id IN (OLD.organisation_id, NEW.organisation_id);
      END;
    `);
  },
};

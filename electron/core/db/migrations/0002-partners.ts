import type { Migration } from './types';

// The partner register: organisations and their offers, contact persons with dated
// memberships, interactions, networks, remembered import mappings, and one full-text index.
export const m0002Partners: Migration = {
  version: 2,
  name: 'partners',
  up(db) {
    db.exec(`
      CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        sector TEXT NOT NULL,
        country TEXT NOT NULL,
        municipality TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        how_we_work TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        name_key TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX organisations_name_key ON organisations(name_key);

      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        email_key TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        preferred_language TEXT NOT NULL DEFAULT '',
        themes TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contacts_email_key ON contacts(email_key) WHERE email_key <> '';
      CREATE INDEX contacts_name_key ON contacts(name_key);

      CREATE TABLE offers (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        target_group TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '[]',
        area TEXT NOT NULL DEFAULT '',
        how_to_refer TEXT NOT NULL DEFAULT '',
        contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX offers_organisation ON offers(organisation_id);
      CREATE INDEX offers_contact ON offers(contact_id);

      CREATE TABLE memberships (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT '',
        from_date TEXT,
        to_date TEXT
      ) STRICT;
      CREATE INDEX memberships_contact ON memberships(contact_id);
      CREATE INDEX memberships_organisation ON memberships(organisation_id);

      CREATE TABLE networks (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        purpose TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE network_members (
        network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (network_id, organisation_id)
      ) STRICT;
      CREATE INDEX network_members_organisation ON network_members(organisation_id);

      CREATE TABLE interactions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        network_id INTEGER REFERENCES networks(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX interactions_network ON interactions(network_id);
      CREATE TABLE interaction_contacts (
        interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        PRIMARY KEY (interaction_id, contact_id)
      ) STRICT;
      CREATE INDEX interaction_contacts_contact ON interaction_contacts(contact_id);
      CREATE TABLE interaction_organisations (
        interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (interaction_id, organisation_id)
      ) STRICT;
      CREATE INDEX interaction_organisations_organisation ON interaction_organisations(organisation_id);

      -- A confirmed column mapping, remembered for the next file with the same headers.
      CREATE TABLE import_mappings (
        header_key TEXT PRIMARY KEY,
        target TEXT NOT NULL,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One index over everything searchable. Text is folded in code (accents off, ø → o, …)
      -- and 'sounds' holds sound-alike keys, so "sorensen" finds Sørensen and "Mohammed"
      -- finds Muhammad. label/subtitle are what a hit shows.
      CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED, ref UNINDEXED, label UNINDEXED, subtitle UNINDEXED,
        title, body, sounds,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};

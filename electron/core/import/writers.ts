import { normaliseEmail } from '../../../shared/text';
import type { Db } from '../db/driver';
import { RECOUNT_CONTACTS } from '../db/migrations/0012-organisation-counts';
import { prepared } from '../db/statements';
import { contactEntry, reindexContact } from '../partners/contacts-repo';
import { organisationEntry, reindexOrganisation } from '../partners/organisations-repo';
import { indexNewEntity } from '../partners/search-index';
import { nameKey, now, parseList, phoneKey } from '../partners/rows';
import { countryOf, sectorOf, splitList, themeOf, type Values } from './values';

// The import's own lean statements, prepared once: one contact or organisation per call, no
// audit row each (the import writes one for all). The search index is written from the values
// in hand (a new contact's entry needs no read-back) at flush(), once per chunk; only a record
// the import updated is re-read, once per chunk however often it was touched.

type Country = NonNullable<ReturnType<typeof countryOf>>;

export interface Writers {
  createContact(values: Values): number;
  updateContact(id: number, values: Values): void;
  createOrganisation(values: Values): number;
  updateOrganisation(id: number, values: Values): void;
  /** Writes the search-index entries of what was written since the last flush. Call before the import's COMMIT. */
  flush(): void;
  /** Ends the pause of the organisations' contact counts and recounts those given a membership. Call before the COMMIT. */
  recount(): void;
  organisationsCreated: number;
}

/** An organisation a contacts file names, as far as the import needs it: found once per name. */
interface NamedOrganisation {
  id: number;
  name: string;
  municipality: string;
  /** Created by this import: its index entry is known without reading it back. */
  created: boolean;
}

function themesOf(values: Values): string[] {
  if (!values.themes) return [];
  return [
    ...new Set(
      splitList(values.themes ?? '')
        .map(themeOf)
        .filter((t): t is NonNullable<typeof t> => t !== undefined),
    ),
  ];
}

function tagsOf(values: Values): string[] {
  return [...new Set(splitList(values.tags ?? '').map((t) => t.slice(0, 60)))].slice(0, 50);
}

/** Statements prepared once for the whole import. `defaultCountry` is used for organisations created from a contacts file. */
export function createWriters(db: Db, defaultCountry: Country): Writers {
  const insertContact = prepared(
    db,
    `INSERT INTO contacts (name, role, email, email_key, phone, phone_key, preferred_language, themes, notes, name_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOrganisation = prepared(
    db,
    `INSERT INTO organisations (name, sector, country, municipality, address, website, email, phone, how_we_work, tags, name_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const membership = prepared(db, 'INSERT INTO memberships (contact_id, organisation_id, role) VALUES (?, ?, ?)');
  // The contact counts (migration 12) paused for the import's memberships, recounted once each at
  // recount() (migration 15 explains): the import runs in one transaction, so no one sees them paused.
  if (!db.inTransaction) throw new Error('the import writers run inside the import transaction');
  prepared(db, 'INSERT OR IGNORE INTO organisation_counts_paused (id) VALUES (1)').run();
  const given = new Set<number>();
  const insertMembership = {
    run: (contactId: number, organisationId: number, role: string) => {
      given.add(organisationId);
      membership.run(contactId, organisationId, role);
    },
  };
  const hasCurrentMembership = prepared(
    db,
    "SELECT 1 FROM memberships WHERE contact_id = ? AND organisation_id = ? AND (to_date IS NULL OR to_date >= date('now'))",
  );
  const organisationByKey = prepared(
    db,
    'SELECT id, name, municipality FROM organisations WHERE name_key = ? ORDER BY archived, id LIMIT 1',
  );
  const fillMunicipality = prepared(db, "UPDATE organisations SET municipality = ? WHERE id = ? AND municipality = ''");
  // By name key: the organisation a name means (null: none yet), looked up once per import.
  const organisations = new Map<string, NamedOrganisation | null>();
  // Name keys by the name as written: a sheet names each organisation on many rows.
  const keyOfName = new Map<string, string>();
  // To index at the next flush: new contacts (entry in hand), updated contacts, touched organisations.
  const newContacts: { id: number; values: Values; organisation: string | null }[] = [];
  const updatedContacts = new Set<number>();
  const organisationsToIndex = new Map<number, NamedOrganisation | null>();
  const writers: Writers = {
    createContact,
    updateContact,
    createOrganisation,
    updateOrganisation,
    flush,
    recount,
    organisationsCreated: 0,
  };

  function recount(): void {
    prepared(db, 'DELETE FROM organisation_counts_paused').run();
    const count = prepared(db, `UPDATE organisations SET contact_count = ${RECOUNT_CONTACTS('organisations.id')} WHERE id = ?`);
    for (const id of given) count.run(id);
    given.clear();
  }

  function insertOrg(values: Values, country: Country): number {
    const stamp = now();
    const name = values.name ?? '';
    return Number(
      insertOrganisation.run(
        name,
        sectorOf(values.sector ?? '') ?? 'other',
        country,
        values.municipality ?? '',
        values.address ?? '',
        values.website ?? '',
        values.email ?? '',
        values.phone ?? '',
        values.howWeWork ?? '',
        JSON.stringify(tagsOf(values)),
        nameKey(name),
        stamp,
        stamp,
      ).lastInsertRowid,
    );
  }

  function named(key: string): NamedOrganisation | null {
    let known = organisations.get(key);
    if (known === undefined) {
      const row = organisationByKey.get(key) as { id: number; name: string; municipality: string } | undefined;
      known = row ? { ...row, created: false } : null;
      organisations.set(key, known);
    }
    return known;
  }

  /** The organisation a contact row names: matched by name, else created (once per import). */
  function organisationFor(values: Values): NamedOrganisation | null {
    if (!values.organisation) return null;
    let key = keyOfName.get(values.organisation);
    if (key === undefined) keyOfName.set(values.organisation, (key = nameKey(values.organisation)));
    const known = named(key);
    if (known === null) {
      const municipality = values.municipality ?? '';
      const id = insertOrg({ name: values.organisation, municipality }, defaultCountry);
      const created = { id, name: values.organisation, municipality, created: true };
      writers.organisationsCreated++;
      organisations.set(key, created);
      organisationsToIndex.set(id, created);
      return created;
    }
    if (values.municipality && known.municipality === '') {
      // Fill a blank municipality; never overwrite one the register already has.
      fillMunicipality.run(values.municipality, known.id);
      known.municipality = values.municipality;
      organisationsToIndex.set(known.id, known.created ? known : null);
    }
    return known;
  }

  /** The index entries of everything written since the last flush. */
  function flush(): void {
    for (const c of newContacts) {
      if (updatedContacts.has(c.id)) continue; // re-read below
      const v = c.values;
      const entry = { name: v.name ?? '', email: v.email ?? '', role: v.role ?? '', phone: v.phone ?? '', notes: v.notes ?? '' };
      indexNewEntity(db, 'contact', c.id, contactEntry({ ...entry, organisations: c.organisation }));
    }
    for (const id of updatedContacts) reindexContact(db, id);
    for (const [id, o] of organisationsToIndex) {
      // One this import created from a contact row has nothing but its name, municipality and the defaults.
      if (o === null) reindexOrganisation(db, id);
      else
        indexNewEntity(
          db,
          'organisation',
          id,
          organisationEntry({ ...o, sector: 'other', email: '', website: '', howWeWork: '', tags: [] }, []),
        );
    }
    newContacts.length = 0;
    updatedContacts.clear();
    organisationsToIndex.clear();
  }

  function createContact(values: Values): number {
    const stamp = now();
    const name = values.name ?? '';
    const email = values.email ?? '';
    const id = Number(
      insertContact.run(
        name,
        values.role ?? '',
        email,
        normaliseEmail(email),
        values.phone ?? '',
        values.phone ? phoneKey(values.phone) : '',
        values.preferredLanguage ?? '',
        values.themes ? JSON.stringify(themesOf(values)) : '[]',
        values.notes ?? '',
        nameKey(name),
        stamp,
        stamp,
      ).lastInsertRowid,
    );
    const organisation = organisationFor(values);
    if (organisation !== null) insertMembership.run(id, organisation.id, values.role ?? '');
    newContacts.push({ id, values, organisation: organisation?.name ?? null });
    return id;
  }

  /** Fills the contact's fields with the row's non-empty values; adds the organisation if new to them. */
  function updateContact(id: number, values: Values): void {
    const current = prepared(db, 'SELECT themes FROM contacts WHERE id = ?').get(id) as { themes: string } | undefined;
    if (!current) return;
    const set: [string, string][] = [];
    if (values.name) set.push(['name', values.name], ['name_key', nameKey(values.name)]);
    if (values.email) set.push(['email', values.email], ['email_key', normaliseEmail(values.email)]);
    if (values.role) set.push(['role', values.role]);
    if (values.phone) set.push(['phone', values.phone], ['phone_key', phoneKey(values.phone)]);
    if (values.preferredLanguage) set.push(['preferred_language', values.preferredLanguage]);
    if (values.notes) set.push(['notes', values.notes]);
    const themes = themesOf(values);
    if (themes.length) set.push(['themes', JSON.stringify([...new Set([...parseList(current.themes), ...themes])])]);
    set.push(['updated_at', now()]);
    // The columns come from the fixed list above, so there are few distinct statements to keep.
    prepared(db, `UPDATE contacts SET ${set.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`).run(...set.map(([, v]) => v), id);
    const organisation = organisationFor(values);
    if (organisation !== null && !hasCurrentMembership.get(id, organisation.id))
      insertMembership.run(id, organisation.id, values.role ?? '');
    updatedContacts.add(id);
  }

  function createOrganisation(values: Values): number {
    const id = insertOrg(values, countryOf(values.country ?? '') ?? (values.country ? 'other' : defaultCountry));
    organisationsToIndex.set(id, null);
    return id;
  }

  function updateOrganisation(id: number, values: Values): void {
    const set: [string, string][] = [];
    const text: [keyof Values, string][] = [
      ['municipality', 'municipality'],
      ['address', 'address'],
      ['website', 'website'],
      ['email', 'email'],
      ['phone', 'phone'],
      ['howWeWork', 'how_we_work'],
    ];
    for (const [field, column] of text) if (values[field]) set.push([column, values[field]]);
    const sector = sectorOf(values.sector ?? '');
    if (sector) set.push(['sector', sector]);
    const country = countryOf(values.country ?? '');
    if (country) set.push(['country', country]);
    const tags = tagsOf(values);
    if (tags.length) {
      const before = prepared(db, 'SELECT tags FROM organisations WHERE id = ?').get(id) as { tags: string } | undefined;
      set.push(['tags', JSON.stringify([...new Set([...parseList(before?.tags ?? '[]'), ...tags])].slice(0, 50))]);
    }
    set.push(['updated_at', now()]);
    prepared(db, `UPDATE organisations SET ${set.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`).run(
      ...set.map(([, v]) => v),
      id,
    );
    organisationsToIndex.set(id, null);
  }

  return writers;
}

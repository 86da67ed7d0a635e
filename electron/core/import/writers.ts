import { normaliseEmail } from '../../../shared/text';
import type { Db } from '../db/driver';
import { reindexContact } from '../partners/contacts-repo';
import { findOrganisationByName, reindexOrganisation } from '../partners/organisations-repo';
import { nameKey, now, parseList } from '../partners/rows';
import { countryOf, sectorOf, splitList, themeOf, type Values } from './values';

// The import's own lean statements: one contact or organisation per call, no audit row each
// (the import writes one for all), the search index kept right through the repositories' reindex.

type Country = NonNullable<ReturnType<typeof countryOf>>;

export interface Writers {
  createContact(values: Values): number;
  updateContact(id: number, values: Values): void;
  createOrganisation(values: Values): number;
  updateOrganisation(id: number, values: Values): void;
  organisationsCreated: number;
}

function themesOf(values: Values): string[] {
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
  const insertContact = db.prepare(
    `INSERT INTO contacts (name, role, email, email_key, phone, preferred_language, themes, notes, name_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOrganisation = db.prepare(
    `INSERT INTO organisations (name, sector, country, municipality, address, website, email, phone, how_we_work, tags, name_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMembership = db.prepare('INSERT INTO memberships (contact_id, organisation_id, role) VALUES (?, ?, ?)');
  const hasCurrentMembership = db.prepare(
    "SELECT 1 FROM memberships WHERE contact_id = ? AND organisation_id = ? AND (to_date IS NULL OR to_date >= date('now'))",
  );
  const organisationIds = new Map<string, number>();
  const writers: Writers = { createContact, updateContact, createOrganisation, updateOrganisation, organisationsCreated: 0 };

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

  /** The organisation a contact row names: matched by name, else created (once per import). */
  function organisationFor(values: Values): number | null {
    if (!values.organisation) return null;
    const key = nameKey(values.organisation);
    let id = organisationIds.get(key) ?? findOrganisationByName(db, values.organisation);
    if (id === null) {
      id = insertOrg({ name: values.organisation, municipality: values.municipality ?? '' }, defaultCountry);
      writers.organisationsCreated++;
      reindexOrganisation(db, id);
    } else if (values.municipality) {
      // Fill a blank municipality; never overwrite one the register already has.
      const filled = db
        .prepare("UPDATE organisations SET municipality = ? WHERE id = ? AND municipality = ''")
        .run(values.municipality, id);
      if (filled.changes > 0) reindexOrganisation(db, id);
    }
    organisationIds.set(key, id);
    return id;
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
        values.preferredLanguage ?? '',
        JSON.stringify(themesOf(values)),
        values.notes ?? '',
        nameKey(name),
        stamp,
        stamp,
      ).lastInsertRowid,
    );
    const organisationId = organisationFor(values);
    if (organisationId !== null) insertMembership.run(id, organisationId, values.role ?? '');
    reindexContact(db, id);
    return id;
  }

  /** Fills the contact's fields with the row's non-empty values; adds the organisation if new to them. */
  function updateContact(id: number, values: Values): void {
    const current = db.prepare('SELECT themes FROM contacts WHERE id = ?').get(id) as { themes: string } | undefined;
    if (!current) return;
    const set: [string, string][] = [];
    if (values.name) set.push(['name', values.name], ['name_key', nameKey(values.name)]);
    if (values.email) set.push(['email', values.email], ['email_key', normaliseEmail(values.email)]);
    if (values.role) set.push(['role', values.role]);
    if (values.phone) set.push(['phone', values.phone]);
    if (values.preferredLanguage) set.push(['preferred_language', values.preferredLanguage]);
    if (values.notes) set.push(['notes', values.notes]);
    const themes = themesOf(values);
    if (themes.length) set.push(['themes', JSON.stringify([...new Set([...parseList(current.themes), ...themes])])]);
    set.push(['updated_at', now()]);
    db.prepare(`UPDATE contacts SET ${set.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`).run(...set.map(([, v]) => v), id);
    const organisationId = organisationFor(values);
    if (organisationId !== null && !hasCurrentMembership.get(id, organisationId))
      insertMembership.run(id, organisationId, values.role ?? '');
    reindexContact(db, id);
  }

  function createOrganisation(values: Values): number {
    const id = insertOrg(values, countryOf(values.country ?? '') ?? (values.country ? 'other' : defaultCountry));
    organisationIds.set(nameKey(values.name ?? ''), id);
    reindexOrganisation(db, id);
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
      const before = db.prepare('SELECT tags FROM organisations WHERE id = ?').get(id) as { tags: string } | undefined;
      set.push(['tags', JSON.stringify([...new Set([...parseList(before?.tags ?? '[]'), ...tags])].slice(0, 50))]);
    }
    set.push(['updated_at', now()]);
    db.prepare(`UPDATE organisations SET ${set.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`).run(
      ...set.map(([, v]) => v),
      id,
    );
    reindexOrganisation(db, id);
  }

  return writers;
}

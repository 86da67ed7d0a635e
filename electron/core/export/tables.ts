import type { Language } from '../../../shared/languages';
import type { SECTORS, THEMES } from '../../../shared/contract';
import type { Db } from '../db/driver';
import { keepOrganisationCountsCurrent } from '../partners/organisation-counts';
import { parseList } from '../partners/rows';
import type { Table } from './cells';
import { EXPORT_TEXT } from './directory-text';
import { languageName, languageTag } from './language-names';
import type { VcardContact } from './vcard';

// What an export contains, read straight from the register in one query per table (50,000
// contacts must not mean 50,000 queries). Headers and coded values are in the register's language.

type Theme = (typeof THEMES)[number];
type Sector = (typeof SECTORS)[number];

const CURRENT = "(m.to_date IS NULL OR m.to_date >= date('now'))";

interface ContactRecord {
  id: number;
  name: string;
  role: string;
  email: string;
  phone: string;
  preferred_language: string;
  themes: string;
  notes: string;
  archived: number;
  organisations: string | null;
  last_contacted: string | null;
}

/** The records in the order of `ids` (a list view's), leaving out the others; all of them without `ids`. */
function inOrder<R extends { id: number }>(records: R[], ids: number[] | undefined): R[] {
  if (!ids) return records;
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is R => r !== undefined);
}

function contactRecords(db: Db, includeArchived: boolean, ids?: number[]): ContactRecord[] {
  const records = db
    .prepare(
      `SELECT c.id, c.name, c.role, c.email, c.phone, c.preferred_language, c.themes, c.notes, c.archived,
        (SELECT group_concat(o.name, char(31)) FROM memberships m JOIN organisations o ON o.id = m.organisation_id
          WHERE m.contact_id = c.id AND ${CURRENT}) AS organisations,
        c.last_contacted
       FROM contacts c WHERE (? OR c.archived = 0) ORDER BY c.name_key, c.id`,
    )
    .all(includeArchived ? 1 : 0) as ContactRecord[];
  return inOrder(records, ids);
}

// Organisation names are joined with a unit separator in SQL so a name with a comma stays whole.
const orgList = (value: string | null): string[] => (value ? value.split('\u001f') : []);

/** Contact persons as a table for CSV or XLSX. */
export function contactTable(db: Db, language: Language, includeArchived: boolean, ids?: number[]): Table {
  const t = EXPORT_TEXT[language];
  const widths = [28, 24, 30, 18, 16, 36, 30, 40, 14, 10];
  return {
    columns: t.contactColumns.map((header, i) => ({ header, width: widths[i] ?? 20 })),
    rows: contactRecords(db, includeArchived, ids).map((r) => [
      r.name,
      r.role,
      r.email,
      r.phone,
      r.preferred_language ? languageName(r.preferred_language, language) : '',
      orgList(r.organisations).join(', '),
      parseList<Theme>(r.themes)
        .map((theme) => t.themes[theme] ?? theme)
        .join(', '),
      r.notes,
      r.last_contacted ?? '',
      r.archived ? t.yes : t.no,
    ]),
  };
}

/** Contact persons as vCards. */
export function contactCards(db: Db, includeArchived: boolean, ids?: number[]): VcardContact[] {
  return contactRecords(db, includeArchived, ids).map((r) => ({
    name: r.name,
    role: r.role,
    email: r.email,
    phone: r.phone,
    languageTag: languageTag(r.preferred_language),
    organisations: orgList(r.organisations),
    note: r.notes,
  }));
}

/** Organisations as a table for CSV or XLSX: one row each, offers listed by title. */
export function organisationTable(db: Db, language: Language, includeArchived: boolean, ids?: number[]): Table {
  const t = EXPORT_TEXT[language];
  // The contact counts kept in each row (migration 12), brought to today.
  keepOrganisationCountsCurrent(db);
  const records = db
    .prepare(
      `SELECT o.id, o.name, o.sector, o.country, o.municipality, o.address, o.website, o.email, o.phone, o.how_we_work, o.tags, o.archived,
        (SELECT group_concat(f.title, char(31)) FROM offers f WHERE f.organisation_id = o.id) AS offers,
        o.contact_count AS contacts
       FROM organisations o WHERE (? OR o.archived = 0) ORDER BY o.name_key, o.id`,
    )
    .all(includeArchived ? 1 : 0) as {
    id: number;
    name: string;
    sector: Sector;
    country: string;
    municipality: string;
    address: string;
    website: string;
    email: string;
    phone: string;
    how_we_work: string;
    tags: string;
    archived: number;
    offers: string | null;
    contacts: number;
  }[];
  const rows = inOrder(records, ids);
  const widths = [36, 20, 8, 18, 36, 30, 30, 18, 60, 24, 50, 14, 10];
  return {
    columns: t.organisationColumns.map((header, i) => ({ header, width: widths[i] ?? 20 })),
    rows: rows.map((r) => [
      r.name,
      t.sector[r.sector] ?? r.sector,
      r.country,
      r.municipality,
      r.address,
      r.website,
      r.email,
      r.phone,
      r.how_we_work,
      parseList(r.tags).join(', '),
      orgList(r.offers).join('; '),
      String(r.contacts),
      r.archived ? t.yes : t.no,
    ]),
  };
}

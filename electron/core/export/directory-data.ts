import { SECTORS, THEMES } from '../../../shared/contract';
import { LOCALES, type Language } from '../../../shared/languages';
import { foldText } from '../../../shared/text';
import type { Db } from '../db/driver';
import { parseList } from '../partners/rows';
import { languageMatches } from './language-names';

// What the partner directory shows, read in a handful of bulk queries and filtered in memory:
// active organisations, their offers, and their current designated contact persons.

export type Sector = (typeof SECTORS)[number];
export type Theme = (typeof THEMES)[number];

export interface DirectoryPerson {
  name: string;
  role: string;
  email: string;
  phone: string;
  themes: Theme[];
}
export interface DirectoryOffer {
  title: string;
  description: string;
  targetGroup: string;
  languages: string[];
  area: string;
  howToRefer: string;
  contact: DirectoryPerson | null;
}
export interface DirectoryOrganisation {
  id: number;
  name: string;
  sector: Sector;
  municipality: string;
  address: string;
  website: string;
  email: string;
  phone: string;
  howWeWork: string;
  offers: DirectoryOffer[];
  /** Current members who are the designated contact for at least one theme. */
  people: DirectoryPerson[];
}
export interface DirectoryFilter {
  groupBy: 'sector' | 'theme';
  municipality?: string | undefined;
  theme?: Theme | undefined;
  language?: string | undefined;
}
/** A heading's key: a sector, a theme, or 'none' for organisations without a designated contact. */
export interface DirectoryGroup {
  key: Sector | Theme | 'none';
  organisations: DirectoryOrganisation[];
}

interface PersonRecord {
  id: number;
  name: string;
  role: string;
  email: string;
  phone: string;
  themes: string;
}

function loadOrganisations(db: Db): DirectoryOrganisation[] {
  const orgs = db
    .prepare(
      `SELECT id, name, sector, municipality, address, website, email, phone, how_we_work AS howWeWork
       FROM organisations WHERE archived = 0`,
    )
    .all() as Omit<DirectoryOrganisation, 'offers' | 'people'>[];
  const byId = new Map<number, DirectoryOrganisation>(orgs.map((o) => [o.id, { ...o, offers: [], people: [] }]));
  const person = (r: PersonRecord): DirectoryPerson => ({
    name: r.name,
    role: r.role,
    email: r.email,
    phone: r.phone,
    themes: parseList<Theme>(r.themes).filter((t) => (THEMES as readonly string[]).includes(t)),
  });
  const contacts = new Map(
    (
      db
        .prepare('SELECT id, name, role, email, phone, themes FROM contacts WHERE archived = 0 AND id IN (SELECT contact_id FROM offers)')
        .all() as PersonRecord[]
    ).map((r) => [r.id, person(r)]),
  );
  const offers = db
    .prepare(
      `SELECT organisation_id, title, description, target_group, languages, area, how_to_refer, contact_id FROM offers ORDER BY organisation_id, id`,
    )
    .all() as {
    organisation_id: number;
    title: string;
    description: string;
    target_group: string;
    languages: string;
    area: string;
    how_to_refer: string;
    contact_id: number | null;
  }[];
  for (const f of offers) {
    byId.get(f.organisation_id)?.offers.push({
      title: f.title,
      description: f.description,
      targetGroup: f.target_group,
      languages: parseList(f.languages),
      area: f.area,
      howToRefer: f.how_to_refer,
      contact: f.contact_id === null ? null : (contacts.get(f.contact_id) ?? null),
    });
  }
  // The membership's role (their job at this organisation) wins over the person's general one.
  const members = db
    .prepare(
      `SELECT m.organisation_id, c.id, c.name, CASE WHEN m.role <> '' THEN m.role ELSE c.role END AS role, c.email, c.phone, c.themes
       FROM memberships m JOIN contacts c ON c.id = m.contact_id
       WHERE c.archived = 0 AND c.themes <> '[]' AND (m.to_date IS NULL OR m.to_date >= date('now'))
         AND (m.from_date IS NULL OR m.from_date <= date('now'))`,
    )
    .all() as (PersonRecord & { organisation_id: number })[];
  for (const m of members) {
    const org = byId.get(m.organisation_id);
    const p = person(m);
    if (org && p.themes.length > 0 && !org.people.some((q) => q.name === p.name && q.email === p.email)) org.people.push(p);
  }
  return [...byId.values()];
}

/** The organisations' themes: those their current designated contact persons cover. */
export function themesOf(org: DirectoryOrganisation): Theme[] {
  return THEMES.filter((t) => org.people.some((p) => p.themes.includes(t)));
}

/** Loads, filters, sorts (in the document language's alphabetical order) and groups the directory. */
export function directoryGroups(db: Db, filter: DirectoryFilter, docLanguage: Language): DirectoryGroup[] {
  const collator = new Intl.Collator(LOCALES[docLanguage], { sensitivity: 'base' });
  const municipality = filter.municipality ? foldText(filter.municipality.trim()) : '';
  const selected = loadOrganisations(db)
    .filter((o) => !municipality || foldText(o.municipality.trim()) === municipality)
    .filter((o) => !filter.theme || themesOf(o).includes(filter.theme))
    .map((o) => {
      if (!filter.language) return o;
      const wanted = filter.language;
      return { ...o, offers: o.offers.filter((f) => f.languages.some((l) => languageMatches(l, wanted))) };
    })
    .filter((o) => !filter.language || o.offers.length > 0)
    .sort((a, b) => collator.compare(a.name, b.name));
  for (const o of selected) o.people.sort((a, b) => collator.compare(a.name, b.name));

  if (filter.groupBy === 'sector') {
    return SECTORS.map((key) => ({ key, organisations: selected.filter((o) => o.sector === key) })).filter((g) => g.organisations.length);
  }
  const themes = filter.theme ? [filter.theme] : THEMES;
  const groups: DirectoryGroup[] = themes.map((key) => ({ key, organisations: selected.filter((o) => themesOf(o).includes(key)) }));
  if (!filter.theme) groups.push({ key: 'none', organisations: selected.filter((o) => themesOf(o).length === 0) });
  return groups.filter((g) => g.organisations.length > 0);
}

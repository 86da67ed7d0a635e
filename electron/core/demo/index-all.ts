import type { Db } from '../db/driver';
import { parseList } from '../partners/rows';
import { indexEntity } from '../partners/search-index';

// Search entries for every organisation and contact, read in two bulk queries. The entries are
// the ones reindexOrganisation and reindexContact write (tests/unit/export/demo.test.ts checks
// that they are identical); those read one entity at a time, which is minutes at 50,000 contacts.

const CURRENT = "(m.to_date IS NULL OR m.to_date >= date('now'))";

export function indexAll(db: Db): void {
  const offers = new Map<number, string[]>();
  const offerRows = db
    .prepare('SELECT organisation_id, title, description, target_group, languages, area FROM offers ORDER BY organisation_id, id')
    .all() as { organisation_id: number; title: string; description: string; target_group: string; languages: string; area: string }[];
  for (const f of offerRows) {
    const list = offers.get(f.organisation_id) ?? [];
    list.push(`${f.title} ${f.description} ${f.target_group} ${parseList(f.languages).join(' ')} ${f.area}`);
    offers.set(f.organisation_id, list);
  }
  const orgs = db.prepare('SELECT id, name, sector, municipality, email, website, how_we_work, tags FROM organisations').all() as {
    id: number;
    name: string;
    sector: string;
    municipality: string;
    email: string;
    website: string;
    how_we_work: string;
    tags: string;
  }[];
  for (const o of orgs) {
    indexEntity(db, 'organisation', o.id, {
      label: o.name,
      subtitle: [o.municipality, o.sector].filter(Boolean).join(' · '),
      title: o.name,
      body: `${o.email} ${o.website} ${o.municipality} ${o.how_we_work} ${parseList(o.tags).join(' ')} ${(offers.get(o.id) ?? []).join(' ')}`,
    });
  }
  const contacts = db
    .prepare(
      `SELECT c.id, c.name, c.email, c.role, c.phone, c.notes,
        (SELECT group_concat(o.name, ', ') FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.contact_id = c.id AND ${CURRENT}) AS organisations
       FROM contacts c`,
    )
    .all() as { id: number; name: string; email: string; role: string; phone: string; notes: string; organisations: string | null }[];
  for (const c of contacts) {
    indexEntity(db, 'contact', c.id, {
      label: c.name,
      subtitle: [c.role, c.organisations].filter(Boolean).join(' · '),
      title: c.name,
      body: `${c.email} ${c.phone} ${c.role} ${c.organisations ?? ''} ${c.notes}`,
    });
  }
}

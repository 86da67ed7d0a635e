import type { z } from 'zod';
import type { Organisation, OrganisationInput, OrganisationRow } from '../../../shared/contract';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { prepared } from '../db/statements';
import { CoreError } from '../errors';
import { reindexContact } from './contacts-repo';
import { keepOrganisationCountsCurrent } from './organisation-counts';
import { interactionsOfOrganisation } from './interactions-repo';
import { nameKey, now, parseList } from './rows';
import { indexEntity, unindexEntity, type IndexEntry } from './search-index';

type OrganisationValue = z.output<typeof Organisation>;
type Input = z.output<typeof OrganisationInput>;

interface OrgRecord {
  id: number;
  name: string;
  sector: OrganisationValue['sector'];
  country: OrganisationValue['country'];
  municipality: string;
  address: string;
  website: string;
  email: string;
  phone: string;
  how_we_work: string;
  tags: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

/** All organisations for the list, with how many offers and current contact persons each has. */
export function listOrganisations(db: Db, includeArchived: boolean): z.output<typeof OrganisationRow>[] {
  // The counts kept in each row (migration 12; organisation-counts-property.test.ts checks them
  // against a recount), brought to today first: the pickers read this list, and a count per row
  // made afresh cost more than the rest of it.
  keepOrganisationCountsCurrent(db);
  const rows = db
    .prepare(
      `SELECT o.id, o.name, o.sector, o.country, o.municipality, o.email, o.phone, o.tags, o.archived, o.updated_at,
        o.offer_count AS offers, o.contact_count AS contacts
       FROM organisations o WHERE (? OR o.archived = 0) ORDER BY o.name_key`,
    )
    .all(includeArchived ? 1 : 0) as (OrgRecord & { offers: number; contacts: number })[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sector: r.sector,
    country: r.country,
    municipality: r.municipality,
    email: r.email,
    phone: r.phone,
    tags: parseList(r.tags),
    offers: r.offers,
    contacts: r.contacts,
    archived: r.archived === 1,
    updatedAt: r.updated_at,
  }));
}

/** One organisation with its offers, people (current and former), interactions and networks. */
export function getOrganisation(db: Db, id: number): OrganisationValue {
  const r = db.prepare('SELECT * FROM organisations WHERE id = ?').get(id) as OrgRecord | undefined;
  if (!r) throw new CoreError('NOT_FOUND', `organisation ${id}`);
  const offers = db.prepare('SELECT * FROM offers WHERE organisation_id = ? ORDER BY id').all(id) as {
    id: number;
    title: string;
    description: string;
    target_group: string;
    languages: string;
    area: string;
    how_to_refer: string;
    contact_id: number | null;
  }[];
  const people = db
    .prepare(
      `SELECT c.id AS contactId, c.name, m.role, m.from_date AS "from", m.to_date AS "to" FROM memberships m JOIN contacts c ON c.id = m.contact_id
       WHERE m.organisation_id = ? ORDER BY (m.to_date IS NOT NULL), c.name_key`,
    )
    .all(id) as OrganisationValue['people'];
  const networks = db
    .prepare(
      'SELECT n.id, n.name FROM network_members nm JOIN networks n ON n.id = nm.network_id WHERE nm.organisation_id = ? ORDER BY n.name',
    )
    .all(id) as { id: number; name: string }[];
  return {
    id: r.id,
    name: r.name,
    sector: r.sector,
    country: r.country,
    municipality: r.municipality,
    address: r.address,
    website: r.website,
    email: r.email,
    phone: r.phone,
    howWeWork: r.how_we_work,
    tags: parseList(r.tags),
    offers: offers.map((f) => ({
      id: f.id,
      title: f.title,
      description: f.description,
      targetGroup: f.target_group,
      languages: parseList(f.languages),
      area: f.area,
      howToRefer: f.how_to_refer,
      contactId: f.contact_id,
    })),
    archived: r.archived === 1,
    people,
    interactions: interactionsOfOrganisation(db, id),
    networks,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** What the search index holds for an organisation: its fields and its offers' texts. */
export function organisationEntry(
  o: { name: string; municipality: string; sector: string; email: string; website: string; howWeWork: string; tags: readonly string[] },
  offers: readonly { title: string; description: string; targetGroup: string; languages: readonly string[]; area: string }[],
): IndexEntry {
  const offerText = offers.map((f) => `${f.title} ${f.description} ${f.targetGroup} ${f.languages.join(' ')} ${f.area}`).join(' ');
  return {
    label: o.name,
    subtitle: [o.municipality, o.sector].filter(Boolean).join(' · '),
    title: o.name,
    body: `${o.email} ${o.website} ${o.municipality} ${o.howWeWork} ${o.tags.join(' ')} ${offerText}`,
  };
}

/** Re-indexes one organisation for search from what is stored (its row and offers, not its people or history). */
export function reindexOrganisation(db: Db, id: number): void {
  const r = prepared(db, 'SELECT name, sector, municipality, email, website, how_we_work, tags FROM organisations WHERE id = ?').get(id) as
    { name: string; sector: string; municipality: string; email: string; website: string; how_we_work: string; tags: string } | undefined;
  if (!r) throw new CoreError('NOT_FOUND', `organisation ${id}`);
  const offers = (
    prepared(db, 'SELECT title, description, target_group, languages, area FROM offers WHERE organisation_id = ? ORDER BY id').all(id) as {
      title: string;
      description: string;
      target_group: string;
      languages: string;
      area: string;
    }[]
  ).map((f) => ({ ...f, targetGroup: f.target_group, languages: parseList(f.languages) }));
  indexEntity(db, 'organisation', id, organisationEntry({ ...r, howWeWork: r.how_we_work, tags: parseList(r.tags) }, offers));
}

function memberIds(db: Db, organisationId: number): number[] {
  return (
    db.prepare('SELECT DISTINCT contact_id AS id FROM memberships WHERE organisation_id = ?').all(organisationId) as { id: number }[]
  ).map((r) => r.id);
}

/** Creates or updates an organisation and replaces its offers. Audited without names. */
export function saveOrganisation(db: Db, input: Input, actor: string): number {
  return db.transaction(() => {
    const stamp = now();
    const values = [
      input.name,
      input.sector,
      input.country,
      input.municipality,
      input.address,
      input.website,
      input.email,
      input.phone,
      input.howWeWork,
      JSON.stringify(input.tags),
      nameKey(input.name),
    ];
    let id = input.id;
    let renamed = false;
    if (id === undefined) {
      id = Number(
        db
          .prepare(
            `INSERT INTO organisations (name, sector, country, municipality, address, website, email, phone, how_we_work, tags, name_key, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(...values, stamp, stamp).lastInsertRowid,
      );
    } else {
      const before = db.prepare('SELECT name FROM organisations WHERE id = ?').get(id) as { name: string } | undefined;
      renamed = before !== undefined && before.name !== input.name;
      const changed = db
        .prepare(
          `UPDATE organisations SET name = ?, sector = ?, country = ?, municipality = ?, address = ?, website = ?, email = ?, phone = ?,
           how_we_work = ?, tags = ?, name_key = ?, updated_at = ? WHERE id = ?`,
        )
        .run(...values, stamp, id);
      if (changed.changes === 0) throw new CoreError('NOT_FOUND', `organisation ${id}`);
    }
    saveOffers(db, id, input.offers);
    reindexOrganisation(db, id);
    if (renamed) for (const contactId of memberIds(db, id)) reindexContact(db, contactId);
    appendAudit(db, {
      actor,
      action: input.id === undefined ? 'organisation.created' : 'organisation.updated',
      entity: 'organisation',
      entityId: String(id),
    });
    return id;
  })();
}

function saveOffers(db: Db, organisationId: number, offers: Input['offers']): void {
  const keep = offers.map((f) => f.id).filter((id): id is number => id !== undefined);
  const existing = (db.prepare('SELECT id FROM offers WHERE organisation_id = ?').all(organisationId) as { id: number }[]).map((r) => r.id);
  const remove = db.prepare('DELETE FROM offers WHERE id = ?');
  for (const id of existing) if (!keep.includes(id)) remove.run(id);
  const insert = db.prepare(
    'INSERT INTO offers (organisation_id, title, description, target_group, languages, area, how_to_refer, contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare(
    'UPDATE offers SET title = ?, description = ?, target_group = ?, languages = ?, area = ?, how_to_refer = ?, contact_id = ? WHERE id = ? AND organisation_id = ?',
  );
  for (const f of offers) {
    const values = [f.title, f.description, f.targetGroup, JSON.stringify(f.languages), f.area, f.howToRefer, f.contactId] as const;
    if (f.id !== undefined && existing.includes(f.id)) update.run(...values, f.id, organisationId);
    else insert.run(organisationId, ...values);
  }
}

/** Archives (or restores) an organisation: it leaves the lists but keeps its history. */
export function archiveOrganisation(db: Db, id: number, archived: boolean, actor: string): void {
  db.transaction(() => {
    const changed = db.prepare('UPDATE organisations SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, now(), id);
    if (changed.changes === 0) throw new CoreError('NOT_FOUND', `organisation ${id}`);
    appendAudit(db, {
      actor,
      action: archived ? 'organisation.archived' : 'organisation.restored',
      entity: 'organisation',
      entityId: String(id),
    });
  })();
}

/** Deletes an organisation with its offers and memberships; the people themselves stay. */
export function deleteOrganisation(db: Db, id: number, actor: string): void {
  db.transaction(() => {
    const members = memberIds(db, id);
    if (db.prepare('DELETE FROM organisations WHERE id = ?').run(id).changes === 0) throw new CoreError('NOT_FOUND', `organisation ${id}`);
    unindexEntity(db, 'organisation', id);
    // Their search entries named this organisation.
    for (const contactId of members) reindexContact(db, contactId);
    appendAudit(db, { actor, action: 'organisation.deleted', entity: 'organisation', entityId: String(id) });
  })();
}

/** Finds an organisation by name, ignoring case, accents and spacing (import matches by name). */
export function findOrganisationByName(db: Db, name: string): number | null {
  const row = db.prepare('SELECT id FROM organisations WHERE name_key = ? ORDER BY archived, id LIMIT 1').get(nameKey(name)) as
    { id: number } | undefined;
  return row?.id ?? null;
}

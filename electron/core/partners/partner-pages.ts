import type { z } from 'zod';
import type { ContactRow, OrganisationRow } from '../../../shared/contract';
import type { PageQuery } from '../../../shared/contract/paging';
import type { Db } from '../db/driver';
import { readPage, type ListSpec, type Page } from '../paging/pager';
import { keepOrganisationCountsCurrent } from './organisation-counts';
import { parseList } from './rows';

// The contacts and organisations lists, one page at a time (paging/pager.ts). Plain columns
// sort on an index (migration 9), and so do an organisation's offer and contact counts (migration
// 12) and a contact's current organisations (migration 13), kept in their rows by triggers and
// exact for today once keepOrganisationCountsCurrent ran. See docs/paging.md.

type Query = z.output<typeof PageQuery>;
type Contact = z.output<typeof ContactRow>;
type Organisation = z.output<typeof OrganisationRow>;

export const CONTACT_LIST: ListSpec = {
  from: 'contacts t',
  select: `t.id, t.name, t.role, t.email, t.phone, t.themes, t.archived, t.last_contacted, t.current_organisations AS organisations`,
  columns: {
    name: { sort: 't.name_key', text: 't.name', indexed: true, entryField: 'title' },
    role: { sort: 't.role COLLATE NOCASE', text: 't.role', indexed: true, entryField: 'body' },
    email: { sort: 't.email COLLATE NOCASE', text: 't.email', indexed: true, entryField: 'body' },
    phone: { sort: 't.phone', text: 't.phone', indexed: true, entryField: 'body' },
    organisations: { sort: 't.current_organisations', text: 't.current_organisations', indexed: true, entryField: 'body' },
    // Kept by triggers (migration 9), so it sorts on an index like the plain columns.
    lastContacted: { sort: "coalesce(t.last_contacted, '')", date: 't.last_contacted', indexed: true },
  },
  defaultSort: { colId: 'name', sort: 'asc' },
  searchSlot: 1,
  archived: 't.archived',
};

export const ORGANISATION_LIST: ListSpec = {
  from: 'organisations t',
  select: `t.id, t.name, t.sector, t.country, t.municipality, t.email, t.phone, t.tags, t.archived, t.updated_at, t.offer_count AS offers, t.contact_count AS contacts`,
  columns: {
    name: { sort: 't.name_key', text: 't.name', indexed: true, entryField: 'title' },
    municipality: { sort: 't.municipality COLLATE NOCASE', text: 't.municipality', indexed: true, entryField: 'body' },
    // Kept by triggers (migration 12), exact for today once keepOrganisationCountsCurrent ran.
    offers: { sort: 't.offer_count', indexed: true },
    contacts: { sort: 't.contact_count', indexed: true },
    tags: { text: 't.tags', entryField: 'body' },
  },
  defaultSort: { colId: 'name', sort: 'asc' },
  searchSlot: 0,
  archived: 't.archived',
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function contactOf(r: Record<string, unknown>): Contact {
  return {
    id: Number(r.id),
    name: str(r.name),
    role: str(r.role),
    email: str(r.email),
    phone: str(r.phone),
    organisations: str(r.organisations),
    themes: parseList<Contact['themes'][number]>(str(r.themes)),
    lastContacted: typeof r.last_contacted === 'string' ? r.last_contacted : null,
    archived: r.archived === 1,
  };
}

function organisationOf(r: Record<string, unknown>): Organisation {
  return {
    id: Number(r.id),
    name: str(r.name),
    sector: str(r.sector) as Organisation['sector'],
    country: str(r.country) as Organisation['country'],
    municipality: str(r.municipality),
    email: str(r.email),
    phone: str(r.phone),
    tags: parseList(str(r.tags)),
    offers: Number(r.offers),
    contacts: Number(r.contacts),
    archived: r.archived === 1,
    updatedAt: str(r.updated_at),
  };
}

/** One page of contact persons. */
export function pageContacts(db: Db, query: Query): Page<Contact> {
  keepOrganisationCountsCurrent(db);
  return readPage(db, CONTACT_LIST, query, contactOf);
}
/** One page of organisations. */
export function pageOrganisations(db: Db, query: Query): Page<Organisation> {
  keepOrganisationCountsCurrent(db);
  return readPage(db, ORGANISATION_LIST, query, organisationOf);
}

import type { z } from 'zod';
import type { Disclosure, DisclosurePageQuery } from '../../../shared/contract/rights';
import type { Db } from '../db/driver';
import { prepared } from '../db/statements';
import { readPage, type ListSpec, type Page, type Where } from '../paging/pager';
import { toDisclosure, type DisclosureRow } from './disclosures';

// The disclosure log one page at a time for Privacy › Disclosures (paging/pager.ts,
// docs/paging.md): newest first by default (time, then id, as disclosuresOf orders it), or by the
// person's code or the recipient; each on an index of exactly its ORDER BY expression, and a
// partner's disclosures on (partner, time) (migration 11). Purpose and categories are translated
// in the renderer, so they do not sort; the log has no text search.

type Query = z.output<typeof DisclosurePageQuery>;

export const DISCLOSURE_LIST: ListSpec = {
  from: 'disclosures t LEFT JOIN users u ON u.id = t.recorded_by',
  // The filters read the log's own columns only; the user's name is for the rows shown.
  countFrom: 'disclosures t',
  select: `t.id, t.at, t.person_kind, t.person_id, t.person_code, t.recipient_organisation_id, t.recipient_label, t.purpose,
    t.categories, t.consent_ids, t.case_id, t.file_name, t.file_hash, t.recorded_by, u.display_name AS recorded_by_name`,
  columns: {
    at: { sort: 't.at' },
    personCode: { sort: 't.person_code' },
    recipientLabel: { sort: 't.recipient_label COLLATE NOCASE' },
  },
  defaultSort: { colId: 'at', sort: 'desc' },
};

/** The filter fields' conditions, as disclosuresOf reads them ("to" is an inclusive day). */
function conditions(w: Query['where']): Where {
  const sql: string[] = [];
  const params: (string | number)[] = [];
  if (w.person) {
    sql.push('t.person_kind = ? AND t.person_id = ?');
    params.push(w.person.kind, w.person.id);
  }
  if (w.organisationId !== undefined) {
    sql.push('t.recipient_organisation_id = ?');
    params.push(w.organisationId);
  }
  if (w.from) {
    sql.push('t.at >= ?');
    params.push(w.from);
  }
  if (w.to) {
    sql.push('t.at < ?');
    params.push(`${w.to}T99`); // any minute of the last day sorts before this
  }
  return { sql, params };
}

/** One page of disclosures. */
export const pageDisclosures = (db: Db, query: Query): Page<Disclosure> =>
  readPage(db, DISCLOSURE_LIST, query, (r) => toDisclosure(r as unknown as DisclosureRow), conditions(query.where));

/**
 * The organisations that have received at least one disclosure, by name: what the log's partner
 * filter offers (every organisation would be thousands of choices, nearly all with nothing to show).
 * One walk of the (partner, time) index of migration 11, then their rows by id.
 */
export function disclosureRecipients(db: Db): { id: number; name: string }[] {
  return prepared(
    db,
    `SELECT o.id, o.name FROM organisations o
     WHERE o.id IN (SELECT DISTINCT recipient_organisation_id FROM disclosures WHERE recipient_organisation_id IS NOT NULL)
     ORDER BY o.name_key, o.id`,
  ).all() as { id: number; name: string }[];
}

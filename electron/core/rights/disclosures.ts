import type { DataCategory, PersonRef } from '../../../shared/contract/consents-schemas';
import type { Disclosure } from '../../../shared/contract/rights';
import type { Db } from '../db/driver';

// The disclosure log as read: per person, per partner organisation, or all, with a period.

export interface DisclosureRow {
  id: number;
  at: string;
  person_kind: 'mentee' | 'mentor';
  person_id: number | null;
  person_code: string;
  recipient_organisation_id: number | null;
  recipient_label: string;
  purpose: string;
  categories: string;
  consent_ids: string;
  case_id: number | null;
  file_name: string;
  file_hash: string;
  recorded_by: string;
  recorded_by_name: string | null;
}

export function toDisclosure(r: DisclosureRow): Disclosure {
  return {
    id: r.id,
    at: r.at,
    person: r.person_id === null ? null : { kind: r.person_kind, id: r.person_id },
    personCode: r.person_code,
    recipientOrganisationId: r.recipient_organisation_id,
    recipientLabel: r.recipient_label,
    purpose: r.purpose,
    categories: JSON.parse(r.categories) as DataCategory[],
    consentIds: JSON.parse(r.consent_ids) as number[],
    caseId: r.case_id,
    fileName: r.file_name,
    fileHash: r.file_hash,
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by_name ?? r.recorded_by,
  };
}

export interface DisclosureQuery {
  person?: PersonRef;
  organisationId?: number;
  from?: string;
  to?: string;
  limit?: number;
}

/** Disclosures, newest first. `from`/`to` are inclusive days. */
export function disclosuresOf(db: Db, q: DisclosureQuery): Disclosure[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (q.person) {
    where.push('d.person_kind = ? AND d.person_id = ?');
    args.push(q.person.kind, q.person.id);
  }
  if (q.organisationId !== undefined) {
    where.push('d.recipient_organisation_id = ?');
    args.push(q.organisationId);
  }
  if (q.from) {
    where.push('d.at >= ?');
    args.push(q.from);
  }
  if (q.to) {
    where.push('d.at < ?');
    args.push(`${q.to}T99`); // any minute of the last day sorts before this
  }
  const sql = `SELECT d.*, u.display_name AS recorded_by_name FROM disclosures d LEFT JOIN users u ON u.id = d.recorded_by
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.at DESC, d.id DESC${q.limit ? ` LIMIT ${Math.floor(q.limit)}` : ''}`;
  return (db.prepare(sql).all(...args) as DisclosureRow[]).map(toDisclosure);
}

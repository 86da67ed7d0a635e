import type { DataCategory, PersonRef } from '../../../shared/contract/consents-schemas';
import type { RecallList, RecallTrigger } from '../../../shared/contract/rights';
import { localMinuteNow } from '../consents/decide';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { fieldHistoryRows } from './field-history';
import { disclosuresOf } from './disclosures';

// The recall list: after a correction or a withdrawal, which partner organisations received the
// affected data, what and when, so the coordinator can tell them to correct, stop using or delete.

/**
 * Which disclosed data a field of a person belongs to. 'identity' fields go with every
 * disclosure (a report names the person); a category field only with disclosures of that
 * category; fields never disclosed map to nothing.
 */
export const FIELD_DISCLOSURE: Record<'mentee' | 'mentor', Record<string, 'identity' | DataCategory>> = {
  mentee: {
    name: 'identity',
    email: 'identity',
    phone: 'identity',
    birth_year: 'identity',
    gender: 'identity',
    municipality: 'identity',
    goals: 'goals',
    notes: 'notes',
    preferences: 'notes',
  },
  mentor: {
    name: 'identity',
    email: 'identity',
    phone: 'identity',
    gender: 'identity',
    municipality: 'identity',
    notes: 'notes',
    preferences: 'notes',
  },
};

/** An ISO timestamp (UTC, as stored) as local time to the minute, the disclosure log's clock. */
export function localMinuteOf(iso: string): string {
  return localMinuteNow(new Date(iso));
}

interface ContactRow {
  id: number;
  name: string;
  email: string;
  phone: string;
  preferred_language: string;
}

/** The referral contact of the person's course with this organisation (the disclosure's course first). */
function referralContact(db: Db, person: PersonRef, organisationId: number, caseIds: number[]): ContactRow | null {
  if (person.kind !== 'mentee') return null;
  const rows = db
    .prepare(
      `SELECT c.id AS case_id, k.id, k.name, k.email, k.phone, k.preferred_language
       FROM cases c JOIN contacts k ON k.id = c.referral_contact_id
       WHERE c.mentee_id = ? AND c.referral_organisation_id = ? ORDER BY c.id DESC`,
    )
    .all(person.id, organisationId) as (ContactRow & { case_id: number })[];
  const row = rows.find((r) => caseIds.includes(r.case_id)) ?? rows[0];
  return row ? { id: row.id, name: row.name, email: row.email, phone: row.phone, preferred_language: row.preferred_language } : null;
}

function personCode(db: Db, person: PersonRef): string {
  if (person.kind === 'mentee') {
    const r = db.prepare('SELECT code FROM mentees WHERE id = ?').get(person.id) as { code: string } | undefined;
    if (!r) throw new CoreError('NOT_FOUND', `mentee ${person.id}`);
    return r.code;
  }
  if (!db.prepare('SELECT 1 FROM mentors WHERE id = ?').get(person.id)) throw new CoreError('NOT_FOUND', `mentor ${person.id}`);
  return '';
}

/**
 * The organisations that received data affected by the trigger:
 * - withdrawal: every disclosure made under that consent (its id in consent_ids);
 * - correction: every disclosure made up to the minute of the change that contained a changed
 *   field (identity fields: any disclosure; others: disclosures of their category).
 * Access exports (to the person themself) and organisations deleted since are left out.
 */
export function recallList(db: Db, person: PersonRef, trigger: RecallTrigger): RecallList {
  const code = personCode(db, person);
  const log = disclosuresOf(db, { person }).filter((d) => d.recipientOrganisationId !== null);
  let fields: string[] = [];
  let identity = false;
  let categories: DataCategory[] = [];
  let since: string;
  let affected: typeof log;

  if (trigger.kind === 'withdrawal') {
    const consent = db
      .prepare('SELECT person_kind, person_id, categories, withdrawn_at FROM consents WHERE id = ?')
      .get(trigger.consentId) as { person_kind: string; person_id: number; categories: string; withdrawn_at: string | null } | undefined;
    if (!consent || consent.person_kind !== person.kind || consent.person_id !== person.id)
      throw new CoreError('NOT_FOUND', `consent ${trigger.consentId}`);
    identity = true;
    categories = JSON.parse(consent.categories) as DataCategory[];
    since = consent.withdrawn_at ?? localMinuteNow();
    affected = log.filter((d) => d.consentIds.includes(trigger.consentId));
  } else {
    const changes = fieldHistoryRows(db, person, trigger.fieldHistoryIds);
    if (changes.length !== new Set(trigger.fieldHistoryIds).size) throw new CoreError('NOT_FOUND', 'field history rows of another person');
    fields = [...new Set(changes.map((c) => c.field))];
    const map = FIELD_DISCLOSURE[person.kind];
    const kinds = changes.map((c) => ({ what: map[c.field], until: localMinuteOf(c.changedAt) }));
    identity = kinds.some((k) => k.what === 'identity');
    categories = [...new Set(kinds.map((k) => k.what).filter((w): w is DataCategory => w !== undefined && w !== 'identity'))];
    since = kinds.map((k) => k.until).sort()[0] ?? localMinuteNow();
    affected = log.filter((d) =>
      kinds.some((k) => k.what !== undefined && d.at <= k.until && (k.what === 'identity' || d.categories.includes(k.what))),
    );
  }

  const byOrg = new Map<number, typeof affected>();
  for (const d of affected) {
    const id = d.recipientOrganisationId as number;
    byOrg.set(id, [...(byOrg.get(id) ?? []), d]);
  }
  const recipients = [...byOrg.entries()]
    .map(([organisationId, ds]) => {
      const org = db.prepare('SELECT name FROM organisations WHERE id = ?').get(organisationId) as { name: string } | undefined;
      const contact = referralContact(
        db,
        person,
        organisationId,
        ds.map((d) => d.caseId).filter((c): c is number => c !== null),
      );
      return {
        organisationId,
        organisationName: org?.name ?? ds[0]!.recipientLabel,
        contact: contact && {
          id: contact.id,
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          language: contact.preferred_language,
        },
        disclosures: ds
          .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id))
          .map((d) => ({ id: d.id, at: d.at, purpose: d.purpose, categories: d.categories, fileName: d.fileName })),
      };
    })
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName));

  return { person, personCode: code, trigger: { kind: trigger.kind }, fields, identity, categories, since, recipients };
}

import type { DataCategory } from '../../../shared/contract/consents-schemas';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { mayDisclose, type DisclosureDecision, type DisclosureRequest } from './decide';

export interface DisclosureRecord extends DisclosureRequest {
  /** The organisation's name at the time (kept if the organisation is later deleted). */
  recipientLabel: string;
  caseId?: number | null;
  fileName?: string;
  fileHash?: string;
  /** The person's pseudonymous code, kept on the log row if the person is later erased. */
  personCode?: string;
}

/**
 * Logs one disclosure, after asking the rule again inside the same transaction: a caller cannot
 * log (and so cannot export) a category the person's consents do not cover at that minute.
 * Throws CONSENT_MISSING and writes nothing when the rule refuses. Returns the log row's id.
 */
export function recordDisclosure(db: Db, actor: string, record: DisclosureRecord): { id: number; decision: DisclosureDecision } {
  return db.transaction(() => {
    const decision = mayDisclose(db, record);
    if (!decision.allowed) {
      const refused = decision.categories.filter((c) => !c.allowed).map((c) => `${c.category}:${c.reason}`);
      throw new CoreError('CONSENT_MISSING', decision.identity ? refused.join(',') : `identity:${decision.identityReason}`);
    }
    const consentIds = [...new Set([decision.identityConsentId, ...decision.categories.map((c) => c.consentId)].filter((v) => v !== null))];
    const categories: DataCategory[] = decision.categories.map((c) => c.category);
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO disclosures (at, person_kind, person_id, person_code, recipient_organisation_id, recipient_label, purpose,
           categories, consent_ids, case_id, file_name, file_hash, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.at,
        record.person.kind,
        record.person.id,
        record.personCode ?? '',
        record.recipientOrganisationId,
        record.recipientLabel,
        record.purpose,
        JSON.stringify(categories),
        JSON.stringify(consentIds),
        record.caseId ?? null,
        record.fileName ?? '',
        record.fileHash ?? '',
        actor,
      );
    const id = Number(lastInsertRowid);
    appendAudit(db, {
      actor,
      action: 'disclosure.recorded',
      entity: record.person.kind,
      entityId: String(record.person.id),
      details: {
        disclosure: id,
        purpose: record.purpose,
        categories: categories.join(','),
        recipient: record.recipientOrganisationId ?? 0,
      },
    });
    return { id, decision };
  })();
}

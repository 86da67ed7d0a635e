import { DATA_CATEGORIES, type PersonRef } from '../../../shared/contract/consents-schemas';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';

/** The recipient label of an access export: the data went to the person themself. */
export const DATA_SUBJECT_LABEL = 'data subject';

/**
 * Logs an access export: a copy of everything held about a person, given to that person. It is
 * not a disclosure to a third party, so no consent is asked for (recordDisclosure is for those),
 * but it is kept in the same log with the file's hash: recipient NULL, label 'data subject',
 * purpose 'access', every category (the copy holds everything). Call inside the export's transaction. Returns the log row's id.
 */
export function recordAccessDisclosure(
  db: Db,
  actor: string,
  record: { person: PersonRef; personCode: string; at: string; fileName: string; fileHash: string },
): number {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO disclosures (at, person_kind, person_id, person_code, recipient_organisation_id, recipient_label, purpose,
             categories, consent_ids, case_id, file_name, file_hash, recorded_by)
           VALUES (?, ?, ?, ?, NULL, ?, 'access', ?, '[]', NULL, ?, ?, ?)`,
        )
        .run(
          record.at,
          record.person.kind,
          record.person.id,
          record.personCode,
          DATA_SUBJECT_LABEL,
          JSON.stringify(DATA_CATEGORIES),
          record.fileName,
          record.fileHash,
          actor,
        ).lastInsertRowid,
    );
    appendAudit(db, {
      actor,
      action: 'disclosure.recorded',
      entity: record.person.kind,
      entityId: String(record.person.id),
      details: { disclosure: id, purpose: 'access', recipient: 0 },
    });
    return id;
  })();
}

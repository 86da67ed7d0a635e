import type { AuditFilter } from '../../../shared/contract/audit';
import { neutraliseCell } from '../export/cells';
import { checkTarget, writeAudited } from '../export/run-export';
import type { OpenRegister } from '../register/open-register';
import { iterateAudit } from './audit-query';

// The audit log for a data-protection officer, as CSV.
//
// Format (decided for Danish, Norwegian, Swedish and Finnish Excel, which open it by double-click):
// UTF-8 with a byte-order mark, ';' between fields, CRLF line ends, RFC 4180 quoting. One header
// row, then one row per entry, oldest first:
//
//   seq;at;actor;actor_name;action;entity;entity_id;details;prev_hash;hash
//
// The columns that the hash covers are written exactly as stored, so the DPO can re-verify every
// row without Bindeled: hash = sha256(prev_hash ‖ JSON.stringify([seq, at, actor, action, entity,
// entity_id, details])) in hex, with seq a number, an empty entity / entity_id meaning null, and
// details the stored JSON text. Consecutive rows chain: a row's prev_hash is the previous row's
// hash (the first row of the whole log has 64 zeros). A filtered export still verifies row by
// row; only the unbroken runs chain. actor_name (not hashed) is protected against spreadsheet
// formulas like every other export.

export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'actor', 'actor_name', 'action', 'entity', 'entity_id', 'details', 'prev_hash', 'hash'];

function field(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text of the rows the filter matches, and their number. */
export function auditCsv(register: OpenRegister, filter: AuditFilter): { data: Buffer; rows: number } {
  const lines = [AUDIT_CSV_COLUMNS.join(';')];
  for (const r of iterateAudit(register.db, filter)) {
    lines.push(
      [
        String(r.seq),
        r.at,
        r.actor,
        neutraliseCell(r.actor_name ?? ''),
        r.action,
        r.entity ?? '',
        r.entity_id ?? '',
        r.details,
        r.prev_hash,
        r.hash,
      ]
        .map(field)
        .join(';'),
    );
  }
  return { data: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'), rows: lines.length - 1 };
}

/** Writes the export to the file the user chose and audits it (audit.exported, with the row count). */
export function exportAudit(register: OpenRegister, filter: AuditFilter, file: string): { path: string; rows: number } {
  const target = checkTarget(register, file);
  const { data, rows } = auditCsv(register, filter);
  const filters = Object.values(filter).filter((v) => v !== undefined).length;
  writeAudited(register, target, data, 'audit.exported', { format: 'csv', rows, filters });
  return { path: target, rows };
}

import type { PersonRef } from '../../../shared/contract/consents-schemas';
import type { FieldChange } from '../../../shared/contract/rights';
import type { Db } from '../db/driver';

// Rectification history: every save of a mentee or mentor writes one field_history row per field
// whose stored value changed (old → new, who, when, why), in the save's own transaction.

type Stored = string | number | bigint | null | undefined;

/** A stored value as history text: null and '' are both "empty". */
function asText(value: Stored): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Compares the stored columns before and after a save and writes a row for each one that
 * changed. `after` holds exactly the columns the save wrote; columns not in it are ignored.
 * Returns the new rows' ids (none when nothing changed).
 */
export function recordFieldChanges(
  db: Db,
  person: PersonRef,
  before: Record<string, unknown>,
  after: Record<string, Stored>,
  actor: string,
  at: string,
  reason = '',
): number[] {
  const insert = db.prepare(
    `INSERT INTO field_history (person_kind, person_id, field, old_value, new_value, changed_at, changed_by, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ids: number[] = [];
  for (const [field, value] of Object.entries(after)) {
    if (field === 'name_key') continue; // derived from name
    const oldText = asText(before[field] as Stored);
    const newText = asText(value);
    if (oldText === newText) continue;
    ids.push(Number(insert.run(person.kind, person.id, field, oldText, newText, at, actor, reason.trim().slice(0, 500)).lastInsertRowid));
  }
  return ids;
}

interface HistoryRow {
  id: number;
  person_kind: 'mentee' | 'mentor';
  person_id: number;
  field: string;
  old_value: string;
  new_value: string;
  changed_at: string;
  changed_by: string;
  reason: string;
  changed_by_name?: string | null;
}

export function toFieldChange(r: HistoryRow): FieldChange {
  return {
    id: r.id,
    person: { kind: r.person_kind, id: r.person_id },
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    changedAt: r.changed_at,
    changedBy: r.changed_by,
    changedByName: r.changed_by_name ?? r.changed_by,
    reason: r.reason,
  };
}

/** A person's corrections, newest first. */
export function listFieldHistory(db: Db, person: PersonRef): FieldChange[] {
  const rows = db
    .prepare(
      `SELECT h.*, u.display_name AS changed_by_name FROM field_history h LEFT JOIN users u ON u.id = h.changed_by
       WHERE h.person_kind = ? AND h.person_id = ? ORDER BY h.changed_at DESC, h.id DESC`,
    )
    .all(person.kind, person.id) as HistoryRow[];
  return rows.map(toFieldChange);
}

/** The given history rows, which must all belong to the person. */
export function fieldHistoryRows(db: Db, person: PersonRef, ids: readonly number[]): FieldChange[] {
  const rows = db
    .prepare(`SELECT * FROM field_history WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`)
    .all(...ids) as HistoryRow[];
  return rows.filter((r) => r.person_kind === person.kind && r.person_id === person.id).map(toFieldChange);
}

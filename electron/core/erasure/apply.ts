import type { ErasureMode, ErasureSubject } from '../../../shared/contract/erasure';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { newMenteeCode } from '../mentoring/mentees-repo';
import { now } from '../partners/rows';
import { fingerprintOf, planErasure, publicPlan, type InternalPlan, type PlanValue, type Target } from './plan';

// Executes a plan: one statement per table and action over exactly the planned ids, each
// checked to have touched as many rows as planned (else everything rolls back). Anonymising
// keeps what programme statistics count and empties or coarsens what identifies a person.

const IDS = '(SELECT value FROM json_each(?))';

/** What each (table, action) does. blank/unlink keep the row; delete removes it. */
function statement(target: Target, subjectId: number, stamp: string): { sql: string; params: unknown[] } {
  const { table, action } = target;
  // interaction_contacts rows are (interaction, contact) pairs: the ids are the interactions.
  if (table === 'interaction_contacts')
    return { sql: `DELETE FROM ${table} WHERE contact_id = ? AND interaction_id IN ${IDS}`, params: [subjectId] };
  if (action === 'delete') return { sql: `DELETE FROM ${table} WHERE ${table === 'search_index' ? 'rowid' : 'id'} IN ${IDS}`, params: [] };
  if (action === 'unlink') {
    const column = { disclosures: 'person_id', offers: 'contact_id', cases: 'referral_contact_id', case_events: 'mentor_id' }[
      table as 'disclosures' | 'offers' | 'cases' | 'case_events'
    ];
    if (!column) throw new Error(`no unlink for ${table}`);
    return { sql: `UPDATE ${table} SET ${column} = NULL WHERE id IN ${IDS}`, params: [] };
  }
  const blank: Partial<Record<typeof table, string>> = {
    cases: "referral_reason = '', ended_reason = '', evaluation = '', agreement = NULL, referral_contact_id = NULL, updated_at = ?",
    case_events: "reason = ''",
    case_goals: "description = '', note = ''",
    case_mentors: "end_reason = ''",
    meetings: "note = '', topics = '[]'",
    follow_ups: "note = ''",
  };
  const set = blank[table];
  if (!set) throw new Error(`no blank for ${table}`);
  return { sql: `UPDATE ${table} SET ${set} WHERE id IN ${IDS}`, params: table === 'cases' ? [stamp] : [] };
}

function anonymiseMentee(db: Db, id: number, stamp: string): number {
  // Kept: gender, a five-year birth band, languages and level, education level, fields of work,
  // goals, recognition status, municipality. A new random code cuts the link to anything that
  // was printed or sent with the old one.
  return db
    .prepare(
      `UPDATE mentees SET code = ?, name = '', email = '', phone = '',
         birth_year = CASE WHEN birth_year IS NULL THEN NULL ELSE birth_year - birth_year % 5 END,
         education_field = '', education_country = '', profession = '', experience_years = NULL,
         availability = '[]', preferred_mentor_gender = 'any', preferences = '', notes = '', name_key = '',
         anonymised_at = coalesce(anonymised_at, ?), updated_at = ?
       WHERE id = ?`,
    )
    .run(newMenteeCode(db), stamp, stamp, id).changes;
}

function anonymiseMentor(db: Db, id: number, stamp: string): number {
  // Kept: gender, languages, fields of work, municipality, capacity, recruitment source, trainings.
  // An anonymous mentor mentors no one new: the status becomes ended.
  return db
    .prepare(
      `UPDATE mentors SET name = '', email = '', phone = '', profession = '', education = '', skills = '[]',
         availability = '[]', vetting_checked_on = NULL, preferences = '', notes = '', name_key = '', status = 'ended',
         anonymised_at = coalesce(anonymised_at, ?), updated_at = ?
       WHERE id = ?`,
    )
    .run(stamp, stamp, id).changes;
}

/**
 * FTS5 then removes a deleted entry's terms from the index pages themselves, instead of leaving
 * them behind a delete marker until the next merge. A persistent setting of the index; set once
 * per erasure or run (setting it per person makes FTS5 reload its structure each time).
 */
export function ftsSecureDelete(db: Db): void {
  db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)").run();
}

/** Runs one plan's statements. Call inside a transaction; throws (so it rolls back) on any mismatch. */
export function executePlan(db: Db, plan: InternalPlan): void {
  const stamp = now();
  for (const target of plan.targets) {
    let changes: number;
    if (target.action === 'blank' && target.table === 'mentees') changes = anonymiseMentee(db, plan.subject.id, stamp);
    else if (target.action === 'blank' && target.table === 'mentors') changes = anonymiseMentor(db, plan.subject.id, stamp);
    else {
      const { sql, params } = statement(target, plan.subject.id, stamp);
      changes = db.prepare(sql).run(...params, JSON.stringify(target.ids)).changes;
    }
    if (changes !== target.ids.length) {
      throw new CoreError('INTERNAL', `${target.table} ${target.action}: ${changes} rows, planned ${target.ids.length}`);
    }
  }
  verifyDone(db, plan);
}

/** After the statements: the person's row is gone or anonymised, and nothing links to them any more. */
function verifyDone(db: Db, plan: InternalPlan): void {
  const { kind, id } = plan.subject;
  const table = { mentee: 'mentees', mentor: 'mentors', contact: 'contacts' }[kind];
  const row = db.prepare(`SELECT ${kind === 'contact' ? 'NULL' : 'anonymised_at'} AS a FROM ${table} WHERE id = ?`).get(id) as
    { a: string | null } | undefined;
  const ok = plan.personRow === 'delete' ? row === undefined : row?.a != null;
  const leftover =
    kind === 'contact'
      ? db
          .prepare('SELECT 1 FROM memberships WHERE contact_id = ? UNION ALL SELECT 1 FROM interaction_contacts WHERE contact_id = ?')
          .get(id, id)
      : db
          .prepare(
            `SELECT 1 FROM consents WHERE person_kind = @kind AND person_id = @id UNION ALL SELECT 1 FROM disclosures WHERE person_kind = @kind AND person_id = @id
             UNION ALL SELECT 1 FROM field_history WHERE person_kind = @kind AND person_id = @id`,
          )
          .get({ kind, id });
  if (!ok || leftover) throw new CoreError('INTERNAL', `${kind} ${id} not fully ${plan.mode === 'erase' ? 'erased' : 'anonymised'}`);
}

/** Audit details: rows per table and action, e.g. { "cases.delete": 2 }. Counts only. */
export function auditCounts(targets: Target[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of targets) out[`${t.table}.${t.action}`] = (out[`${t.table}.${t.action}`] ?? 0) + t.ids.length;
  return out;
}

/**
 * Erases or anonymises one person exactly as previewed: the plan is computed again inside the
 * write transaction and must have the preview's fingerprint. One audit row with counts.
 */
export function applyErasure(db: Db, subject: ErasureSubject, mode: ErasureMode, fingerprint: string, actor: string): PlanValue {
  const plan = db
    .transaction(() => {
      ftsSecureDelete(db);
      const current = planErasure(db, subject, mode);
      if (fingerprintOf(current) !== fingerprint) throw new CoreError('INVALID_INPUT', 'the register changed since the preview');
      executePlan(db, current);
      appendAudit(db, {
        actor,
        action: current.personRow === 'delete' ? 'person.erased' : 'person.anonymised',
        entity: subject.kind,
        entityId: String(subject.id),
        details: { mode, ...auditCounts(current.targets) },
      });
      return current;
    })
    .immediate();
  scrubFreedSpace(db);
  return publicPlan(plan);
}

/**
 * secure_delete zeroes the freed pages; this also folds the full-text index into fresh
 * segments (so no old segment still holds an erased word) and empties the WAL, whose frames
 * would otherwise keep older copies of the pages until the next checkpoint.
 */
export function scrubFreedSpace(db: Db): void {
  db.prepare("INSERT INTO search_index (search_index) VALUES ('optimize')").run();
  db.pragma('wal_checkpoint(TRUNCATE)');
}

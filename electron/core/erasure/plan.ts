import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  ERASURE_TABLES,
  type ErasureAction,
  type ErasureMode,
  type ErasurePlan,
  type ErasureSubject,
  type ErasureTable,
} from '../../../shared/contract/erasure';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';

// The one planner: every row that erasing or anonymising a person deletes, blanks or unlinks,
// by id. The preview shows its counts; apply executes exactly these ids and checks each
// statement touched as many rows as planned. Rows not listed stay as they are.

export type PlanValue = z.output<typeof ErasurePlan>;

export interface Target {
  table: ErasureTable;
  action: ErasureAction;
  ids: number[];
}

export interface InternalPlan extends Omit<PlanValue, 'steps' | 'fingerprint'> {
  targets: Target[];
}

/** Search rowids: id * 8 + kind slot (electron/core/partners/search-index.ts). */
const SEARCH_SLOT = { contact: 1, mentor: 3, mentee: 4 } as const;

const OPEN_STATUSES = "('matched', 'active', 'paused')";

function ids(db: Db, sql: string, ...params: unknown[]): number[] {
  return (db.prepare(sql).all(...params) as { id: number }[]).map((r) => r.id);
}

function inList(list: number[]): string {
  return JSON.stringify(list);
}

class Collector {
  readonly targets: Target[] = [];
  add(table: ErasureTable, action: ErasureAction, list: number[]): void {
    if (list.length > 0) this.targets.push({ table, action, ids: [...list].sort((a, b) => a - b) });
  }
}

/** Consents (with their evidence files), rectification history, queue entry and disclosures of a mentee or mentor. */
function personRecords(db: Db, c: Collector, kind: 'mentee' | 'mentor', id: number): void {
  const consents = ids(db, 'SELECT id FROM consents WHERE person_kind = ? AND person_id = ?', kind, id);
  c.add('consents', 'delete', consents);
  c.add(
    'files',
    'delete',
    ids(
      db,
      `SELECT DISTINCT evidence_file_id AS id FROM consents WHERE id IN (SELECT value FROM json_each(?)) AND evidence_file_id IS NOT NULL
       AND evidence_file_id NOT IN (SELECT evidence_file_id FROM consents WHERE evidence_file_id IS NOT NULL AND id NOT IN (SELECT value FROM json_each(?)))`,
      inList(consents),
      inList(consents),
    ),
  );
  c.add('field_history', 'delete', ids(db, 'SELECT id FROM field_history WHERE person_kind = ? AND person_id = ?', kind, id));
  c.add('erasure_queue', 'delete', ids(db, 'SELECT id FROM erasure_queue WHERE person_kind = ? AND person_id = ?', kind, id));
  c.add('disclosures', 'unlink', ids(db, 'SELECT id FROM disclosures WHERE person_kind = ? AND person_id = ?', kind, id));
}

function searchEntry(db: Db, c: Collector, kind: keyof typeof SEARCH_SLOT, id: number): void {
  const rowid = id * 8 + SEARCH_SLOT[kind];
  if (db.prepare('SELECT 1 FROM search_index WHERE rowid = ?').get(rowid)) c.add('search_index', 'delete', [rowid]);
}

function queuedReason(db: Db, kind: string, id: number): PlanValue['queued'] {
  const row = db.prepare('SELECT reason FROM erasure_queue WHERE person_kind = ? AND person_id = ?').get(kind, id) as
    { reason: NonNullable<PlanValue['queued']> } | undefined;
  return row?.reason ?? null;
}

function planMentee(db: Db, id: number, mode: ErasureMode): InternalPlan {
  const row = db.prepare('SELECT code, anonymised_at FROM mentees WHERE id = ?').get(id) as
    { code: string; anonymised_at: string | null } | undefined;
  if (!row) throw new CoreError('NOT_FOUND', `mentee ${id}`);
  if (row.anonymised_at && mode === 'anonymise') throw new CoreError('PERSON_ERASED', `mentee ${id} is anonymised`);
  const c = new Collector();
  personRecords(db, c, 'mentee', id);
  const cases = ids(db, 'SELECT id FROM cases WHERE mentee_id = ?', id);
  const inCases = (table: string) => ids(db, `SELECT id FROM ${table} WHERE case_id IN (SELECT value FROM json_each(?))`, inList(cases));
  // Erasure deletes the courses; anonymisation keeps dates, statuses, types and outcomes for
  // the programme statistics and empties every free text.
  const courseAction: ErasureAction = mode === 'erase' ? 'delete' : 'blank';
  for (const table of ['follow_ups', 'meetings', 'case_goals', 'case_events', 'case_mentors'] as const)
    c.add(table, courseAction, inCases(table));
  c.add('cases', courseAction, cases);
  c.add('mentees', mode === 'erase' ? 'delete' : 'blank', [id]);
  searchEntry(db, c, 'mentee', id);
  const open = db.prepare(`SELECT count(*) AS n FROM cases WHERE mentee_id = ? AND status IN ${OPEN_STATUSES}`).get(id) as { n: number };
  return {
    subject: { kind: 'mentee', id },
    label: row.code,
    mode,
    personRow: mode === 'erase' ? 'delete' : 'anonymise',
    queued: queuedReason(db, 'mentee', id),
    openCourses: open.n,
    targets: c.targets,
  };
}

function planMentor(db: Db, id: number, mode: ErasureMode): InternalPlan {
  const row = db.prepare('SELECT name, anonymised_at FROM mentors WHERE id = ?').get(id) as
    { name: string; anonymised_at: string | null } | undefined;
  if (!row) throw new CoreError('NOT_FOUND', `mentor ${id}`);
  if (row.anonymised_at && mode === 'anonymise') throw new CoreError('PERSON_ERASED', `mentor ${id} is anonymised`);
  // Courses of mentees point at their mentor; erasing the mentor must not take the mentees'
  // courses with it, so a mentor with course history keeps an anonymous row.
  const referenced = Boolean(
    db.prepare('SELECT 1 FROM cases WHERE mentor_id = ? UNION ALL SELECT 1 FROM case_mentors WHERE mentor_id = ? LIMIT 1').get(id, id),
  );
  const personRow: PlanValue['personRow'] = mode === 'anonymise' ? 'anonymise' : referenced ? 'anonymise-kept' : 'delete';
  const c = new Collector();
  personRecords(db, c, 'mentor', id);
  c.add('case_mentors', 'blank', ids(db, "SELECT id FROM case_mentors WHERE mentor_id = ? AND end_reason <> ''", id));
  if (personRow === 'delete') c.add('case_events', 'unlink', ids(db, 'SELECT id FROM case_events WHERE mentor_id = ?', id));
  if (mode === 'erase') c.add('mentor_trainings', 'delete', ids(db, 'SELECT id FROM mentor_trainings WHERE mentor_id = ?', id));
  c.add('mentors', personRow === 'delete' ? 'delete' : 'blank', [id]);
  searchEntry(db, c, 'mentor', id);
  const open = db.prepare(`SELECT count(*) AS n FROM cases WHERE mentor_id = ? AND status IN ${OPEN_STATUSES}`).get(id) as { n: number };
  return {
    subject: { kind: 'mentor', id },
    label: row.anonymised_at ? `#${id}` : row.name,
    mode,
    personRow,
    queued: queuedReason(db, 'mentor', id),
    openCourses: open.n,
    targets: c.targets,
  };
}

function planContact(db: Db, id: number, mode: ErasureMode): InternalPlan {
  // A contact person is a professional contact: nothing about them is needed for statistics.
  if (mode !== 'erase') throw new CoreError('INVALID_INPUT', 'contact persons are erased, not anonymised');
  const row = db.prepare('SELECT name FROM contacts WHERE id = ?').get(id) as { name: string } | undefined;
  if (!row) throw new CoreError('NOT_FOUND', `contact ${id}`);
  const c = new Collector();
  // An interaction with this person alone is about them and goes; one with others stays
  // without them.
  const mine = ids(db, 'SELECT interaction_id AS id FROM interaction_contacts WHERE contact_id = ?', id);
  const alone = ids(
    db,
    `SELECT interaction_id AS id FROM interaction_contacts WHERE interaction_id IN (SELECT value FROM json_each(?))
     GROUP BY interaction_id HAVING count(*) = 1`,
    inList(mine),
  );
  c.add('interactions', 'delete', alone);
  c.add(
    'interaction_contacts',
    'delete',
    mine.filter((i) => !alone.includes(i)),
  );
  c.add('memberships', 'delete', ids(db, 'SELECT id FROM memberships WHERE contact_id = ?', id));
  c.add('offers', 'unlink', ids(db, 'SELECT id FROM offers WHERE contact_id = ?', id));
  c.add('cases', 'unlink', ids(db, 'SELECT id FROM cases WHERE referral_contact_id = ?', id));
  c.add('contacts', 'delete', [id]);
  searchEntry(db, c, 'contact', id);
  return { subject: { kind: 'contact', id }, label: row.name, mode, personRow: 'delete', queued: null, openCourses: 0, targets: c.targets };
}

/** Plans erasing or anonymising one person. NOT_FOUND if there is none; PERSON_ERASED to anonymise twice. */
export function planErasure(db: Db, subject: ErasureSubject, mode: ErasureMode): InternalPlan {
  const plan =
    subject.kind === 'mentee'
      ? planMentee(db, subject.id, mode)
      : subject.kind === 'mentor'
        ? planMentor(db, subject.id, mode)
        : planContact(db, subject.id, mode);
  const order = (t: Target) => ERASURE_TABLES.indexOf(t.table);
  plan.targets.sort((a, b) => order(a) - order(b));
  return plan;
}

/** A hash of exactly which rows a plan touches and how. */
export function fingerprintOf(plan: Pick<InternalPlan, 'subject' | 'mode' | 'personRow' | 'targets'>): string {
  return createHash('sha256')
    .update(JSON.stringify([plan.subject, plan.mode, plan.personRow, plan.targets]))
    .digest('hex');
}

/** The plan as the contract gives it out: counts per table and action, no ids. */
export function publicPlan(plan: InternalPlan): PlanValue {
  const { targets, ...rest } = plan;
  return {
    ...rest,
    steps: targets.map((t) => ({ table: t.table, action: t.action, count: t.ids.length })),
    fingerprint: fingerprintOf(plan),
  };
}

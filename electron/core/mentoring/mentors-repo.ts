import type { z } from 'zod';
import type { Mentor, MentorInput, MentorRow, MentorStatus } from '../../../shared/contract';
import { canMoveMentor, WITH_MENTOR } from '../../../shared/mentoring/lifecycle';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { nameKey, now } from '../partners/rows';
import { indexEntity, unindexEntity } from '../partners/search-index';
import { recordFieldChanges } from '../rights/field-history';
import { parseJson } from './rows';

type MentorValue = z.output<typeof Mentor>;
type Input = z.output<typeof MentorInput>;

export interface MentorRecord {
  id: number;
  name: string;
  email: string;
  phone: string;
  gender: MentorValue['gender'];
  languages: string;
  industries: string;
  profession: string;
  education: string;
  skills: string;
  municipality: string;
  availability: string;
  capacity: number;
  status: MentorStatus;
  recruitment_source: MentorValue['recruitmentSource'];
  vetting_checked_on: string | null;
  preferences: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const HELD = `(${WITH_MENTOR.map((s) => `'${s}'`).join(', ')})`;
/** SQL for the number of cases a mentor holds now, per mentor id. */
export const MENTOR_LOAD = `SELECT mentor_id AS id, count(*) AS load FROM cases WHERE status IN ${HELD} GROUP BY mentor_id`;

export function listMentors(db: Db, includeEnded: boolean): z.output<typeof MentorRow>[] {
  const rows = db
    .prepare(
      `WITH load AS (${MENTOR_LOAD}),
       trainings AS (SELECT mentor_id AS id, count(*) AS n FROM mentor_trainings GROUP BY mentor_id)
       SELECT m.*, coalesce(load.load, 0) AS load, coalesce(trainings.n, 0) AS trainings
       FROM mentors m LEFT JOIN load ON load.id = m.id LEFT JOIN trainings ON trainings.id = m.id
       WHERE (? OR m.status <> 'ended') AND m.anonymised_at IS NULL ORDER BY m.name_key`,
    )
    .all(includeEnded ? 1 : 0) as (MentorRecord & { load: number; trainings: number })[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    municipality: r.municipality,
    industries: parseJson(r.industries, []),
    profession: r.profession,
    languages: parseJson<{ code: string }[]>(r.languages, []).map((l) => l.code),
    capacity: r.capacity,
    load: r.load,
    trainings: r.trainings,
    recruitmentSource: r.recruitment_source,
    updatedAt: r.updated_at,
  }));
}

export function getMentor(db: Db, id: number): MentorValue {
  const r = db.prepare('SELECT * FROM mentors WHERE id = ?').get(id) as MentorRecord | undefined;
  if (!r) throw new CoreError('NOT_FOUND', `mentor ${id}`);
  // Anonymised: what is left is statistics, not a person to show (erasure, electron/core/erasure).
  if ((r as { anonymised_at?: string | null }).anonymised_at) throw new CoreError('PERSON_ERASED', `mentor ${id}`);
  const trainings = db
    .prepare('SELECT date, title FROM mentor_trainings WHERE mentor_id = ? ORDER BY date')
    .all(id) as MentorValue['trainings'];
  const cases = db
    .prepare(
      `SELECT c.id, c.status, e.code AS menteeCode, cm.from_date AS "from"
       FROM case_mentors cm JOIN cases c ON c.id = cm.case_id JOIN mentees e ON e.id = c.mentee_id
       WHERE cm.mentor_id = ? AND cm.to_date IS NULL ORDER BY cm.from_date DESC`,
    )
    .all(id) as MentorValue['cases'];
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    gender: r.gender,
    languages: parseJson(r.languages, []),
    industries: parseJson(r.industries, []),
    profession: r.profession,
    education: r.education,
    skills: parseJson(r.skills, []),
    municipality: r.municipality,
    availability: parseJson(r.availability, []),
    capacity: r.capacity,
    recruitmentSource: r.recruitment_source,
    trainings,
    vettingCheckedOn: r.vetting_checked_on,
    preferences: r.preferences,
    notes: r.notes,
    status: r.status,
    load: mentorLoad(db, id),
    cases,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function mentorLoad(db: Db, id: number): number {
  return (db.prepare(`SELECT count(*) AS n FROM cases WHERE mentor_id = ? AND status IN ${HELD}`).get(id) as { n: number }).n;
}

function reindexMentor(db: Db, id: number): void {
  const m = db.prepare('SELECT name, email, phone, profession, municipality, skills, notes FROM mentors WHERE id = ?').get(id) as
    { name: string; email: string; phone: string; profession: string; municipality: string; skills: string; notes: string } | undefined;
  if (!m) return unindexEntity(db, 'mentor', id);
  indexEntity(db, 'mentor', id, {
    label: m.name,
    subtitle: [m.profession, m.municipality].filter(Boolean).join(' · '),
    title: m.name,
    body: `${m.email} ${m.phone} ${m.profession} ${m.municipality} ${parseJson<string[]>(m.skills, []).join(' ')} ${m.notes}`,
  });
}

/** Creates (as an applicant) or updates a mentor; the status changes only through setMentorStatus. */
export function saveMentor(db: Db, input: Input, actor: string): number {
  return db.transaction(() => {
    // An anonymised mentor is statistics now; saving would bring a person back (electron/core/erasure).
    if (
      input.id !== undefined &&
      (db.prepare('SELECT anonymised_at AS a FROM mentors WHERE id = ?').get(input.id) as { a: string | null } | undefined)?.a
    )
      throw new CoreError('PERSON_ERASED', `mentor ${input.id}`);
    const stamp = now();
    const values = [
      input.name,
      input.email,
      input.phone,
      input.gender,
      JSON.stringify(input.languages),
      JSON.stringify(input.industries),
      input.profession,
      input.education,
      JSON.stringify(input.skills),
      input.municipality,
      JSON.stringify(input.availability),
      input.capacity,
      input.recruitmentSource,
      input.vettingCheckedOn,
      input.preferences,
      input.notes,
      nameKey(input.name),
    ];
    const columns =
      'name, email, phone, gender, languages, industries, profession, education, skills, municipality, availability, capacity, recruitment_source, vetting_checked_on, preferences, notes, name_key';
    let id = input.id;
    // The stored row before the save, for the rectification history (field_history).
    const before =
      id === undefined ? undefined : (db.prepare('SELECT * FROM mentors WHERE id = ?').get(id) as Record<string, unknown> | undefined);
    if (id === undefined) {
      id = Number(
        db
          .prepare(`INSERT INTO mentors (${columns}, created_at, updated_at) VALUES (${values.map(() => '?').join(', ')}, ?, ?)`)
          .run(...values, stamp, stamp).lastInsertRowid,
      );
    } else {
      const sets = columns
        .split(', ')
        .map((c) => `${c} = ?`)
        .join(', ');
      if (db.prepare(`UPDATE mentors SET ${sets}, updated_at = ? WHERE id = ?`).run(...values, stamp, id).changes === 0) {
        throw new CoreError('NOT_FOUND', `mentor ${id}`);
      }
      db.prepare('DELETE FROM mentor_trainings WHERE mentor_id = ?').run(id);
      if (before) {
        const after = Object.fromEntries(columns.split(', ').map((c, i) => [c, values[i]]));
        recordFieldChanges(db, { kind: 'mentor', id }, before, after, actor, stamp, input.correctionReason);
      }
    }
    const addTraining = db.prepare('INSERT INTO mentor_trainings (mentor_id, date, title) VALUES (?, ?, ?)');
    for (const t of input.trainings) addTraining.run(id, t.date, t.title);
    reindexMentor(db, id);
    appendAudit(db, {
      actor,
      action: input.id === undefined ? 'mentor.created' : 'mentor.updated',
      entity: 'mentor',
      entityId: String(id),
    });
    return id;
  })();
}

/**
 * Moves a mentor along applicant → trained → active ⇄ paused → ended. Refuses a move the
 * lifecycle does not allow, and ending or pausing is allowed while holding cases: the
 * coordinator then rematches them (the board shows which).
 */
export function setMentorStatus(db: Db, id: number, status: MentorStatus, actor: string): void {
  db.transaction(() => {
    const r = db.prepare('SELECT status FROM mentors WHERE id = ?').get(id) as { status: MentorStatus } | undefined;
    if (!r) throw new CoreError('NOT_FOUND', `mentor ${id}`);
    if (!canMoveMentor(r.status, status)) throw new CoreError('MENTOR_TRANSITION_NOT_ALLOWED', `${r.status} → ${status}`);
    db.prepare('UPDATE mentors SET status = ?, updated_at = ? WHERE id = ?').run(status, now(), id);
    appendAudit(db, { actor, action: 'mentor.status', entity: 'mentor', entityId: String(id), details: { from: r.status, to: status } });
  })();
}

/** Deletes a mentor who never had a course; one with course history must be ended instead. */
export function deleteMentor(db: Db, id: number, actor: string): void {
  db.transaction(() => {
    const used = db.prepare('SELECT 1 FROM case_mentors WHERE mentor_id = ? LIMIT 1').get(id);
    if (used) throw new CoreError('IN_USE', `mentor ${id} has courses`);
    if (db.prepare('DELETE FROM mentors WHERE id = ?').run(id).changes === 0) throw new CoreError('NOT_FOUND', `mentor ${id}`);
    unindexEntity(db, 'mentor', id);
    appendAudit(db, { actor, action: 'mentor.deleted', entity: 'mentor', entityId: String(id) });
  })();
}

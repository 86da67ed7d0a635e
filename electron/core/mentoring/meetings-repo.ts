import type { z } from 'zod';
import type { FollowUp, FollowUpInput, Meeting, MeetingInput } from '../../../shared/contract';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { now } from '../partners/rows';
import { parseJson } from './rows';

type MeetingValue = z.output<typeof Meeting>;
type FollowUpValue = z.output<typeof FollowUp>;

export function readMeetings(db: Db, caseId: number): MeetingValue[] {
  const rows = db
    .prepare('SELECT id, case_id, date, type, duration_minutes, topics, note FROM meetings WHERE case_id = ? ORDER BY date DESC, id DESC')
    .all(caseId) as {
    id: number;
    case_id: number;
    date: string;
    type: MeetingValue['type'];
    duration_minutes: number | null;
    topics: string;
    note: string;
  }[];
  return rows.map((m) => ({
    id: m.id,
    caseId: m.case_id,
    date: m.date,
    type: m.type,
    durationMinutes: m.duration_minutes,
    topics: parseJson(m.topics, []),
    note: m.note,
  }));
}

export function readFollowUps(db: Db, caseId: number): FollowUpValue[] {
  return db
    .prepare(
      'SELECT id, case_id AS caseId, due_on AS dueOn, done_on AS doneOn, result, note FROM follow_ups WHERE case_id = ? ORDER BY due_on',
    )
    .all(caseId) as FollowUpValue[];
}

function caseStatus(db: Db, caseId: number): string {
  const r = db.prepare('SELECT status FROM cases WHERE id = ?').get(caseId) as { status: string } | undefined;
  if (!r) throw new CoreError('NOT_FOUND', `case ${caseId}`);
  return r.status;
}

/**
 * Logs (or corrects) a meeting. A future date is a planned meeting. A closed course takes only
 * follow-up meetings.
 */
export function saveMeeting(db: Db, input: z.output<typeof MeetingInput>, actor: string): MeetingValue {
  return db.transaction(() => {
    if (caseStatus(db, input.caseId) === 'closed' && input.type !== 'follow-up') throw new CoreError('CASE_CLOSED', `case ${input.caseId}`);
    const values = [input.date, input.type, input.durationMinutes, JSON.stringify(input.topics), input.note];
    let id = input.id;
    if (id === undefined) {
      id = Number(
        db
          .prepare('INSERT INTO meetings (case_id, date, type, duration_minutes, topics, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(input.caseId, ...values, now()).lastInsertRowid,
      );
    } else if (
      db
        .prepare('UPDATE meetings SET date = ?, type = ?, duration_minutes = ?, topics = ?, note = ? WHERE id = ? AND case_id = ?')
        .run(...values, id, input.caseId).changes === 0
    ) {
      throw new CoreError('NOT_FOUND', `meeting ${id}`);
    }
    db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now(), input.caseId);
    appendAudit(db, {
      actor,
      action: input.id === undefined ? 'meeting.logged' : 'meeting.updated',
      entity: 'case',
      entityId: String(input.caseId),
    });
    return { ...input, id };
  })();
}

export function deleteMeeting(db: Db, id: number, actor: string): void {
  db.transaction(() => {
    const r = db.prepare('SELECT case_id FROM meetings WHERE id = ?').get(id) as { case_id: number } | undefined;
    if (!r) throw new CoreError('NOT_FOUND', `meeting ${id}`);
    db.prepare('DELETE FROM meetings WHERE id = ?').run(id);
    appendAudit(db, { actor, action: 'meeting.deleted', entity: 'case', entityId: String(r.case_id) });
  })();
}

/** Plans a follow-up (called when a course closes). */
export function scheduleFollowUp(db: Db, caseId: number, dueOn: string): void {
  db.prepare('INSERT INTO follow_ups (case_id, due_on) VALUES (?, ?)').run(caseId, dueOn);
}

/** Plans, records the result of, or corrects a follow-up. A result needs the day it was done. */
export function saveFollowUp(db: Db, input: z.output<typeof FollowUpInput>, actor: string): FollowUpValue {
  return db.transaction(() => {
    caseStatus(db, input.caseId);
    if (input.result !== null && input.doneOn === null) throw new CoreError('INVALID_INPUT', 'a follow-up result needs doneOn');
    const values = [input.dueOn, input.doneOn, input.result, input.note];
    let id = input.id;
    if (id === undefined) {
      id = Number(
        db.prepare('INSERT INTO follow_ups (case_id, due_on, done_on, result, note) VALUES (?, ?, ?, ?, ?)').run(input.caseId, ...values)
          .lastInsertRowid,
      );
    } else if (
      db
        .prepare('UPDATE follow_ups SET due_on = ?, done_on = ?, result = ?, note = ? WHERE id = ? AND case_id = ?')
        .run(...values, id, input.caseId).changes === 0
    ) {
      throw new CoreError('NOT_FOUND', `follow-up ${id}`);
    }
    appendAudit(db, {
      actor,
      action: input.id === undefined ? 'followup.planned' : 'followup.updated',
      entity: 'case',
      entityId: String(input.caseId),
    });
    return { ...input, id };
  })();
}

export function deleteFollowUp(db: Db, id: number, actor: string): void {
  db.transaction(() => {
    const r = db.prepare('SELECT case_id FROM follow_ups WHERE id = ?').get(id) as { case_id: number } | undefined;
    if (!r) throw new CoreError('NOT_FOUND', `follow-up ${id}`);
    db.prepare('DELETE FROM follow_ups WHERE id = ?').run(id);
    appendAudit(db, { actor, action: 'followup.deleted', entity: 'case', entityId: String(r.case_id) });
  })();
}

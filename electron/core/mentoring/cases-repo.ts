import type { z } from 'zod';
import type { Case, CaseDetailsInput, CaseOpenInput, CaseRow, CaseStatus, CaseTransitionInput } from '../../../shared/contract';
import { AgreementInput } from '../../../shared/contract';
import { CASE_STATUSES } from '../../../shared/contract/mentoring-schemas';
import { CASE_TRANSITIONS, WITH_MENTOR } from '../../../shared/mentoring/lifecycle';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { now } from '../partners/rows';
import { readFollowUps, readMeetings, scheduleFollowUp } from './meetings-repo';
import { buildTimeline, type StatusEvent } from './timeline';
import { mentorLoad } from './mentors-repo';
import { readMentee } from './mentees-repo';
import { addMonths, localToday, parseJson } from './rows';

type CaseValue = z.output<typeof Case>;
type Agreement = z.output<typeof AgreementInput>;

interface CaseRecord {
  id: number;
  mentee_id: number;
  mentor_id: number | null;
  coordinator: string;
  status: CaseStatus;
  status_since: string;
  referral_organisation_id: number | null;
  referral_contact_id: number | null;
  referred_on: string;
  referral_reason: string;
  intake_on: string | null;
  waiting_since: string | null;
  matched_on: string | null;
  started_on: string | null;
  closed_on: string | null;
  outcome: NonNullable<CaseValue['closing']>['outcome'] | null;
  ended_reason: string;
  evaluation: string;
  agreement: string | null;
  agreement_on: string | null;
  created_at: string;
  updated_at: string;
}

export function readCase(db: Db, id: number): CaseRecord {
  const r = db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRecord | undefined;
  if (!r) throw new CoreError('NOT_FOUND', `case ${id}`);
  return r;
}

/**
 * Every case for the list and the board, with the mentee's code and the meetings held so far
 * (planned meetings after `today` are not counted, as in "this week").
 */
/** The open statuses, listed so the status index finds the courses (`<> 'closed'` reads them all). */
const OPEN_IN = CASE_STATUSES.filter((s) => s !== 'closed')
  .map((s) => `'${s}'`)
  .join(', ');

/**
 * The courses with their last meeting so far: the open ones, and the closed ones when
 * `includeClosed` is true, or only those whose status changed on or after `closedSince` (a day).
 */
export function listCases(db: Db, includeClosed: boolean, today = localToday(), closedSince?: string): z.output<typeof CaseRow>[] {
  // Through the (status, status since) index: the open statuses, and of the closed courses all
  // or a recent range, never a scan of every course for the board.
  const closed = !includeClosed
    ? ''
    : closedSince === undefined
      ? "OR c.status = 'closed'"
      : "OR (c.status = 'closed' AND c.status_since >= @since)";
  const rows = db
    .prepare(
      // Per-case lookups in the (case_id, date) index rather than aggregating all meetings: the
      // open courses are a third of the register and their meetings a small part of 300,000.
      `SELECT c.id, c.status, c.mentee_id, e.code, e.name AS mentee_name, e.municipality, c.mentor_id, m.name AS mentor_name, m.anonymised_at AS mentor_anonymised_at,
              c.coordinator, coalesce(rc.name, ro.name) AS referrer, c.referred_on, c.status_since, c.outcome,
              (SELECT max(date) FROM meetings WHERE case_id = c.id AND date <= @today) AS last,
              (SELECT count(*) FROM meetings WHERE case_id = c.id AND date <= @today) AS n
       FROM cases c JOIN mentees e ON e.id = c.mentee_id LEFT JOIN mentors m ON m.id = c.mentor_id
       LEFT JOIN organisations ro ON ro.id = c.referral_organisation_id LEFT JOIN contacts rc ON rc.id = c.referral_contact_id
       WHERE c.status IN (${OPEN_IN}) ${closed} ORDER BY c.id`,
    )
    .all({ today, ...(includeClosed && closedSince !== undefined ? { since: closedSince } : {}) }) as {
    id: number;
    status: CaseStatus;
    mentee_id: number;
    code: string;
    mentee_name: string;
    municipality: string;
    mentor_id: number | null;
    mentor_name: string | null;
    mentor_anonymised_at: string | null;
    coordinator: string;
    referrer: string | null;
    referred_on: string;
    status_since: string;
    last: string | null;
    n: number;
    outcome: CaseRecord['outcome'];
  }[];
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    menteeId: r.mentee_id,
    menteeCode: r.code,
    menteeName: r.mentee_name,
    mentorId: r.mentor_id,
    mentorName: r.mentor_name,
    mentorAnonymised: r.mentor_anonymised_at !== null,
    coordinator: r.coordinator,
    referrerName: r.referrer,
    referredOn: r.referred_on,
    statusSince: r.status_since,
    lastMeeting: r.last,
    meetings: r.n,
    outcome: r.outcome,
    municipality: r.municipality,
  }));
}

function allowedFrom(r: CaseRecord): CaseStatus[] {
  // Becoming active needs the start agreement: offering it before then would only fail.
  return CASE_TRANSITIONS[r.status].filter((to) => to !== 'active' || r.agreement !== null);
}

export function getCase(db: Db, id: number): CaseValue {
  const r = readCase(db, id);
  const mentee = readMentee(db, r.mentee_id);
  const name = (table: 'mentors' | 'organisations' | 'contacts', ref: number | null): string | null =>
    ref === null ? null : ((db.prepare(`SELECT name FROM ${table} WHERE id = ?`).get(ref) as { name: string } | undefined)?.name ?? null);
  const goals = db
    .prepare('SELECT id, kind, description, progress, note FROM case_goals WHERE case_id = ? ORDER BY id')
    .all(id) as CaseValue['goals'];
  const meetings = readMeetings(db, id);
  const followUps = readFollowUps(db, id);
  const mentorHistory = db
    .prepare(
      `SELECT cm.mentor_id AS mentorId, m.name AS mentorName, m.anonymised_at IS NOT NULL AS mentorAnonymised, cm.from_date AS "from", cm.to_date AS "to", cm.end_reason AS endReason
       FROM case_mentors cm JOIN mentors m ON m.id = cm.mentor_id WHERE cm.case_id = ? ORDER BY cm.from_date, cm.id`,
    )
    .all(id)
    .map((p) => ({
      ...(p as CaseValue['mentorHistory'][number]),
      mentorAnonymised: Boolean((p as { mentorAnonymised: number }).mentorAnonymised),
    }));
  const events = db
    .prepare(
      `SELECT ev.date, ev.from_status, ev.to_status, ev.reason, m.name AS mentor_name, m.anonymised_at IS NOT NULL AS mentor_anonymised
       FROM case_events ev LEFT JOIN mentors m ON m.id = ev.mentor_id WHERE ev.case_id = ? ORDER BY ev.id`,
    )
    .all(id) as StatusEvent[];
  const agreement = r.agreement === null ? null : AgreementInput.parse(parseJson(r.agreement, {}));

  const timeline = buildTimeline(events, r.agreement_on, meetings, followUps);

  return {
    id: r.id,
    status: r.status,
    mentee: { id: mentee.id, code: mentee.code, name: mentee.name },
    mentor:
      r.mentor_id === null
        ? null
        : {
            id: r.mentor_id,
            name: name('mentors', r.mentor_id) ?? '',
            anonymised: db.prepare('SELECT 1 FROM mentors WHERE id = ? AND anonymised_at IS NOT NULL').get(r.mentor_id) !== undefined,
          },
    coordinator: r.coordinator,
    referral: {
      organisationId: r.referral_organisation_id,
      organisationName: name('organisations', r.referral_organisation_id),
      contactId: r.referral_contact_id,
      contactName: name('contacts', r.referral_contact_id),
      date: r.referred_on,
      reason: r.referral_reason,
    },
    dates: {
      referredOn: r.referred_on,
      intakeOn: r.intake_on,
      waitingSince: r.waiting_since,
      matchedOn: r.matched_on,
      startedOn: r.started_on,
      closedOn: r.closed_on,
      statusSince: r.status_since,
    },
    agreement,
    goals,
    meetings,
    followUps,
    closing:
      r.outcome === null || r.closed_on === null
        ? null
        : { outcome: r.outcome, endedReason: r.ended_reason, evaluation: r.evaluation, date: r.closed_on },
    mentorHistory,
    timeline,
    allowedTransitions: allowedFrom(r),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function checkReferral(db: Db, referral: z.output<typeof CaseOpenInput>['referral']): void {
  if (referral.organisationId !== null && !db.prepare('SELECT 1 FROM organisations WHERE id = ?').get(referral.organisationId)) {
    throw new CoreError('NOT_FOUND', `organisation ${referral.organisationId}`);
  }
  if (referral.contactId !== null && !db.prepare('SELECT 1 FROM contacts WHERE id = ?').get(referral.contactId)) {
    throw new CoreError('NOT_FOUND', `contact ${referral.contactId}`);
  }
}

function addEvent(db: Db, caseId: number, date: string, from: CaseStatus | null, to: CaseStatus, mentorId: number | null, reason: string) {
  db.prepare(
    'INSERT INTO case_events (case_id, date, from_status, to_status, mentor_id, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(caseId, date, from, to, mentorId, reason, now());
}

/** Records a referral: a new case in `referred` for an existing mentee. */
export function openCase(db: Db, input: z.output<typeof CaseOpenInput>, actor: string): number {
  return db.transaction(() => {
    readMentee(db, input.menteeId);
    checkReferral(db, input.referral);
    const stamp = now();
    const { referral } = input;
    const id = Number(
      db
        .prepare(
          `INSERT INTO cases (mentee_id, coordinator, status, status_since, referral_organisation_id, referral_contact_id, referred_on, referral_reason, created_at, updated_at)
           VALUES (?, ?, 'referred', ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.menteeId,
          input.coordinator,
          referral.date,
          referral.organisationId,
          referral.contactId,
          referral.date,
          referral.reason,
          stamp,
          stamp,
        ).lastInsertRowid,
    );
    addEvent(db, id, referral.date, null, 'referred', null, '');
    appendAudit(db, { actor, action: 'case.opened', entity: 'case', entityId: String(id) });
    return id;
  })();
}

/** Saves the referral, coordinator and goals; the status is changed only by transitionCase. */
export function saveCaseDetails(db: Db, input: z.output<typeof CaseDetailsInput>, actor: string): void {
  db.transaction(() => {
    readCase(db, input.id);
    checkReferral(db, input.referral);
    const { referral } = input;
    db.prepare(
      `UPDATE cases SET coordinator = ?, referral_organisation_id = ?, referral_contact_id = ?, referred_on = ?, referral_reason = ?, updated_at = ? WHERE id = ?`,
    ).run(input.coordinator, referral.organisationId, referral.contactId, referral.date, referral.reason, now(), input.id);
    // Goals keep their ids so progress notes stay with the goal they belong to.
    const keep = input.goals.flatMap((g) => (g.id === undefined ? [] : [g.id]));
    const existing = (db.prepare('SELECT id FROM case_goals WHERE case_id = ?').all(input.id) as { id: number }[]).map((g) => g.id);
    for (const goalId of existing) if (!keep.includes(goalId)) db.prepare('DELETE FROM case_goals WHERE id = ?').run(goalId);
    for (const g of input.goals) {
      if (g.id !== undefined && existing.includes(g.id)) {
        db.prepare('UPDATE case_goals SET kind = ?, description = ?, progress = ?, note = ? WHERE id = ?').run(
          g.kind,
          g.description,
          g.progress,
          g.note,
          g.id,
        );
      } else {
        db.prepare('INSERT INTO case_goals (case_id, kind, description, progress, note) VALUES (?, ?, ?, ?, ?)').run(
          input.id,
          g.kind,
          g.description,
          g.progress,
          g.note,
        );
      }
    }
    appendAudit(db, { actor, action: 'case.updated', entity: 'case', entityId: String(input.id) });
  })();
}

/** Records (or replaces) the start agreement made at the start meeting. */
export function saveAgreement(db: Db, caseId: number, agreement: Agreement, actor: string): void {
  db.transaction(() => {
    const r = readCase(db, caseId);
    if (r.status === 'closed') throw new CoreError('CASE_CLOSED', `case ${caseId}`);
    db.prepare('UPDATE cases SET agreement = ?, agreement_on = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(agreement),
      agreement.date,
      now(),
      caseId,
    );
    appendAudit(db, { actor, action: 'case.agreement', entity: 'case', entityId: String(caseId) });
  })();
}

/**
 * Moves a case along its lifecycle, refusing what the lifecycle does not allow and checking
 * what each step needs: a mentor who is active and has room to match, the start agreement to
 * become active, the outcome (and for an early end, the reason) to close. Closing a course that
 * started plans a follow-up `followUpMonths` after the closing date.
 */
export function transitionCase(db: Db, input: z.output<typeof CaseTransitionInput>, actor: string, followUpMonths: number): void {
  db.transaction(() => {
    const r = readCase(db, input.id);
    const to = input.to;
    if (!CASE_TRANSITIONS[r.status].includes(to)) throw new CoreError('CASE_TRANSITION_NOT_ALLOWED', `${r.status} → ${to}`);
    const date = input.date ?? localToday();
    // A step cannot happen before the one it follows: the timeline and the durations would lie.
    if (date < r.status_since) throw new CoreError('DATE_OUT_OF_ORDER', `${date} < ${r.status_since}`);
    const set: Record<string, string | number | null> = { status: to, status_since: date };
    let eventMentor: number | null = null;
    const endMentorPeriod = (reason: string) =>
      db.prepare('UPDATE case_mentors SET to_date = ?, end_reason = ? WHERE case_id = ? AND to_date IS NULL').run(date, reason, r.id);

    switch (to) {
      case 'intake':
        set.intake_on = date;
        break;
      case 'waiting':
        set.waiting_since = date;
        if (WITH_MENTOR.includes(r.status)) {
          // A rematch: the mentor's part ends, the course waits for a new mentor.
          eventMentor = r.mentor_id;
          endMentorPeriod(input.reason);
          set.mentor_id = null;
          set.matched_on = null;
        }
        break;
      case 'matched': {
        if (input.mentorId === undefined) throw new CoreError('INVALID_INPUT', 'mentorId is required to match');
        const mentor = db.prepare('SELECT status, capacity FROM mentors WHERE id = ?').get(input.mentorId) as
          { status: string; capacity: number } | undefined;
        if (!mentor) throw new CoreError('NOT_FOUND', `mentor ${input.mentorId}`);
        if (mentor.status !== 'active' || mentorLoad(db, input.mentorId) >= mentor.capacity) {
          throw new CoreError('MENTOR_NOT_AVAILABLE', `mentor ${input.mentorId}`);
        }
        set.mentor_id = input.mentorId;
        set.matched_on = date;
        eventMentor = input.mentorId;
        db.prepare('INSERT INTO case_mentors (case_id, mentor_id, from_date) VALUES (?, ?, ?)').run(r.id, input.mentorId, date);
        break;
      }
      case 'active':
        if (r.agreement === null) throw new CoreError('START_AGREEMENT_MISSING', `case ${r.id}`);
        if (r.started_on === null) set.started_on = date;
        break;
      case 'paused':
        break;
      case 'closed': {
        const closing = input.closing;
        if (!closing || (closing.outcome === 'ended-early' && closing.endedReason === ''))
          throw new CoreError('CLOSING_MISSING', `case ${r.id}`);
        set.closed_on = date;
        set.outcome = closing.outcome;
        set.ended_reason = closing.endedReason;
        set.evaluation = closing.evaluation;
        endMentorPeriod('');
        // A follow-up asks how things went after a course; one that never started has none.
        if (r.started_on !== null) scheduleFollowUp(db, r.id, addMonths(date, followUpMonths));
        break;
      }
      case 'referred':
        break;
    }
    const columns = Object.keys(set);
    db.prepare(`UPDATE cases SET ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...columns.map((c) => set[c] ?? null),
      now(),
      r.id,
    );
    addEvent(db, r.id, date, r.status, to, eventMentor, input.reason);
    appendAudit(db, { actor, action: 'case.status', entity: 'case', entityId: String(r.id), details: { from: r.status, to } });
  })();
}

/** Deletes a case with its meetings, goals and follow-ups (the screen asks first). */
export function deleteCase(db: Db, id: number, actor: string): void {
  db.transaction(() => {
    if (db.prepare('DELETE FROM cases WHERE id = ?').run(id).changes === 0) throw new CoreError('NOT_FOUND', `case ${id}`);
    appendAudit(db, { actor, action: 'case.deleted', entity: 'case', entityId: String(id) });
  })();
}

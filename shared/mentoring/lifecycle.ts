import type { CaseStatus, MentorStatus } from '../contract/mentoring-schemas';

// The course and the mentor lifecycles. Core refuses anything not listed here; the screens use
// the same tables to offer only the changes that will be accepted.

/**
 * referred → intake → waiting → matched → active ⇄ paused → closed. A case can close from any
 * open status (declined, moved, ended early). Going back to `waiting` from matched, active or
 * paused is a rematch: the mentor's part ends and a new mentor is found.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  referred: ['intake', 'closed'],
  intake: ['waiting', 'closed'],
  waiting: ['matched', 'closed'],
  matched: ['active', 'waiting', 'closed'],
  active: ['paused', 'waiting', 'closed'],
  paused: ['active', 'waiting', 'closed'],
  closed: [],
};

/** applicant → trained → active ⇄ paused → ended; an applicant or trained mentor can also end. */
export const MENTOR_TRANSITIONS: Readonly<Record<MentorStatus, readonly MentorStatus[]>> = {
  applicant: ['trained', 'ended'],
  trained: ['active', 'ended'],
  active: ['paused', 'ended'],
  paused: ['active', 'ended'],
  ended: [],
};

/** Statuses in which a case holds a mentor (and counts against the mentor's capacity). */
export const WITH_MENTOR: readonly CaseStatus[] = ['matched', 'active', 'paused'];
/** Statuses before a match: the waiting list. */
export const BEFORE_MATCH: readonly CaseStatus[] = ['referred', 'intake', 'waiting'];
/** Statuses of an open (not closed) case. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['referred', 'intake', 'waiting', 'matched', 'active', 'paused'];

export function canMoveCase(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

export function canMoveMentor(from: MentorStatus, to: MentorStatus): boolean {
  return MENTOR_TRANSITIONS[from].includes(to);
}

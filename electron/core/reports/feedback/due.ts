import type { ConsentTerms, DataCategory } from '../../../../shared/contract/consents-schemas';
import type { FeedbackDue } from '../../../../shared/contract/reports';
import type { FEEDBACK_FREQUENCIES } from '../../../../shared/contract/mentoring-schemas';
import { decideDisclosure, localMinuteNow } from '../../consents/decide';
import type { Db } from '../../db/driver';
import { addMonths, localToday } from '../../mentoring/rows';

// Feedback due: the courses whose start agreement promises the referring partner feedback
// (monthly, every two months, quarterly, or at the end) and whose next one falls on or before a
// day. One query over the open (and recently closed) courses with the last feedback disclosure
// per course and recipient joined in; then, for the due ones only, their mentees'
// feedback-sharing consents (the rule runs in memory) and the names to show.

type Frequency = (typeof FEEDBACK_FREQUENCIES)[number];

const MONTHS: Partial<Record<Frequency, number>> = { monthly: 1, 'every-two-months': 2, quarterly: 3 };
/** A course that closed longer ago than this is no longer listed for its end-of-course feedback. */
export const AT_END_WINDOW_MONTHS = 3;

interface Row {
  id: number;
  status: string;
  mentee_id: number;
  org_id: number;
  frequency: Frequency;
  agreement_on: string | null;
  started_on: string | null;
  closed_on: string | null;
  last: string | null;
}

interface Names {
  id: number;
  code: string;
  name: string;
  org_name: string | null;
  contact_name: string | null;
}

interface ConsentRow {
  id: number;
  person_id: number;
  recipient_organisation_id: number;
  categories: string;
  given_on: string;
  expires_on: string | null;
  withdrawn_at: string | null;
}

interface Candidate {
  row: Row;
  dueOn: string;
  lastSentOn: string | null;
}

/**
 * The courses with a next feedback day, whenever it falls: the open ones and those closed since
 * `scope.since` (an at-end feedback), or only `scope.cases`, closed whenever (what the start
 * page's kept figures recount after a change).
 */
export function feedbackCandidates(db: Db, scope: { since: string } | { cases: readonly number[] }): Candidate[] {
  const which =
    'since' in scope
      ? // Open courses through the status index, recently closed ones through the closing-day
        // index (the unary + keeps the planner from reading all closed courses by status instead).
        "(c.status IN ('referred', 'intake', 'waiting', 'matched', 'active', 'paused') OR (+c.status = 'closed' AND c.closed_on >= @since))"
      : "c.id IN (SELECT value FROM json_each(@cases)) AND (c.status <> 'closed' OR c.closed_on IS NOT NULL)";
  const rows = db
    .prepare(
      `SELECT c.id, c.status, c.mentee_id, c.referral_organisation_id AS org_id,
              coalesce(json_extract(c.agreement, '$.feedbackFrequency'), 'quarterly') AS frequency,
              c.agreement_on, c.started_on, c.closed_on,
              -- The last feedback to the referrer, from the (course, recipient, time) index.
              (SELECT max(at) FROM disclosures WHERE purpose = 'feedback-sharing' AND case_id IS NOT NULL
                 AND case_id = c.id AND recipient_organisation_id = c.referral_organisation_id) AS last
       FROM cases c
       WHERE ${which}
         AND c.agreement IS NOT NULL AND c.referral_organisation_id IS NOT NULL
         AND coalesce(json_extract(c.agreement, '$.feedbackFrequency'), 'quarterly') <> 'none'
         AND (c.status <> 'closed' OR json_extract(c.agreement, '$.feedbackFrequency') = 'at-end')`,
    )
    .all('since' in scope ? { since: scope.since } : { cases: JSON.stringify(scope.cases) }) as Row[];

  const candidates: Candidate[] = [];
  for (const row of rows) {
    const lastSentOn = row.last ? row.last.slice(0, 10) : null;
    let dueOn: string | null = null;
    if (row.frequency === 'at-end') {
      // Due on the closing day, unless feedback went out on or after it.
      if (row.status === 'closed' && row.closed_on && (lastSentOn === null || lastSentOn < row.closed_on)) dueOn = row.closed_on;
    } else {
      const months = MONTHS[row.frequency];
      const base = lastSentOn ?? row.agreement_on ?? row.started_on;
      if (months && base) dueOn = addMonths(base, months);
    }
    if (dueOn !== null) candidates.push({ row, dueOn, lastSentOn });
  }
  return candidates;
}

/** The first pass: the courses whose next feedback falls on or before `on`, without names or the rule. */
function dueCourses(db: Db, on: string): Candidate[] {
  return feedbackCandidates(db, { since: addMonths(on, -AT_END_WINDOW_MONTHS) }).filter((c) => c.dueOn <= on);
}

/** How many courses are due feedback on `on` (the start page's figure: no names, no consents read). */
export function feedbackDueCount(db: Db, on = localToday()): number {
  return dueCourses(db, on).length;
}

export function feedbackDue(db: Db, on = localToday(), at = localMinuteNow()): FeedbackDue[] {
  const due = dueCourses(db, on);
  if (due.length === 0) return [];

  // The rule, for the due courses only: their mentees' feedback-sharing consents in one query.
  const consents = new Map<number, ConsentTerms[]>();
  const mentees = JSON.stringify([...new Set(due.map((d) => d.row.mentee_id))]);
  for (const c of db
    .prepare(
      `SELECT id, person_id, recipient_organisation_id, categories, given_on, expires_on, withdrawn_at FROM consents
       WHERE person_kind = 'mentee' AND person_id IN (SELECT value FROM json_each(?)) AND purpose = 'feedback-sharing'`,
    )
    .all(mentees) as ConsentRow[]) {
    const list = consents.get(c.person_id) ?? [];
    list.push({
      id: c.id,
      purpose: 'feedback-sharing',
      recipientOrganisationId: c.recipient_organisation_id,
      categories: JSON.parse(c.categories) as DataCategory[],
      givenOn: c.given_on,
      expiresOn: c.expires_on,
      withdrawnAt: c.withdrawn_at,
    });
    consents.set(c.person_id, list);
  }

  // Names only for the due courses (the first pass reads no person or partner rows).
  const names = new Map(
    (
      db
        .prepare(
          `SELECT c.id, e.code, e.name, o.name AS org_name, ct.name AS contact_name
           FROM json_each(?) j JOIN cases c ON c.id = j.value JOIN mentees e ON e.id = c.mentee_id
           LEFT JOIN organisations o ON o.id = c.referral_organisation_id LEFT JOIN contacts ct ON ct.id = c.referral_contact_id`,
        )
        .all(JSON.stringify(due.map((d) => d.row.id))) as Names[]
    ).map((n) => [n.id, n]),
  );

  return due
    .map(({ row, dueOn, lastSentOn }): FeedbackDue => {
      const n = names.get(row.id);
      const decision = decideDisclosure(consents.get(row.mentee_id) ?? [], {
        purpose: 'feedback-sharing',
        recipientOrganisationId: row.org_id,
        categories: [],
        at,
      });
      const reason = decision.identityReason;
      return {
        caseId: row.id,
        menteeCode: n?.code ?? '',
        menteeName: n?.name ?? '',
        organisationId: row.org_id,
        organisationName: n?.org_name ?? '',
        contactName: n?.contact_name ?? '',
        frequency: row.frequency,
        lastSentOn,
        dueOn,
        blocked: decision.identity ? null : reason === null || reason === 'category-not-covered' ? 'no-consent' : reason,
      };
    })
    .sort((a, b) => (a.dueOn === b.dueOn ? a.caseId - b.caseId : a.dueOn < b.dueOn ? -1 : 1));
}

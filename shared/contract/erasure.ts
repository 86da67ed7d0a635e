import { z } from 'zod';
import { coreAdmin, coreCall, coreRead } from './define';
import { PersonRef } from './consents-schemas';
import { Id, IsoDate } from './partners-schemas';

// Erasure and anonymisation of one person (with a preview that is exactly what apply does), the
// erasure queue, and the retention policy with its calendar and runs.

/** Who can be erased: mentees and mentors, and contact persons (professional contacts). */
export const ERASURE_SUBJECT_KINDS = ['mentee', 'mentor', 'contact'] as const;
export const ERASURE_MODES = ['erase', 'anonymise'] as const;
/** The tables a plan touches, in the order apply works through them. */
export const ERASURE_TABLES = [
  'consents',
  'files',
  'field_history',
  'erasure_queue',
  'disclosures',
  'follow_ups',
  'meetings',
  'case_goals',
  'case_events',
  'case_mentors',
  'cases',
  'mentor_trainings',
  'interactions',
  'interaction_contacts',
  'memberships',
  'offers',
  'mentees',
  'mentors',
  'contacts',
  'search_index',
] as const;
/** delete: the rows go; blank: the rows stay with identifying fields emptied; unlink: only the link to the person goes. */
export const ERASURE_ACTIONS = ['delete', 'blank', 'unlink'] as const;
export const QUEUE_REASONS = ['withdrawal', 'request', 'retention'] as const;
/** Why a person leaves the queue without being erased. Codes only: the audit log holds no free text. */
export const DEQUEUE_REASONS = ['lawful-basis-remains', 'request-withdrawn', 'queued-by-mistake'] as const;

export type ErasureSubjectKind = (typeof ERASURE_SUBJECT_KINDS)[number];
export type ErasureMode = (typeof ERASURE_MODES)[number];
export type ErasureTable = (typeof ERASURE_TABLES)[number];
export type ErasureAction = (typeof ERASURE_ACTIONS)[number];

export const ErasureSubject = z.strictObject({ kind: z.enum(ERASURE_SUBJECT_KINDS), id: Id });
export type ErasureSubject = z.infer<typeof ErasureSubject>;

export const ErasureStep = z.object({
  table: z.enum(ERASURE_TABLES),
  action: z.enum(ERASURE_ACTIONS),
  count: z.number().int().min(0),
});

export const ErasurePlan = z.object({
  subject: ErasureSubject,
  /** What the screens show for the person: a mentee's code, a mentor's or contact's name. */
  label: z.string(),
  mode: z.enum(ERASURE_MODES),
  /**
   * What happens to the person's own row. A mentor whose courses with other mentees must stay
   * valid is anonymised even when erasure was asked for ('anonymise-kept').
   */
  personRow: z.enum(['delete', 'anonymise', 'anonymise-kept']),
  queued: z.enum(QUEUE_REASONS).nullable(),
  /** Courses still running (matched, active, paused) that this person is part of. */
  openCourses: z.number().int().min(0),
  /** Rows per table and action; empty tables are left out. */
  steps: z.array(ErasureStep),
  /** Identifies exactly these rows: apply refuses when the register no longer matches the preview. */
  fingerprint: z.string(),
});

export const ErasureRequest = z.strictObject({ subject: ErasureSubject, mode: z.enum(ERASURE_MODES) });

export const ErasureQueueEntry = z.object({
  id: Id,
  person: PersonRef,
  label: z.string(),
  reason: z.enum(QUEUE_REASONS),
  queuedAt: z.string(),
  queuedBy: z.string(),
});

export const RETENTION_RULES = ['menteesAfterCourse', 'menteesWithoutCourse', 'mentorsAfterEnd', 'contactsAfterLastContact'] as const;
export type RetentionRuleName = (typeof RETENTION_RULES)[number];

const Months = z.number().int().min(1).max(240);
export const RetentionRule = z.strictObject({ enabled: z.boolean(), months: Months, action: z.enum(ERASURE_MODES) });
/** Contact persons have no anonymous statistics to keep: their rule only erases. */
export const ContactRetentionRule = z.strictObject({ enabled: z.boolean(), months: Months, action: z.literal('erase') });

export const RetentionPolicy = z.strictObject({
  /** Mentees whose courses are all closed: N months after the last one closed. */
  menteesAfterCourse: RetentionRule,
  /** Mentees who never had a course: N months after they were registered. */
  menteesWithoutCourse: RetentionRule,
  /** Mentors who ended: N months after they ended or their last course period did. */
  mentorsAfterEnd: RetentionRule,
  /** Contact persons: N months after the last interaction with them or change to them. */
  contactsAfterLastContact: ContactRetentionRule,
});
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;

export const RetentionItem = z.object({
  subject: ErasureSubject,
  label: z.string(),
  rule: z.enum(RETENTION_RULES),
  action: z.enum(ERASURE_MODES),
  /** The date the period runs from (last course closed, registered, ended, last contact). */
  from: IsoDate,
  dueOn: IsoDate,
});

/** How many people each rule makes due. */
const RuleCounts = z.record(z.enum(RETENTION_RULES), z.number().int().min(0));

/**
 * What falls due, counted: the calendar shows numbers, so core sends those, not the people
 * (62,000 of them at size l). The dry run (`retention:plan`) lists the people.
 */
export const RetentionCalendar = z.object({
  today: IsoDate,
  overdue: RuleCounts,
  /** The next twelve months, this one first; how many fall due in each, by rule. */
  months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), due: RuleCounts })),
});

export const RetentionRun = z.object({
  today: IsoDate,
  items: z.array(RetentionItem),
  /** Rows per table and action over all items. */
  steps: z.array(ErasureStep),
  fingerprint: z.string(),
});

const Done = z.strictObject({});
const Today = z.strictObject({ today: IsoDate.optional() });

export const erasureChannels = {
  'erasure:preview': coreRead(ErasureRequest, ErasurePlan),
  'erasure:apply': coreCall(ErasureRequest.extend({ fingerprint: z.string().min(1).max(128) }), ErasurePlan),
  'erasure:queue': coreRead(Done, z.array(ErasureQueueEntry)),
  'erasure:request': coreCall(z.strictObject({ person: PersonRef }), Done),
  'erasure:dequeue': coreCall(z.strictObject({ id: Id, reason: z.enum(DEQUEUE_REASONS) }), Done),

  'retention:getPolicy': coreRead(Done, RetentionPolicy),
  'retention:savePolicy': coreAdmin(RetentionPolicy, RetentionPolicy),
  'retention:calendar': coreRead(Today, RetentionCalendar),
  // The dry run is the real run rolled back: a write transaction, which a read-only user's
  // query_only connection refuses. So it needs a coordinator (the calendar above is a plain read).
  'retention:plan': coreCall(Today, RetentionRun),
  'retention:apply': coreAdmin(Today.extend({ fingerprint: z.string().min(1).max(128) }), RetentionRun),
};

import { z } from 'zod';
import { Tags, Text } from './mentoring-fields';
import {
  CASE_STATUSES,
  FEEDBACK_CONTENTS,
  FEEDBACK_FORMS,
  FEEDBACK_FREQUENCIES,
  FEEDBACK_NAMINGS,
  FOLLOW_UP_RESULTS,
  GOAL_KINDS,
  GOAL_PROGRESS,
  MEETING_TYPES,
  OUTCOMES,
} from './mentoring-vocabulary';
import { Id, IsoDate } from './partners-schemas';

// A mentee's course ("case"): the referral, goals, the start agreement, status changes and the
// closing, meetings and follow-ups, the case as listed and as shown with its timeline; and the
// coordinator's week over the open cases.

export const ReferralInput = z.strictObject({
  organisationId: Id.nullable().default(null),
  contactId: Id.nullable().default(null),
  date: IsoDate,
  reason: Text(4000).default(''),
});

export const GoalInput = z.strictObject({
  id: Id.optional(),
  kind: z.enum(GOAL_KINDS),
  description: Text(1000).min(1),
  progress: z.enum(GOAL_PROGRESS).default('not-started'),
  note: Text(2000).default(''),
});

export const AgreementInput = z.strictObject({
  date: IsoDate,
  participants: Text(1000).default(''),
  divisionOfWork: Text(4000).default(''),
  feedbackFrequency: z.enum(FEEDBACK_FREQUENCIES).default('quarterly'),
  feedbackForm: z.enum(FEEDBACK_FORMS).default('written-report'),
  feedbackMayContain: z.array(z.enum(FEEDBACK_CONTENTS)).max(FEEDBACK_CONTENTS.length).default([]),
  /** Agreements stored before this field parse with the default. */
  feedbackNaming: z.enum(FEEDBACK_NAMINGS).default('full-name'),
  note: Text(2000).default(''),
});

export const ClosingInput = z.strictObject({
  outcome: z.enum(OUTCOMES),
  /** Why the course ended early; required for `ended-early`. */
  endedReason: Text(1000).default(''),
  evaluation: Text(4000).default(''),
});

/** Refers a mentee: opens a new case in `referred`. */
export const CaseOpenInput = z.strictObject({
  menteeId: Id,
  coordinator: Text(200).default(''),
  referral: ReferralInput,
});

/** The editable details of a case that do not change its status. */
export const CaseDetailsInput = z.strictObject({
  id: Id,
  coordinator: Text(200).default(''),
  referral: ReferralInput,
  goals: z.array(GoalInput).max(50).default([]),
});

/**
 * A status change. `date` is when it happened (defaults to today in core). Becoming `matched`
 * needs a mentor who is active and has room; `active` needs the start agreement; `closed` needs
 * the closing. Going back to `waiting` from a matched course ends the mentor's part (a rematch);
 * `reason` says why and shows in the timeline.
 */
export const CaseTransitionInput = z.strictObject({
  id: Id,
  to: z.enum(CASE_STATUSES),
  date: IsoDate.optional(),
  reason: Text(1000).default(''),
  mentorId: Id.optional(),
  closing: ClosingInput.optional(),
});

export const CaseRow = z.object({
  id: Id,
  status: z.enum(CASE_STATUSES),
  menteeId: Id,
  menteeCode: z.string(),
  menteeName: z.string(),
  mentorId: Id.nullable(),
  mentorName: z.string().nullable(),
  /** The mentor was anonymised (erasure): the name is gone, the screens say so. */
  mentorAnonymised: z.boolean(),
  coordinator: z.string(),
  referrerName: z.string().nullable(),
  referredOn: z.string(),
  /** Since when the case has been in its current status. */
  statusSince: z.string(),
  /** The last meeting held (on or before today); planned ones do not count. */
  lastMeeting: z.string().nullable(),
  /** Meetings held so far. */
  meetings: z.number().int(),
  outcome: z.enum(OUTCOMES).nullable(),
  municipality: z.string(),
});

export const MeetingInput = z.strictObject({
  id: Id.optional(),
  caseId: Id,
  date: IsoDate,
  type: z.enum(MEETING_TYPES).default('mentor-mentee'),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable()
    .default(60),
  topics: Tags.default([]),
  note: Text(4000).default(''),
});
export const Meeting = MeetingInput.required({ id: true });

export const FollowUpInput = z.strictObject({
  id: Id.optional(),
  caseId: Id,
  dueOn: IsoDate,
  doneOn: IsoDate.nullable().default(null),
  result: z.enum(FOLLOW_UP_RESULTS).nullable().default(null),
  note: Text(2000).default(''),
});
export const FollowUp = FollowUpInput.required({ id: true });

export const Goal = GoalInput.required({ id: true });

/** One line of a case's timeline, newest first. */
export const TimelineItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    date: z.string(),
    from: z.enum(CASE_STATUSES).nullable(),
    to: z.enum(CASE_STATUSES),
    reason: z.string(),
    mentorName: z.string().nullable(),
    mentorAnonymised: z.boolean(),
  }),
  z.object({ kind: z.literal('meeting'), date: z.string(), meeting: Meeting }),
  z.object({ kind: z.literal('agreement'), date: z.string() }),
  z.object({ kind: z.literal('follow-up'), date: z.string(), followUp: FollowUp }),
]);

export const MentorPeriod = z.object({
  mentorId: Id,
  mentorName: z.string(),
  mentorAnonymised: z.boolean(),
  from: z.string(),
  to: z.string().nullable(),
  endReason: z.string(),
});

export const Case = z.object({
  id: Id,
  status: z.enum(CASE_STATUSES),
  mentee: z.object({ id: Id, code: z.string(), name: z.string() }),
  mentor: z.object({ id: Id, name: z.string(), anonymised: z.boolean() }).nullable(),
  coordinator: z.string(),
  referral: z.object({
    organisationId: Id.nullable(),
    organisationName: z.string().nullable(),
    contactId: Id.nullable(),
    contactName: z.string().nullable(),
    date: z.string(),
    reason: z.string(),
  }),
  dates: z.object({
    referredOn: z.string(),
    intakeOn: z.string().nullable(),
    waitingSince: z.string().nullable(),
    matchedOn: z.string().nullable(),
    startedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    statusSince: z.string(),
  }),
  agreement: AgreementInput.nullable(),
  goals: z.array(Goal),
  meetings: z.array(Meeting),
  followUps: z.array(FollowUp),
  closing: ClosingInput.extend({ date: z.string() }).nullable(),
  mentorHistory: z.array(MentorPeriod),
  timeline: z.array(TimelineItem),
  /** The status changes core would accept now, for the screens to offer. */
  allowedTransitions: z.array(z.enum(CASE_STATUSES)),
  createdAt: z.string(),
  updatedAt: z.string(),
});

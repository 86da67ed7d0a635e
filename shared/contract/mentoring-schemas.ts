import { z } from 'zod';
import { Id, IsoDate } from './partners-schemas';

// Mentoring: volunteer mentors, mentees, and their courses ("cases") with meetings, goals,
// the start agreement, closing and follow-ups. The allowed status changes live in
// shared/mentoring/lifecycle.ts so the screens offer only what core will accept.

export const MENTOR_STATUSES = ['applicant', 'trained', 'active', 'paused', 'ended'] as const;
export const CASE_STATUSES = ['referred', 'intake', 'waiting', 'matched', 'active', 'paused', 'closed'] as const;
export const RECRUITMENT_SOURCES = ['minority-association', 'former-mentee', 'website', 'partner', 'other'] as const;
export const LANGUAGE_LEVELS = ['basic', 'good', 'fluent', 'native'] as const;
/** How well a mentee speaks the register's language (Danish, Norwegian, Swedish or Finnish). */
export const LOCAL_LANGUAGE_LEVELS = ['none', 'basic', 'good', 'fluent', 'native'] as const;
export const GENDERS = ['female', 'male', 'other', 'unspecified'] as const;
export const MENTOR_GENDER_PREFERENCES = ['any', 'female', 'male'] as const;
/** Broad fields of work, used to match a mentee's field with a mentor's. */
export const INDUSTRIES = [
  'health',
  'social-care',
  'education',
  'it',
  'engineering',
  'construction',
  'manufacturing',
  'trade',
  'hospitality',
  'transport',
  'finance',
  'public-administration',
  'law',
  'science',
  'culture-media',
  'agriculture',
  'cleaning-facilities',
  'other',
] as const;
export const EDUCATION_LEVELS = ['none', 'primary', 'secondary', 'vocational', 'bachelor', 'master', 'doctorate'] as const;
/** Where the recognition of a foreign qualification stands. */
export const RECOGNITION_STATUSES = ['not-needed', 'not-started', 'in-progress', 'recognised', 'partly-recognised', 'refused'] as const;
export const GOAL_KINDS = ['job', 'education', 'network', 'language', 'other'] as const;
export const GOAL_PROGRESS = ['not-started', 'in-progress', 'reached', 'dropped'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['daytime', 'evening'] as const;
/** A time a person can meet: a weekday and part of the day, e.g. `tue-evening`. */
export const AVAILABILITY_SLOTS = WEEKDAYS.flatMap((d) => DAY_PARTS.map((p) => `${d}-${p}` as const));
export const MEETING_TYPES = ['mentor-mentee', 'three-party', 'follow-up', 'group-event'] as const;
export const FEEDBACK_FREQUENCIES = ['none', 'monthly', 'every-two-months', 'quarterly', 'at-end'] as const;
export const FEEDBACK_FORMS = ['written-report', 'meeting', 'phone', 'email'] as const;
/** What the feedback to the referring partner may contain; the consents issue ties it to a consent. */
export const FEEDBACK_CONTENTS = ['attendance', 'goals-progress', 'outcome', 'meeting-count', 'other'] as const;
/** How the mentee is named in the feedback to the referring partner, as agreed in the start agreement. */
export const FEEDBACK_NAMINGS = ['full-name', 'first-name', 'code'] as const;
export const OUTCOMES = [
  'job-full-time',
  'job-part-time',
  'job-subsidised',
  'education',
  'internship',
  'other-programme',
  'ended-early',
  'moved',
] as const;
export const FOLLOW_UP_RESULTS = ['in-job', 'in-education', 'seeking', 'other-programme', 'no-contact', 'other'] as const;
export const MATCH_CRITERIA = ['field', 'languages', 'place', 'availability', 'capacity', 'preferences'] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];
export type MentorStatus = (typeof MENTOR_STATUSES)[number];
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

const Text = (max: number) => z.string().trim().max(max);
const Tags = z.array(Text(80).min(1)).max(50);
/** An ISO 639 language code, e.g. `da`, `ar`, `prs`. */
export const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/);
export const SpokenLanguage = z.strictObject({ code: LanguageCode, level: z.enum(LANGUAGE_LEVELS) });
const Languages = z
  .array(SpokenLanguage)
  .max(20)
  .refine((list) => new Set(list.map((l) => l.code)).size === list.length, 'each language once');
const Slots = z.array(z.enum(AVAILABILITY_SLOTS as [string, ...string[]])).max(AVAILABILITY_SLOTS.length);

export const TrainingInput = z.strictObject({ date: IsoDate, title: Text(200).min(1) });

export const MentorInput = z.strictObject({
  id: Id.optional(),
  name: Text(200).min(1),
  email: Text(320).default(''),
  phone: Text(60).default(''),
  gender: z.enum(GENDERS).default('unspecified'),
  languages: Languages.default([]),
  industries: z.array(z.enum(INDUSTRIES)).max(INDUSTRIES.length).default([]),
  profession: Text(200).default(''),
  education: Text(500).default(''),
  skills: Tags.default([]),
  municipality: Text(100).default(''),
  availability: Slots.default([]),
  capacity: z.number().int().min(1).max(10).default(1),
  recruitmentSource: z.enum(RECRUITMENT_SOURCES).default('other'),
  trainings: z.array(TrainingInput).max(100).default([]),
  /** The day the coordinator checked vetting (e.g. a child-protection certificate); no document is stored. */
  vettingCheckedOn: IsoDate.nullable().default(null),
  preferences: Text(2000).default(''),
  notes: Text(8000).default(''),
  /** Why changed fields were corrected: kept in the rectification history (field_history), not on the person. */
  correctionReason: Text(500).optional(),
});

export const MentorRow = z.object({
  id: Id,
  name: z.string(),
  status: z.enum(MENTOR_STATUSES),
  municipality: z.string(),
  industries: z.array(z.enum(INDUSTRIES)),
  profession: z.string(),
  languages: z.array(z.string()),
  capacity: z.number().int(),
  /** Cases the mentor holds now (matched, active or paused). */
  load: z.number().int(),
  trainings: z.number().int(),
  recruitmentSource: z.enum(RECRUITMENT_SOURCES),
  updatedAt: z.string(),
});

const CaseRef = z.object({ id: Id, status: z.enum(CASE_STATUSES), menteeCode: z.string(), from: z.string().nullable() });

export const Mentor = MentorInput.required({ id: true }).extend({
  status: z.enum(MENTOR_STATUSES),
  load: z.number().int(),
  cases: z.array(CaseRef),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const MenteeInput = z.strictObject({
  id: Id.optional(),
  name: Text(200).min(1),
  email: Text(320).default(''),
  phone: Text(60).default(''),
  birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  gender: z.enum(GENDERS).default('unspecified'),
  languages: Languages.default([]),
  localLanguageLevel: z.enum(LOCAL_LANGUAGE_LEVELS).default('basic'),
  educationLevel: z.enum(EDUCATION_LEVELS).nullable().default(null),
  educationField: Text(200).default(''),
  educationCountry: Text(100).default(''),
  profession: Text(200).default(''),
  industries: z.array(z.enum(INDUSTRIES)).max(INDUSTRIES.length).default([]),
  experienceYears: z.number().int().min(0).max(70).nullable().default(null),
  recognition: z.enum(RECOGNITION_STATUSES).default('not-needed'),
  goals: z.array(z.enum(GOAL_KINDS)).max(GOAL_KINDS.length).default([]),
  municipality: Text(100).default(''),
  availability: Slots.default([]),
  preferredMentorGender: z.enum(MENTOR_GENDER_PREFERENCES).default('any'),
  preferences: Text(2000).default(''),
  notes: Text(8000).default(''),
  /** Why changed fields were corrected: kept in the rectification history (field_history), not on the person. */
  correctionReason: Text(500).optional(),
});

export const MenteeRow = z.object({
  id: Id,
  /** The pseudonymous code lists show by default, e.g. `MT-4K7P`. */
  code: z.string(),
  name: z.string(),
  municipality: z.string(),
  birthYear: z.number().int().nullable(),
  industries: z.array(z.enum(INDUSTRIES)),
  goals: z.array(z.enum(GOAL_KINDS)),
  /** The status of the mentee's newest case, or null without one. */
  caseStatus: z.enum(CASE_STATUSES).nullable(),
  caseId: Id.nullable(),
  updatedAt: z.string(),
});

export const Mentee = MenteeInput.required({ id: true }).extend({
  code: z.string(),
  cases: z.array(CaseRef.extend({ mentorName: z.string().nullable(), mentorAnonymised: z.boolean() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});

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

export const MatchWeights = z.strictObject(
  Object.fromEntries(MATCH_CRITERIA.map((c) => [c, z.number().min(0).max(10)])) as Record<MatchCriterion, z.ZodNumber>,
);

export const MentoringSettings = z.strictObject({
  weights: MatchWeights,
  /** A case with no meeting logged for this many days shows as quiet in "this week". */
  quietDays: z.number().int().min(7).max(365),
  /** A follow-up is planned this many months after a course closes. */
  followUpMonths: z.number().int().min(1).max(36),
  /** Municipalities counted as neighbours when matching by place, each pair once. */
  neighbours: z.array(z.tuple([Text(100).min(1), Text(100).min(1)])).max(2000),
});

export const MatchCriterionScore = z.object({
  criterion: z.enum(MATCH_CRITERIA),
  /** 0 to 1. */
  score: z.number(),
  weight: z.number(),
  /** Why: e.g. the shared languages, the matching fields, the overlapping times. */
  matched: z.array(z.string()),
  /** A reason code the screen translates: `same-municipality`, `no-availability-recorded`, … */
  reason: z.string(),
});

export const MatchSuggestion = z.object({
  mentorId: Id,
  name: z.string(),
  municipality: z.string(),
  /** 0 to 100. */
  score: z.number(),
  capacityLeft: z.number().int(),
  /** The mentor was this mentee's mentor before (a rematch). */
  previousMentor: z.boolean(),
  criteria: z.array(MatchCriterionScore),
});

export const MatchResult = z.object({
  menteeId: Id,
  menteeCode: z.string(),
  /** Days since the mentee's open case entered the waiting list, or null when not waiting. */
  waitingDays: z.number().int().nullable(),
  suggestions: z.array(MatchSuggestion),
  /** Mentors left out by the hard filters, counted by reason. */
  excluded: z.object({ notActive: z.number().int(), noCapacity: z.number().int() }),
  weights: MatchWeights,
});

const WeekCase = z.object({
  caseId: Id,
  menteeCode: z.string(),
  menteeName: z.string(),
  mentorName: z.string().nullable(),
  mentorAnonymised: z.boolean(),
  status: z.enum(CASE_STATUSES),
});

export const WeekOverview = z.object({
  from: z.string(),
  to: z.string(),
  quietDays: z.number().int(),
  /** Meetings dated in this week (planned ones included). */
  meetings: z.array(WeekCase.extend({ meetingId: Id, date: z.string(), type: z.enum(MEETING_TYPES) })),
  /** Active cases with no meeting for `quietDays` days; `lastMeeting` null when none at all. */
  quiet: z.array(WeekCase.extend({ lastMeeting: z.string().nullable(), days: z.number().int() })),
  /** Follow-ups not done and due by the end of the week. */
  followUps: z.array(WeekCase.extend({ followUpId: Id, dueOn: z.string(), overdue: z.boolean() })),
  /** Cases before a match, longest-waiting first. */
  waiting: z.array(WeekCase.extend({ referredOn: z.string(), waitingDays: z.number().int() })),
});

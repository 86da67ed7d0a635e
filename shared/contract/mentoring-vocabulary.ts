// The fixed lists of values in mentoring (statuses, fields of work, levels, meeting types,
// outcomes …): the schemas in mentoring-*-schemas.ts and the screens' pickers use them.

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

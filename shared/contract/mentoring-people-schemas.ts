import { z } from 'zod';
import { Languages, Slots, Tags, Text } from './mentoring-fields';
import {
  CASE_STATUSES,
  EDUCATION_LEVELS,
  GENDERS,
  GOAL_KINDS,
  INDUSTRIES,
  LOCAL_LANGUAGE_LEVELS,
  MENTOR_GENDER_PREFERENCES,
  MENTOR_STATUSES,
  RECOGNITION_STATUSES,
  RECRUITMENT_SOURCES,
} from './mentoring-vocabulary';
import { Id, IsoDate } from './partners-schemas';

// The people in mentoring: volunteer mentors (with their trainings) and mentees, as saved, as
// listed and as shown with the courses they are in.

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

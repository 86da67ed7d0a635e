import { z } from 'zod';
import { Text } from './mentoring-fields';
import { MATCH_CRITERIA, type MatchCriterion } from './mentoring-vocabulary';
import { Id } from './partners-schemas';

// Matching mentees with mentors: the programme's mentoring settings (the weight of each
// criterion, when a case is quiet, when the follow-up comes, neighbouring municipalities) and
// the suggestions with the score of each criterion and why.

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

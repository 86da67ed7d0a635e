import type { z } from 'zod';
import type { MatchCriterion, MatchSuggestion, MatchWeights } from '../../../shared/contract';
import { foldedWords, foldText } from '../../../shared/text';

// Ranks mentors for a mentee. Pure: the inputs are plain profiles, so the ordering and the
// explanations are tested on constructed cases and the same code serves the app and the CLI.

export type Weights = z.output<typeof MatchWeights>;
type Suggestion = z.output<typeof MatchSuggestion>;
type CriterionScore = Suggestion['criteria'][number];

export interface MatchMentee {
  industries: readonly string[];
  /** Profession, education field: words that can meet a mentor's profession or skills. */
  fieldText: string;
  languages: readonly string[];
  municipality: string;
  availability: readonly string[];
  preferredMentorGender: 'any' | 'female' | 'male';
}

export interface MatchMentor {
  id: number;
  name: string;
  status: string;
  capacity: number;
  load: number;
  gender: string;
  industries: readonly string[];
  fieldText: string;
  languages: readonly string[];
  municipality: string;
  availability: readonly string[];
}

export interface MatchOptions {
  weights: Weights;
  /** The register's language: sharing only that one is worth less than sharing a mother tongue. */
  localLanguage: string;
  /** Pairs of neighbouring municipalities. */
  neighbours: readonly (readonly [string, string])[];
  /** Mentors this mentee had before. */
  previousMentorIds: ReadonlySet<number>;
  limit: number;
}

export interface Ranking {
  suggestions: Suggestion[];
  excluded: { notActive: number; noCapacity: number };
}

/** Norwegian is written `nb`, `nn` or `no`: the same language for matching. */
export function normaliseLanguage(code: string): string {
  const c = code.trim().toLowerCase();
  return c === 'no' || c === 'nn' ? 'nb' : c;
}

const placeKey = (name: string) => foldText(name).trim();
// Short words ("and", "of", "og") say nothing about a field.
const fieldWords = (text: string) => new Set(foldedWords(text).filter((w) => w.length >= 4));

function score(criterion: MatchCriterion, value: number, weights: Weights, reason: string, matched: string[] = []): CriterionScore {
  return { criterion, score: Math.round(value * 100) / 100, weight: weights[criterion], matched, reason };
}

function fieldFit(mentee: MatchMentee, mentor: MatchMentor, w: Weights): CriterionScore {
  if (mentee.industries.length === 0 && mentee.fieldText.trim() === '') return score('field', 0, w, 'not-recorded');
  const industries = mentee.industries.filter((i) => mentor.industries.includes(i));
  const mentorWords = fieldWords(mentor.fieldText);
  const words = [...fieldWords(mentee.fieldText)].filter((x) => mentorWords.has(x));
  const matched = [...industries, ...words];
  if (industries.length > 0 && words.length > 0) return score('field', 1, w, 'same-field-and-profession', matched);
  if (industries.length > 0) return score('field', 0.8, w, 'same-field', matched);
  if (words.length > 0) return score('field', 0.6, w, 'similar-profession', matched);
  return score('field', 0, w, 'different-field');
}

function languageFit(mentee: MatchMentee, mentor: MatchMentor, w: Weights, local: string): CriterionScore {
  const mentorLanguages = new Set(mentor.languages.map(normaliseLanguage));
  const shared = [...new Set(mentee.languages.map(normaliseLanguage))].filter((l) => mentorLanguages.has(l));
  const beyondLocal = shared.filter((l) => l !== normaliseLanguage(local));
  const matched = [...beyondLocal, ...shared.filter((l) => !beyondLocal.includes(l))];
  if (beyondLocal.length > 0) return score('languages', 1, w, 'shared-language', matched);
  if (shared.length > 0) return score('languages', 0.5, w, 'local-language-only', matched);
  return score('languages', 0, w, 'no-shared-language');
}

function placeFit(mentee: MatchMentee, mentor: MatchMentor, w: Weights, neighbours: Set<string>): CriterionScore {
  const a = placeKey(mentee.municipality);
  const b = placeKey(mentor.municipality);
  if (a === '' || b === '') return score('place', 0, w, 'not-recorded');
  if (a === b) return score('place', 1, w, 'same-municipality', [mentor.municipality]);
  if (neighbours.has(`${a}\u0000${b}`)) return score('place', 0.6, w, 'neighbouring-municipality', [mentor.municipality]);
  return score('place', 0, w, 'other-municipality', [mentor.municipality]);
}

function availabilityFit(mentee: MatchMentee, mentor: MatchMentor, w: Weights): CriterionScore {
  if (mentee.availability.length === 0 || mentor.availability.length === 0) return score('availability', 0.5, w, 'not-recorded');
  const overlap = mentee.availability.filter((s) => mentor.availability.includes(s));
  if (overlap.length === 0) return score('availability', 0, w, 'no-overlap');
  // Two shared times give room to reschedule; more adds little.
  return score('availability', Math.min(1, overlap.length / 2), w, 'overlap', overlap);
}

function capacityFit(mentor: MatchMentor, w: Weights): CriterionScore {
  const left = mentor.capacity - mentor.load;
  return score('capacity', left / mentor.capacity, w, mentor.load === 0 ? 'no-mentee-now' : 'room-left', [`${left}/${mentor.capacity}`]);
}

function preferenceFit(mentee: MatchMentee, mentor: MatchMentor, w: Weights): CriterionScore {
  const wish = mentee.preferredMentorGender;
  if (wish === 'any') return score('preferences', 1, w, 'no-preference');
  if (mentor.gender === wish) return score('preferences', 1, w, 'preference-met', [wish]);
  if (mentor.gender === 'unspecified') return score('preferences', 0.5, w, 'preference-unknown', [wish]);
  return score('preferences', 0, w, 'preference-not-met', [wish]);
}

/**
 * Mentors who are active and have room, best first: the weighted mean of the criteria as 0–100,
 * then more room left, then name. Each suggestion says why, criterion by criterion.
 */
export function rankMentors(mentee: MatchMentee, mentors: readonly MatchMentor[], options: MatchOptions): Ranking {
  const w = options.weights;
  const neighbours = new Set(
    options.neighbours.flatMap(([a, b]) => [`${placeKey(a)}\u0000${placeKey(b)}`, `${placeKey(b)}\u0000${placeKey(a)}`]),
  );
  const excluded = { notActive: 0, noCapacity: 0 };
  const total = Object.values(w).reduce((sum, x) => sum + x, 0);
  const ranked: Suggestion[] = [];
  for (const mentor of mentors) {
    if (mentor.status !== 'active') {
      excluded.notActive++;
      continue;
    }
    if (mentor.load >= mentor.capacity) {
      excluded.noCapacity++;
      continue;
    }
    const criteria = [
      fieldFit(mentee, mentor, w),
      languageFit(mentee, mentor, w, options.localLanguage),
      placeFit(mentee, mentor, w, neighbours),
      availabilityFit(mentee, mentor, w),
      capacityFit(mentor, w),
      preferenceFit(mentee, mentor, w),
    ];
    const weighted = criteria.reduce((sum, c) => sum + c.score * c.weight, 0);
    ranked.push({
      mentorId: mentor.id,
      name: mentor.name,
      municipality: mentor.municipality,
      score: total === 0 ? 0 : Math.round((weighted / total) * 100),
      capacityLeft: mentor.capacity - mentor.load,
      previousMentor: options.previousMentorIds.has(mentor.id),
      criteria,
    });
  }
  ranked.sort((a, b) => b.score - a.score || b.capacityLeft - a.capacityLeft || a.name.localeCompare(b.name) || a.mentorId - b.mentorId);
  return { suggestions: ranked.slice(0, options.limit), excluded };
}

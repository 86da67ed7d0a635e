import { DATA_CATEGORIES, type DataCategory } from '../../../shared/contract/consents-schemas';
import type { FEEDBACK_CONTENTS } from '../../../shared/contract/mentoring-schemas';

type FeedbackContent = (typeof FEEDBACK_CONTENTS)[number];

/**
 * What each item a start agreement lets the feedback contain needs a consent for. Meetings held
 * are attendance; "other" is free text, so it needs the 'notes' category ticked explicitly.
 */
export const FEEDBACK_CATEGORY: Record<FeedbackContent, DataCategory> = {
  attendance: 'attendance',
  'meeting-count': 'attendance',
  'goals-progress': 'goals',
  outcome: 'outcome',
  other: 'notes',
};

/** The data categories a feedback with these contents discloses, once each, in the canonical order. */
export function categoriesForFeedback(contents: readonly FeedbackContent[]): DataCategory[] {
  const wanted = new Set(contents.map((c) => FEEDBACK_CATEGORY[c]));
  return DATA_CATEGORIES.filter((c) => wanted.has(c));
}

// Mentoring: volunteer mentors, mentees, and their courses ("cases") with meetings, goals,
// the start agreement, closing and follow-ups. The allowed status changes live in
// shared/mentoring/lifecycle.ts so the screens offer only what core will accept.
//
// One import path for all of it, split by concept: the fixed lists of values
// (mentoring-vocabulary.ts), shared field types (mentoring-fields.ts), mentors and mentees
// (mentoring-people-schemas.ts), cases with meetings and follow-ups
// (mentoring-case-schemas.ts), settings and matching (mentoring-matching-schemas.ts), and the
// week (week-schemas.ts).

export * from './mentoring-vocabulary';
export { LanguageCode, SpokenLanguage } from './mentoring-fields';
export * from './mentoring-people-schemas';
export * from './mentoring-case-schemas';
export * from './mentoring-matching-schemas';
export * from './week-schemas';

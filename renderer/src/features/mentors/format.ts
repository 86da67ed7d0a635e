import { formatDate } from '../../i18n';

/** An ISO date (or date-time) as a long local date; '' for none. Noon keeps it on the same day in every zone. */
export const dateText = (d: string | null | undefined) => (d ? formatDate(`${d.slice(0, 10)}T12:00:00`) : '');

/** Fluent badge colours for the mentor and course statuses: green for going, grey for done. */
export const STATUS_COLOURS = {
  applicant: 'informative',
  trained: 'brand',
  active: 'success',
  paused: 'warning',
  ended: 'subtle',
  referred: 'informative',
  intake: 'informative',
  waiting: 'warning',
  matched: 'brand',
  closed: 'subtle',
} as const;

import { z } from 'zod';
import { Id, IsoDate } from './partners-schemas';
import { CASE_STATUSES, MEETING_TYPES } from './mentoring-vocabulary';

// "This week": four sections, each sent as its count and its first rows, with a cursor for the
// next rows (`week:section`), so a week with thousands of meetings or a waiting list of tens of
// thousands stays quick to send and to show.

export const WEEK_SECTIONS = ['meetings', 'quiet', 'followUps', 'waiting'] as const;
export type WeekSectionName = (typeof WEEK_SECTIONS)[number];

/** How many rows of a section the week sends first, and by default each time after. */
export const WEEK_PAGE = 50;

/**
 * Where the next rows of a section start: strictly after this row in the section's order. `key`
 * is the day the order reads (a meeting's date, the day a quiet course's quiet time counts from,
 * a follow-up's due day, the day a wait counts from), `id` the row's id (meeting, course, follow-up,
 * course), the tiebreak.
 */
export const WeekCursor = z.strictObject({ key: IsoDate, id: Id });

const WeekCase = z.object({
  caseId: Id,
  menteeCode: z.string(),
  menteeName: z.string(),
  mentorName: z.string().nullable(),
  mentorAnonymised: z.boolean(),
  status: z.enum(CASE_STATUSES),
});

export const WeekMeeting = WeekCase.extend({ meetingId: Id, date: z.string(), type: z.enum(MEETING_TYPES) });
export const WeekQuiet = WeekCase.extend({ lastMeeting: z.string().nullable(), days: z.number().int() });
export const WeekFollowUp = WeekCase.extend({ followUpId: Id, dueOn: z.string(), overdue: z.boolean() });
export const WeekWaiting = WeekCase.extend({ referredOn: z.string(), waitingDays: z.number().int() });

/** A section's count, its rows from the cursor on, and the cursor after them (null: no more). */
const part = <T extends z.ZodTypeAny>(row: T) => z.object({ total: z.number().int(), rows: z.array(row), next: WeekCursor.nullable() });

export const WeekOverview = z.object({
  /** The day the week was read for (the cursors belong to it). */
  today: z.string(),
  from: z.string(),
  to: z.string(),
  quietDays: z.number().int(),
  /** Meetings dated in this week (planned ones included), by date. */
  meetings: part(WeekMeeting),
  /** Active cases with no meeting for `quietDays` days, quietest first; `lastMeeting` null when none at all. */
  quiet: part(WeekQuiet),
  /** Follow-ups not done and due by the end of the week, by due day. */
  followUps: part(WeekFollowUp),
  /** Cases before a match, longest-waiting first. */
  waiting: part(WeekWaiting),
});

export const WeekSectionInput = z.strictObject({
  /** The overview's `today`. */
  today: IsoDate,
  section: z.enum(WEEK_SECTIONS),
  /** From the start of the section when left out. */
  after: WeekCursor.optional(),
  limit: z.number().int().min(1).max(500).default(WEEK_PAGE),
});

/** More rows of one section of the week. */
export const WeekSectionPage = z.discriminatedUnion('section', [
  part(WeekMeeting).extend({ section: z.literal('meetings') }),
  part(WeekQuiet).extend({ section: z.literal('quiet') }),
  part(WeekFollowUp).extend({ section: z.literal('followUps') }),
  part(WeekWaiting).extend({ section: z.literal('waiting') }),
]);

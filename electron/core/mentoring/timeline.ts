import type { z } from 'zod';
import type { Case, CaseStatus, FollowUp, Meeting } from '../../../shared/contract';

type Timeline = z.output<typeof Case>['timeline'];

/** One row of case_events with the mentor's name joined in, oldest first. */
export interface StatusEvent {
  date: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  reason: string;
  mentor_name: string | null;
  /** 1 when that mentor was anonymised (erasure), else 0 (SQLite has no booleans). */
  mentor_anonymised: number;
}

// On the same day a status change sorts above (after) what led to it.
const ORDER = { status: 0, agreement: 1, meeting: 2, 'follow-up': 3 } as const;

/**
 * Everything that happened to a course, newest first: status changes, the start agreement,
 * meetings, and follow-ups (dated when done, else when due). Ties on a day and kind keep the
 * later-recorded item on top.
 */
export function buildTimeline(
  events: readonly StatusEvent[],
  agreementOn: string | null,
  meetings: readonly z.output<typeof Meeting>[],
  followUps: readonly z.output<typeof FollowUp>[],
): Timeline {
  const items: Timeline = [
    ...events.map((e) => ({
      kind: 'status' as const,
      date: e.date,
      from: e.from_status,
      to: e.to_status,
      reason: e.reason,
      mentorName: e.mentor_name,
      mentorAnonymised: e.mentor_anonymised === 1,
    })),
    ...(agreementOn ? [{ kind: 'agreement' as const, date: agreementOn }] : []),
    ...meetings.map((m) => ({ kind: 'meeting' as const, date: m.date, meeting: m })),
    ...followUps.map((f) => ({ kind: 'follow-up' as const, date: f.doneOn ?? f.dueOn, followUp: f })),
  ];
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.date.localeCompare(a.item.date) || ORDER[a.item.kind] - ORDER[b.item.kind] || b.index - a.index)
    .map((x) => x.item);
}

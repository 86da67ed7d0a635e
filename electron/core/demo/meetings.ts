import { addMonths } from '../mentoring/rows';
import type { CaseState } from './case-state';
import type { Plan } from './courses';
import { dayOf, iso, weekdayOf, weighted, type MentoringContext } from './mentoring-context';
import type { Outcome } from './mentoring-texts';
import type { Rng } from './prng';

// A course's meetings (the start meeting, weekly at first, then every two to four weeks while
// active, the monthly group events, a closing meeting with the partner) and the follow-up
// planned on closing, with how long each meeting took and what the follow-up found.

export interface Meeting {
  day: number;
  type: string;
}

export interface FollowUp {
  due: string;
  done: number | null;
  result: string | null;
  note: string;
}

/** The meetings of a course up to its end (an open course's next meeting may be after today). */
export function courseMeetings(ctx: MentoringContext, plan: Plan, state: CaseState): Meeting[] {
  const { rng, today } = ctx;
  // Meetings: from the start meeting on, every two to four weeks while active.
  const meetings: Meeting[] = [];
  const activeSpans: [number, number, boolean][] = [];
  state.events.forEach((e, k) => {
    if (e.to !== 'active') return;
    const following = state.events[k + 1];
    activeSpans.push([e.day, following ? following.day : Number.POSITIVE_INFINITY, e.day === plan.agreementDay]);
  });
  for (const [from, to, isStart] of activeSpans) {
    // The start meeting is the three-party one where the agreement is made.
    meetings.push({ day: from, type: isStart ? 'three-party' : 'mentor-mentee' });
    const open = !Number.isFinite(to);
    const until = open ? today - plan.quietGap : to;
    // Many pairs meet weekly for the first weeks, to get to know each other.
    if (isStart && rng.chance(0.6))
      for (const extra of [7, 21]) if (from + extra < until) meetings.push({ day: from + extra, type: 'mentor-mentee' });
    // The programme's monthly group events (a workshop, a company visit); some mentees come.
    for (let month = from + rng.int(10, 30); month < until; month += 30) {
      if (rng.chance(0.45)) meetings.push({ day: month, type: 'group-event' });
    }
    let day = from + plan.interval + rng.int(-3, 3);
    while (day < until) {
      const type = rng.chance(0.04) ? 'three-party' : 'mentor-mentee';
      // Fewer meetings on Sundays.
      meetings.push({ day: weekdayOf(day) === 0 && day + 1 < until && rng.chance(0.7) ? day + 1 : day, type });
      day += plan.interval + rng.int(-3, 3);
    }
    if (open && plan.quietGap === 0 && rng.chance(0.6) && day <= today + 28)
      meetings.push({ day: Math.max(day, today + 1), type: 'mentor-mentee' });
  }
  if (state.status === 'closed' && state.startedOn !== null && plan.referral.organisationId !== null && rng.chance(0.25)) {
    meetings.push({ day: state.closedOn as number, type: 'three-party' });
  }
  return meetings;
}

/** The follow-up of a closed course that started, or null; a follow-up meeting, when there was one, is added to `meetings`. */
export function courseFollowUp(ctx: MentoringContext, state: CaseState, followUpMonths: number, meetings: Meeting[]): FollowUp | null {
  const { rng, today, t } = ctx;
  // The follow-up planned on closing a course that started, done (mostly) when its day has come.
  let followUp: FollowUp | null = null;
  if (state.status === 'closed' && state.startedOn !== null) {
    const due = addMonths(iso(state.closedOn as number), followUpMonths);
    const dueDay = dayOf(due);
    const age = today - dueDay;
    const done = age >= 0 && rng.chance(age > 90 ? 0.99 : age > 30 ? 0.8 : 0.4) ? Math.min(today, dueDay + rng.int(0, 21)) : null;
    followUp = {
      due,
      done,
      result: done === null ? null : followUpResult(rng, state.outcome ?? 'ended-early'),
      note: done !== null && rng.chance(0.4) ? rng.pick(t.followUpNotes) : '',
    };
    if (done !== null && state.periods.length > 0 && rng.chance(0.2)) meetings.push({ day: done, type: 'follow-up' });
  }
  return followUp;
}

/** How long a meeting of this type took, in minutes. */
export function meetingDuration(rng: Rng, type: string): number {
  return type === 'three-party'
    ? weighted(rng, [
        [60, 60],
        [90, 40],
      ] as const)
    : type === 'group-event'
      ? weighted(rng, [
          [90, 40],
          [120, 60],
        ] as const)
      : type === 'follow-up'
        ? weighted(rng, [
            [30, 50],
            [45, 20],
            [60, 30],
          ] as const)
        : weighted(rng, [
            [60, 42],
            [90, 26],
            [45, 8],
            [30, 10],
            [120, 9],
            [75, 5],
          ] as const);
}

function followUpResult(rng: Rng, outcome: Outcome): string {
  return outcome.startsWith('job')
    ? weighted(rng, [
        ['in-job', 75],
        ['seeking', 10],
        ['no-contact', 10],
        ['other', 5],
      ] as const)
    : outcome === 'education'
      ? weighted(rng, [
          ['in-education', 70],
          ['in-job', 10],
          ['no-contact', 15],
          ['other', 5],
        ] as const)
      : outcome === 'moved'
        ? weighted(rng, [
            ['no-contact', 70],
            ['in-job', 10],
            ['other', 20],
          ] as const)
        : weighted(rng, [
            ['seeking', 35],
            ['in-job', 20],
            ['other-programme', 15],
            ['no-contact', 25],
            ['in-education', 5],
          ] as const);
}

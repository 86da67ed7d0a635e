import type { CaseStatus } from '../../../shared/contract';
import { weighted, workday, type MentoringContext } from './mentoring-context';
import type { Outcome } from './mentoring-texts';
import { makeMentee, type DemoMentee } from './mentees';
import { mentorFinder } from './matching';
import type { DemoMentor } from './mentors';
import type { Referral } from './referrals';

// The courses simulated day by day: each mentee's plan is made on the day they are referred
// (intake, waiting, or closing before a mentor is found; how long the course will run, a pause,
// a rematch), then the days are walked through and a waiting mentee is matched when their turn
// comes, with a mentor who is free for the whole period (or tried again two weeks later).

export interface Event {
  day: number;
  to: CaseStatus;
  mentor?: DemoMentor;
  reason?: string;
  outcome?: Outcome;
  endedReason?: string;
}

export interface Plan {
  mentee: DemoMentee;
  referral: Referral;
  coordinator: string;
  referred: number;
  events: Event[];
  agreementDay: number | null;
  interval: number;
  quietGap: number;
  /** The day waiting for the current match started (for giving up after a year). */
  waitStart: number;
  previous: DemoMentor | null;
  next: null | {
    startDelay: number;
    needsAgreement: boolean;
    length: number;
    outcome: Outcome;
    pause: { offset: number; days: number } | null;
    rematch: { offset: number; wait: number; restart: number; preStart: boolean } | null;
  };
}

/** Every course's plan with its events (some after `today`: the demo writes only those up to it). */
export function simulateCourses(
  ctx: MentoringContext,
  referralDays: number[],
  referralFor: (municipality: string) => Referral,
  coordinators: string[],
  mentors: DemoMentor[],
): Plan[] {
  const { rng, today, first, t } = ctx;
  const plans: Plan[] = [];
  const requests = new Map<number, Plan[]>();
  const request = (day: number, plan: Plan) => {
    const list = requests.get(day) ?? [];
    list.push(plan);
    requests.set(day, list);
  };
  const outcomeForMatched = (): Outcome =>
    weighted(rng, [
      ['job-full-time', 17],
      ['job-part-time', 13],
      ['job-subsidised', 9],
      ['education', 13],
      ['internship', 10],
      ['other-programme', 8],
      ['ended-early', 16],
      ['moved', 6],
    ] as const);
  const closing = (outcome: Outcome, before: boolean): Pick<Event, 'outcome' | 'endedReason'> => ({
    outcome,
    endedReason: outcome === 'ended-early' ? rng.pick(before ? t.declinedReasons.slice(0, 2) : t.endedEarlyReasons) : '',
  });

  for (const referred of referralDays) {
    const mentee = makeMentee(ctx, referred);
    const plan: Plan = {
      mentee,
      referral: referralFor(mentee.municipality),
      coordinator: rng.pick(coordinators),
      referred,
      events: [{ day: referred, to: 'referred' }],
      agreementDay: null,
      interval: weighted(rng, [
        [14, 55],
        [21, 30],
        [28, 15],
      ] as const),
      quietGap: rng.chance(0.1) ? rng.int(35, 90) : 0,
      waitStart: 0,
      previous: null,
      next: null,
    };
    plans.push(plan);
    // The intake meeting within a few weeks; consents and goals sometimes take a while longer.
    const intake = workday(referred + rng.int(4, 28));
    const waiting = rng.chance(0.45) ? intake : workday(intake + rng.int(3, 21));
    const kind = weighted(rng, [
      ['closed-referred', 2],
      ['closed-intake', 3],
      ['closed-waiting', 3],
      ['match', 92],
    ] as const);
    const beforeMatchOutcome = () =>
      weighted(rng, [
        ['ended-early', 60],
        ['moved', 15],
        ['other-programme', 15],
        ['job-part-time', 10],
      ] as const);
    if (kind === 'closed-referred') {
      plan.events.push({ day: workday(referred + rng.int(5, 30)), to: 'closed', ...closing(beforeMatchOutcome(), true) });
      continue;
    }
    plan.events.push({ day: intake, to: 'intake' });
    if (kind === 'closed-intake') {
      plan.events.push({ day: workday(intake + rng.int(3, 20)), to: 'closed', ...closing(beforeMatchOutcome(), true) });
      continue;
    }
    plan.events.push({ day: waiting, to: 'waiting' });
    plan.waitStart = waiting;
    if (kind === 'closed-waiting') {
      plan.events.push({ day: workday(waiting + rng.int(20, 200)), to: 'closed', ...closing(beforeMatchOutcome(), true) });
      continue;
    }
    const outcome = outcomeForMatched();
    // Six to twelve months; many programmes plan a year.
    const length =
      outcome === 'ended-early'
        ? rng.int(30, 150)
        : outcome === 'moved'
          ? rng.int(45, 240)
          : rng.chance(0.45)
            ? rng.int(330, 365)
            : rng.int(182, 365);
    const startDelay = rng.int(5, 21);
    const rematchRoll = rng.next();
    plan.next = {
      startDelay,
      needsAgreement: true,
      length,
      outcome,
      pause: rematchRoll >= 0.09 && rng.chance(0.3) && length > 120 ? { offset: rng.int(40, length - 60), days: rng.int(21, 90) } : null,
      rematch:
        rematchRoll < 0.02
          ? { offset: rng.int(2, startDelay - 1), wait: rng.int(7, 45), restart: rng.int(5, 21), preStart: true }
          : rematchRoll < 0.09 && length > 60
            ? { offset: rng.int(30, Math.floor(length * 0.6)), wait: rng.int(7, 70), restart: rng.int(3, 12), preStart: false }
            : null,
    };
    const wait = weighted(rng, [
      [() => rng.int(7, 42), 55],
      [() => rng.int(42, 112), 32],
      [() => rng.int(112, 280), 13],
    ] as const)();
    request(workday(waiting + wait), plan);
  }

  const findMentor = mentorFinder(ctx, mentors);
  for (let day = first; day <= today; day++) {
    const due = requests.get(day);
    if (!due) continue;
    requests.delete(day);
    for (const plan of due) {
      const next = plan.next;
      if (!next) continue;
      if (day - plan.waitStart > 365) {
        // A year on the waiting list: the coordinator closes the course.
        plan.events.push({ day, to: 'closed', outcome: 'ended-early', endedReason: t.declinedReasons[2] ?? '' });
        continue;
      }
      const start = workday(day + next.startDelay);
      // The mentor's period ends on a working day: a rematch, or the closing.
      const end = workday(
        next.rematch
          ? next.rematch.preStart
            ? day + next.rematch.offset
            : start + next.rematch.offset
          : start + next.length + (next.pause?.days ?? 0),
      );
      const mentor = findMentor(plan.mentee, plan.previous, day, end);
      if (!mentor) {
        request(workday(day + 14), plan);
        continue;
      }
      mentor.periods.push([day, end]);
      plan.events.push({ day, to: 'matched', mentor });
      if (next.rematch?.preStart) {
        const back = end;
        plan.events.push({ day: back, to: 'waiting', reason: rng.pick(t.rematchReasons) });
        plan.previous = mentor;
        plan.waitStart = back;
        plan.next = { ...next, startDelay: next.rematch.restart, rematch: null };
        request(workday(back + next.rematch.wait), plan);
        continue;
      }
      if (next.needsAgreement) plan.agreementDay = start;
      plan.events.push({ day: start, to: 'active' });
      if (next.rematch) {
        const back = end;
        plan.events.push({ day: back, to: 'waiting', reason: rng.pick(t.rematchReasons) });
        plan.previous = mentor;
        plan.waitStart = back;
        plan.next = {
          ...next,
          startDelay: next.rematch.restart,
          needsAgreement: false,
          length: next.length - next.rematch.offset,
          rematch: null,
        };
        request(workday(back + next.rematch.wait), plan);
        continue;
      }
      if (next.pause) {
        const pausedOn = workday(start + next.pause.offset);
        const resumed = workday(pausedOn + next.pause.days);
        if (resumed < end) {
          plan.events.push({ day: pausedOn, to: 'paused', reason: rng.pick(t.pauseReasons) });
          plan.events.push({ day: resumed, to: 'active' });
        }
      }
      plan.events.push({ day: end, to: 'closed', ...closing(next.outcome, false) });
      plan.next = null;
    }
  }
  return plans;
}

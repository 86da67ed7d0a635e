import type { CaseStatus } from '../../../shared/contract';
import { WITH_MENTOR } from '../../../shared/mentoring/lifecycle';
import type { Event } from './courses';
import type { Outcome } from './mentoring-texts';
import type { DemoMentor } from './mentors';

// A course's events played through the way the repositories apply them (openCase, then
// transitionCase for each change): the case row, the status events and the mentor periods they
// leave behind. No randomness here.

/** What a case row looks like after the events, exactly as transitionCase leaves it. */
export interface CaseState {
  status: CaseStatus;
  statusSince: number;
  mentor: DemoMentor | null;
  intakeOn: number | null;
  waitingSince: number | null;
  matchedOn: number | null;
  startedOn: number | null;
  closedOn: number | null;
  outcome: Outcome | null;
  endedReason: string;
  periods: { mentor: DemoMentor; from: number; to: number | null; reason: string }[];
  events: { day: number; from: CaseStatus | null; to: CaseStatus; mentor: DemoMentor | null; reason: string }[];
}

export function replay(events: Event[]): CaseState {
  const s: CaseState = {
    status: 'referred',
    statusSince: 0,
    mentor: null,
    intakeOn: null,
    waitingSince: null,
    matchedOn: null,
    startedOn: null,
    closedOn: null,
    outcome: null,
    endedReason: '',
    periods: [],
    events: [],
  };
  const endPeriod = (day: number, reason: string) => {
    for (const p of s.periods) if (p.to === null) Object.assign(p, { to: day, reason });
  };
  events.forEach((e, i) => {
    const from = i === 0 ? null : s.status;
    let eventMentor: DemoMentor | null = null;
    switch (e.to) {
      case 'intake':
        s.intakeOn = e.day;
        break;
      case 'waiting':
        s.waitingSince = e.day;
        if (from !== null && WITH_MENTOR.includes(from)) {
          eventMentor = s.mentor;
          endPeriod(e.day, e.reason ?? '');
          s.mentor = null;
          s.matchedOn = null;
        }
        break;
      case 'matched':
        s.mentor = e.mentor ?? null;
        s.matchedOn = e.day;
        eventMentor = s.mentor;
        if (e.mentor) s.periods.push({ mentor: e.mentor, from: e.day, to: null, reason: '' });
        break;
      case 'active':
        if (s.startedOn === null) s.startedOn = e.day;
        break;
      case 'closed':
        s.closedOn = e.day;
        s.outcome = e.outcome ?? 'ended-early';
        s.endedReason = e.endedReason ?? '';
        endPeriod(e.day, '');
        break;
      default:
        break;
    }
    s.status = e.to;
    s.statusSince = e.day;
    // The referral itself is recorded with an empty reason, as openCase does.
    s.events.push({ day: e.day, from, to: e.to, mentor: eventMentor, reason: i === 0 ? '' : (e.reason ?? '') });
  });
  return s;
}

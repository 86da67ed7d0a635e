import type { CaseStatus } from '../../../../../shared/contract/mentoring-schemas';
import { WITH_MENTOR } from '../../../../../shared/mentoring/lifecycle';
import type { CaseValue } from './case-format';

/** A status change as the coordinator thinks of it: "Pause", "Find a new mentor", … */
export type Step = 'intake' | 'waiting' | 'rematch' | 'start' | 'pause' | 'resume' | 'close';

/** The step a status change stands for, seen from the course's current status. */
export function stepFor(from: CaseStatus, to: CaseStatus): Step | null {
  switch (to) {
    case 'intake':
      return 'intake';
    case 'waiting':
      return WITH_MENTOR.includes(from) ? 'rematch' : 'waiting';
    case 'active':
      return from === 'paused' ? 'resume' : 'start';
    case 'paused':
      return 'pause';
    case 'closed':
      return 'close';
    // Matching is done by choosing a suggestion in the matching panel.
    case 'matched':
    case 'referred':
      return null;
  }
}

export const STEP_TARGET: Record<Step, CaseStatus> = {
  intake: 'intake',
  waiting: 'waiting',
  rematch: 'waiting',
  start: 'active',
  pause: 'paused',
  resume: 'active',
  close: 'closed',
};

/** The steps to offer, the forward one first and closing last; only what core will accept. */
export function offeredSteps(c: CaseValue): Step[] {
  const steps = c.allowedTransitions.flatMap((to) => {
    const s = stepFor(c.status, to);
    return s ? [s] : [];
  });
  const rank: Record<Step, number> = { intake: 0, waiting: 0, start: 0, resume: 0, pause: 1, rematch: 2, close: 3 };
  return steps.sort((a, b) => rank[a] - rank[b]);
}

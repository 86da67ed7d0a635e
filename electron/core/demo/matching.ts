import type { MentoringContext } from './mentoring-context';
import type { DemoMentee } from './mentees';
import type { DemoMentor } from './mentors';

// Matching in the simulation: a mentor who is free for the whole period (never more open
// courses than their capacity, at any time), preferring one in the same field, nearby, and
// speaking the mentee's language; a sample is scored, then everyone if nobody in it is free.

/** Finds the best free mentor from `from` to `to` for a mentee (not the one they had before), or null. */
export function mentorFinder(
  ctx: MentoringContext,
  mentors: DemoMentor[],
): (mentee: DemoMentee, previous: DemoMentor | null, from: number, to: number) => DemoMentor | null {
  const { rng, local, neighbours } = ctx;
  const matchable = mentors.filter((m) => Number.isFinite(m.activeFrom) && !m.fresh);
  const byPlace = new Map<string, DemoMentor[]>();
  for (const m of matchable) {
    const list = byPlace.get(m.municipality) ?? [];
    list.push(m);
    byPlace.set(m.municipality, list);
  }
  const isFree = (m: DemoMentor, from: number, to: number) => {
    if (m.activeFrom > from || m.stop < to) return false;
    let overlapping = 0;
    for (const [a, b] of m.periods) if (a < to && b > from) overlapping++;
    return overlapping < m.capacity;
  };
  const fit = (mentee: DemoMentee, m: DemoMentor) => {
    if (mentee.preferred !== 'any' && m.gender !== mentee.preferred) return -10;
    let score = rng.next();
    if (mentee.industries.some((i) => m.industries.includes(i))) score += 3;
    if (m.municipality === mentee.municipality) score += 2;
    else if (neighbours.has(`${m.municipality}|${mentee.municipality}`)) score += 1;
    for (const code of mentee.codes) if (code !== local && m.codes.has(code)) score += 2;
    return score;
  };
  return (mentee, previous, from, to) => {
    const best: { mentor: DemoMentor | null; score: number } = { mentor: null, score: Number.NEGATIVE_INFINITY };
    const consider = (m: DemoMentor) => {
      if (m === previous || !isFree(m, from, to)) return;
      const score = fit(mentee, m);
      if (score > best.score) Object.assign(best, { mentor: m, score });
    };
    const nearby = byPlace.get(mentee.municipality) ?? [];
    for (let k = 0; k < 25 && nearby.length > 0; k++) consider(rng.pick(nearby));
    for (let k = 0; k < 40 && matchable.length > 0; k++) consider(rng.pick(matchable));
    if (best.mentor === null && matchable.length > 0) {
      // Nobody free among the sample: look at everyone, starting anywhere.
      const offset = rng.int(0, matchable.length - 1);
      for (let k = 0; k < matchable.length && best.mentor === null; k++) consider(matchable[(offset + k) % matchable.length] as DemoMentor);
    }
    return best.mentor;
  };
}

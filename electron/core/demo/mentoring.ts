import type { Db } from '../db/driver';
import { readMentoringSettings } from '../mentoring/settings';
import { generateConsents } from './consents';
import { simulateCourses } from './courses';
import { mentoringContext } from './mentoring-context';
import { makeMentors, writeMentors } from './mentors';
import { createRng, type Rng } from './prng';
import { coordinators, referralDays, referrals } from './referrals';
import { caseWriter } from './write-cases';

// The mentoring part of the demo register: mentors, mentees, and about four years of courses
// with their whole history. The history is simulated day by day (referral, intake, waiting,
// match, start agreement, meetings, pauses, rematches, closing, follow-up) and then written
// with prepared statements, one transaction per chunk of courses. Every row is what the
// repositories would have written for the same calls (tests/unit/core/demo-mentoring-channels.test.ts
// replays courses through the real channels and compares): status_since, an event for every
// status change, mentor periods, the follow-up planned on closing, search entries. Matching
// in the simulation never gives a mentor more open courses than their capacity, at any time.
//
// The parts, in the order they draw from the random stream (which must not change: the same seed
// and day give the same register): mentors.ts, referrals.ts (coordinators, referral days),
// courses.ts with mentees.ts and matching.ts (the simulation), write-cases.ts with meetings.ts
// (the writing), and last consents.ts from a stream of its own.

export interface MentoringSize {
  mentors: number;
  mentees: number;
}

export interface MentoringCounts {
  mentors: number;
  mentees: number;
  cases: number;
  caseEvents: number;
  meetings: number;
  followUps: number;
}

/** Courses are written in transactions of this many. */
const CHUNK = 1000;

export function generateMentoring(db: Db, size: MentoringSize, rng: Rng, todayDate: string): MentoringCounts {
  const ctx = mentoringContext(db, rng, todayDate);
  const mentors = makeMentors(ctx, size.mentors);
  writeMentors(db, ctx, mentors);
  const followUpMonths = readMentoringSettings(db).followUpMonths;

  const referralFor = referrals(db, ctx);
  const coordinatorNames = coordinators(ctx, size.mentees);
  const days = referralDays(ctx, mentors, size.mentees);
  const plans = simulateCourses(ctx, days, referralFor, coordinatorNames, mentors);

  const counts: MentoringCounts = { mentors: mentors.length, mentees: 0, cases: 0, caseEvents: 0, meetings: 0, followUps: 0 };
  const writeCase = caseWriter(db, ctx, followUpMonths, counts);
  for (let k = 0; k < plans.length; k += CHUNK) {
    db.transaction(() => {
      for (const plan of plans.slice(k, k + CHUNK)) writeCase(plan);
    })();
  }
  // Consents come last, from their own stream, so the courses above stay as they were.
  generateConsents(db, createRng(Math.floor(rng.next() * 4294967296)), todayDate);
  return counts;
}

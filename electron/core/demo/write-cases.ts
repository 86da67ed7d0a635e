import { AgreementInput } from '../../../shared/contract';
import type { Db } from '../db/driver';
import { indexEntity } from '../partners/search-index';
import { replay, type CaseState } from './case-state';
import type { Plan } from './courses';
import { courseFollowUp, courseMeetings, meetingDuration } from './meetings';
import { menteeCodes } from './mentees';
import { iso, stamp, weighted, type MentoringContext } from './mentoring-context';
import type { GoalKind } from './mentoring-texts';

// Writing a simulated course: the mentee (with their search entry), the case row as
// transitionCase leaves it, its status events and mentor periods, goals, meetings and the
// follow-up, with the random details (agreement, evaluation, notes) drawn as they are written.
// Only what happened up to today is written.

const FEEDBACK = ['attendance', 'goals-progress', 'outcome', 'meeting-count'] as const;

export interface CaseCounts {
  mentees: number;
  cases: number;
  caseEvents: number;
  meetings: number;
  followUps: number;
}

/** Writes one course at a time (inside the caller's transaction), counting what it wrote. */
export function caseWriter(db: Db, ctx: MentoringContext, followUpMonths: number, counts: CaseCounts): (plan: Plan) => void {
  const { rng, today, t, fill } = ctx;
  const newCode = menteeCodes(rng);
  const insertMentee = db.prepare(
    `INSERT INTO mentees (code, name, email, phone, birth_year, gender, languages, local_language_level, education_level, education_field,
       education_country, profession, industries, experience_years, recognition, goals, municipality, availability, preferred_mentor_gender,
       preferences, notes, name_key, created_at, updated_at)
     VALUES (${Array.from({ length: 24 }, () => '?').join(', ')})`,
  );
  const insertCase = db.prepare(
    `INSERT INTO cases (mentee_id, mentor_id, coordinator, status, status_since, referral_organisation_id, referral_contact_id, referred_on,
       referral_reason, intake_on, waiting_since, matched_on, started_on, closed_on, outcome, ended_reason, evaluation, agreement, agreement_on,
       created_at, updated_at)
     VALUES (${Array.from({ length: 21 }, () => '?').join(', ')})`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO case_events (case_id, date, from_status, to_status, mentor_id, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPeriod = db.prepare('INSERT INTO case_mentors (case_id, mentor_id, from_date, to_date, end_reason) VALUES (?, ?, ?, ?, ?)');
  const insertGoal = db.prepare('INSERT INTO case_goals (case_id, kind, description, progress, note) VALUES (?, ?, ?, ?, ?)');
  const insertMeeting = db.prepare(
    'INSERT INTO meetings (case_id, date, type, duration_minutes, topics, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertFollowUp = db.prepare('INSERT INTO follow_ups (case_id, due_on, done_on, result, note) VALUES (?, ?, ?, ?, ?)');
  const goalProgress = (kind: GoalKind, state: CaseState): 'not-started' | 'in-progress' | 'reached' | 'dropped' => {
    if (state.startedOn === null) return state.status === 'closed' ? 'dropped' : 'not-started';
    if (state.status !== 'closed') return rng.chance(0.8) ? 'in-progress' : rng.chance(0.5) ? 'reached' : 'not-started';
    const o = state.outcome ?? 'ended-early';
    if (kind === 'job') return o.startsWith('job') ? 'reached' : o === 'internship' ? 'in-progress' : 'dropped';
    if (kind === 'education') return o === 'education' ? 'reached' : rng.chance(0.3) ? 'reached' : 'dropped';
    if (o === 'ended-early' || o === 'moved') return rng.chance(0.7) ? 'dropped' : 'in-progress';
    return rng.chance(0.6) ? 'reached' : 'in-progress';
  };

  return (plan: Plan) => {
    const events = plan.events.filter((e) => e.day <= today);
    const state = replay(events);
    const mentee = plan.mentee;
    const createdAt = stamp(plan.referred, 9);
    const menteeUpdated = stamp(state.intakeOn ?? plan.referred, 9);
    const r = mentee.row;
    const code = newCode();
    const menteeId = Number(
      insertMentee.run(
        code,
        r.name,
        r.email,
        r.phone,
        r.birth_year,
        r.gender,
        r.languages,
        r.local_language_level,
        r.education_level,
        r.education_field,
        r.education_country,
        r.profession,
        r.industries,
        r.experience_years,
        r.recognition,
        r.goals,
        r.municipality,
        r.availability,
        r.preferred_mentor_gender,
        r.preferences,
        r.notes,
        r.name_key,
        createdAt,
        menteeUpdated,
      ).lastInsertRowid,
    );
    indexEntity(db, 'mentee', menteeId, {
      label: mentee.name,
      subtitle: [code, mentee.municipality].filter(Boolean).join(' · '),
      title: mentee.name,
      body: `${code} ${code.replace('-', '')} ${mentee.municipality} ${mentee.profession}`,
    });
    counts.mentees++;

    const meetings = courseMeetings(ctx, plan, state);
    const followUp = courseFollowUp(ctx, state, followUpMonths, meetings);

    const lastActivity = Math.max(
      state.statusSince,
      ...meetings.map((m) => Math.min(m.day, today)),
      followUp?.done ?? 0,
      plan.agreementDay !== null && plan.agreementDay <= today ? plan.agreementDay : 0,
    );
    const agreement =
      plan.agreementDay !== null && plan.agreementDay <= today
        ? AgreementInput.parse({
            date: iso(plan.agreementDay),
            participants: [
              plan.referral.contactName,
              plan.coordinator,
              mentee.name,
              state.periods.filter((p) => p.from <= (plan.agreementDay as number)).pop()?.mentor.name,
            ]
              .filter(Boolean)
              .join(', '),
            divisionOfWork: rng.pick(t.divisionOfWork),
            feedbackFrequency:
              plan.referral.organisationId === null
                ? 'none'
                : weighted(rng, [
                    ['monthly', 20],
                    ['every-two-months', 20],
                    ['quarterly', 40],
                    ['at-end', 20],
                  ] as const),
            feedbackForm: weighted(rng, [
              ['written-report', 40],
              ['meeting', 25],
              ['phone', 20],
              ['email', 15],
            ] as const),
            feedbackMayContain: plan.referral.organisationId === null ? [] : FEEDBACK.filter(() => rng.chance(0.5)),
            note: '',
          })
        : null;
    const outcome = state.outcome;
    const evaluation =
      state.status === 'closed' && outcome !== null && (state.startedOn !== null || rng.chance(0.3))
        ? fill(rng.pick(t.evaluations[outcome]), { p: mentee.profession })
        : '';
    const reason = fill(rng.pick(t.referralReasons), { p: mentee.profession, c: mentee.country });
    const caseId = Number(
      insertCase.run(
        menteeId,
        state.mentor?.id ?? null,
        plan.coordinator,
        state.status,
        iso(state.statusSince),
        plan.referral.organisationId,
        plan.referral.contactId,
        iso(plan.referred),
        reason,
        state.intakeOn === null ? null : iso(state.intakeOn),
        state.waitingSince === null ? null : iso(state.waitingSince),
        state.matchedOn === null ? null : iso(state.matchedOn),
        state.startedOn === null ? null : iso(state.startedOn),
        state.closedOn === null ? null : iso(state.closedOn),
        outcome,
        state.endedReason,
        evaluation,
        agreement === null ? null : JSON.stringify(agreement),
        agreement === null ? null : agreement.date,
        createdAt,
        stamp(Math.min(lastActivity, today), 16),
      ).lastInsertRowid,
    );
    counts.cases++;
    for (const e of state.events) {
      insertEvent.run(caseId, iso(e.day), e.from, e.to, e.mentor?.id ?? null, e.reason, stamp(e.day, 12));
      counts.caseEvents++;
    }
    for (const p of state.periods) insertPeriod.run(caseId, p.mentor.id, iso(p.from), p.to === null ? null : iso(p.to), p.reason);
    if (state.intakeOn !== null) {
      for (const kind of mentee.goals) {
        const description = fill(rng.pick(t.goals[kind]), {
          p: mentee.profession,
          f: mentee.field,
          c: mentee.country,
          m: mentee.municipality,
        });
        insertGoal.run(caseId, kind, description, goalProgress(kind, state), rng.chance(0.15) ? rng.pick(t.goalNotes) : '');
      }
    }
    meetings.sort((a, b) => a.day - b.day);
    for (const m of meetings) {
      const topics = rng.chance(0.7) ? rng.sample(t.topics, rng.int(1, 3)) : [];
      insertMeeting.run(
        caseId,
        iso(m.day),
        m.type,
        meetingDuration(rng, m.type),
        JSON.stringify(topics),
        rng.chance(0.25) ? rng.pick(t.meetingNotes) : '',
        stamp(Math.min(m.day, today), 19),
      );
      counts.meetings++;
    }
    if (followUp) {
      insertFollowUp.run(caseId, followUp.due, followUp.done === null ? null : iso(followUp.done), followUp.result, followUp.note);
      counts.followUps++;
    }
  };
}

import { z } from 'zod';
import { coreCall, coreRead } from './define';
import * as M from './mentoring-schemas';
import { Id, IsoDate } from './partners-schemas';

const ById = z.strictObject({ id: Id });
const Done = z.strictObject({});

/** Mentoring: mentors, mentees, cases (courses) with meetings and follow-ups, matching, "this week". */
export const mentoringChannels = {
  'mentors:list': coreRead(z.strictObject({ includeEnded: z.boolean().default(false) }), z.array(M.MentorRow)),
  'mentors:get': coreRead(ById, M.Mentor),
  'mentors:save': coreCall(M.MentorInput, M.Mentor),
  'mentors:setStatus': coreCall(z.strictObject({ id: Id, status: z.enum(M.MENTOR_STATUSES) }), M.Mentor),
  'mentors:delete': coreCall(ById, Done),

  'mentees:list': coreRead(z.strictObject({}), z.array(M.MenteeRow)),
  // purpose 'view': the mentee's page is being opened, which is audited (mentee.viewed).
  'mentees:get': coreRead(z.strictObject({ id: Id, purpose: z.enum(['view']).optional() }), M.Mentee),
  'mentees:save': coreCall(M.MenteeInput, M.Mentee),
  'mentees:delete': coreCall(ById, Done),

  'cases:list': coreRead(z.strictObject({ includeClosed: z.boolean().default(false) }), z.array(M.CaseRow)),
  'cases:get': coreRead(ById, M.Case),
  'cases:open': coreCall(M.CaseOpenInput, M.Case),
  'cases:saveDetails': coreCall(M.CaseDetailsInput, M.Case),
  'cases:transition': coreCall(M.CaseTransitionInput, M.Case),
  'cases:saveAgreement': coreCall(z.strictObject({ caseId: Id, agreement: M.AgreementInput }), M.Case),
  'cases:delete': coreCall(ById, Done),

  'meetings:save': coreCall(M.MeetingInput, M.Meeting),
  'meetings:delete': coreCall(ById, Done),
  'followUps:save': coreCall(M.FollowUpInput, M.FollowUp),
  'followUps:delete': coreCall(ById, Done),

  'matching:suggest': coreRead(z.strictObject({ menteeId: Id, limit: z.number().int().min(1).max(100).default(10) }), M.MatchResult),
  'mentoring:getSettings': coreRead(z.strictObject({}), M.MentoringSettings),
  'mentoring:saveSettings': coreCall(M.MentoringSettings.partial(), M.MentoringSettings),

  'week:overview': coreRead(z.strictObject({ today: IsoDate.optional() }), M.WeekOverview),
};

import { z } from 'zod';
import { coreCall, coreRead } from './define';
import * as M from './mentoring-schemas';
import { pageOf, PageQuery } from './paging';
import { Id, IsoDate } from './partners-schemas';

const ById = z.strictObject({ id: Id });
const Done = z.strictObject({});
/** Names of mentees in a list only when the coordinator turned them on (the quick search too). */
const ShowNames = { showNames: z.boolean().default(false) };

/** Mentoring: mentors, mentees, cases (courses) with meetings and follow-ups, matching, "this week". */
export const mentoringChannels = {
  'mentors:list': coreRead(z.strictObject({ includeEnded: z.boolean().default(false) }), z.array(M.MentorRow)),
  /** One page of the mentors list, sorted and filtered in core; `includeArchived` brings the ended ones. */
  'mentors:page': coreRead(PageQuery, pageOf(M.MentorRow)),
  'mentors:get': coreRead(ById, M.Mentor),
  'mentors:save': coreCall(M.MentorInput, M.Mentor),
  'mentors:setStatus': coreCall(z.strictObject({ id: Id, status: z.enum(M.MENTOR_STATUSES) }), M.Mentor),
  'mentors:delete': coreCall(ById, Done),

  'mentees:list': coreRead(z.strictObject({}), z.array(M.MenteeRow)),
  // purpose 'view': the mentee's page is being opened, which is audited (mentee.viewed).
  /** One page of the mentees list, sorted and filtered in core. */
  'mentees:page': coreRead(PageQuery.extend(ShowNames), pageOf(M.MenteeRow)),
  'mentees:get': coreRead(z.strictObject({ id: Id, purpose: z.enum(['view']).optional() }), M.Mentee),
  'mentees:save': coreCall(M.MenteeInput, M.Mentee),
  'mentees:delete': coreCall(ById, Done),

  /**
   * The courses, open ones only unless `includeClosed`; with `closedSince` too, only the closed
   * ones whose status changed on or after that day (the board's "closed recently").
   */
  'cases:list': coreRead(
    z.strictObject({ includeClosed: z.boolean().default(false), closedSince: IsoDate.optional() }),
    z.array(M.CaseRow),
  ),
  /** One page of the courses list, of one status or all; `includeArchived` brings the closed ones. */
  'cases:page': coreRead(PageQuery.extend({ ...ShowNames, status: z.enum(M.CASE_STATUSES).nullable().default(null) }), pageOf(M.CaseRow)),
  /** How many courses have each status (the list's status chips). */
  'cases:statusCounts': coreRead(z.strictObject({}), z.record(z.enum(M.CASE_STATUSES), z.number().int())),
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

  /** The week around `today` (default: today): each section's count and first rows. */
  'week:overview': coreRead(z.strictObject({ today: IsoDate.optional() }), M.WeekOverview),
  /** More rows of one section of the week, after a cursor the overview or an earlier call gave. */
  'week:section': coreRead(M.WeekSectionInput, M.WeekSectionPage),
};

import { appendAudit } from '../audit/audit-log';
import { deleteCase, getCase, listCases, openCase, saveAgreement, saveCaseDetails, transitionCase } from '../mentoring/cases-repo';
import { deleteFollowUp, deleteMeeting, saveFollowUp, saveMeeting } from '../mentoring/meetings-repo';
import { deleteMentee, getMentee, listMentees, saveMentee } from '../mentoring/mentees-repo';
import { deleteMentor, getMentor, listMentors, saveMentor, setMentorStatus } from '../mentoring/mentors-repo';
import { caseStatusCounts, pageCases, pageMentees, pageMentors } from '../mentoring/mentoring-pages';
import { readMentoringSettings, writeMentoringSettings } from '../mentoring/settings';
import { suggestMentors } from '../mentoring/suggest';
import { weekOverview, weekSection } from '../mentoring/week';
import type { CoreContext, CoreHandlers } from './types';

type MentoringChannel = Extract<
  keyof CoreHandlers,
  `${'mentors' | 'mentees' | 'cases' | 'meetings' | 'followUps' | 'matching' | 'mentoring' | 'week'}:${string}`
>;

const open = (ctx: CoreContext) => ctx.session.require();

export const mentoringHandlers = {
  'mentors:list': ({ includeEnded }, ctx) => listMentors(open(ctx).db, includeEnded),
  'mentors:page': (query, ctx) => pageMentors(open(ctx).db, query),
  'mentors:get': ({ id }, ctx) => getMentor(open(ctx).db, id),
  'mentors:save': (input, ctx) => {
    const r = open(ctx);
    return getMentor(r.db, saveMentor(r.db, input, r.actor));
  },
  'mentors:setStatus': ({ id, status }, ctx) => {
    const r = open(ctx);
    setMentorStatus(r.db, id, status, r.actor);
    return getMentor(r.db, id);
  },
  'mentors:delete': ({ id }, ctx) => {
    const r = open(ctx);
    deleteMentor(r.db, id, r.actor);
    return {};
  },

  'mentees:list': (_input, ctx) => listMentees(open(ctx).db),
  'mentees:page': (query, ctx) => pageMentees(open(ctx).db, query),
  'mentees:get': ({ id, purpose }, ctx) => {
    const r = open(ctx);
    // Opening a mentee's page is audited (who looked at whom); forms and other screens read
    // without `purpose` and are not. The row is written only when the mentee exists.
    if (purpose !== 'view') return getMentee(r.db, id);
    return r.db.transaction(() => {
      const mentee = getMentee(r.db, id);
      appendAudit(r.db, { actor: r.actor, action: 'mentee.viewed', entity: 'mentee', entityId: String(id) });
      return mentee;
    })();
  },
  'mentees:save': (input, ctx) => {
    const r = open(ctx);
    return getMentee(r.db, saveMentee(r.db, input, r.actor));
  },
  'mentees:delete': ({ id }, ctx) => {
    const r = open(ctx);
    deleteMentee(r.db, id, r.actor);
    return {};
  },

  'cases:list': ({ includeClosed, closedSince }, ctx) => listCases(open(ctx).db, includeClosed, undefined, closedSince),
  'cases:page': (query, ctx) => pageCases(open(ctx).db, query),
  'cases:statusCounts': (_input, ctx) => caseStatusCounts(open(ctx).db),
  'cases:get': ({ id }, ctx) => getCase(open(ctx).db, id),
  'cases:open': (input, ctx) => {
    const r = open(ctx);
    return getCase(r.db, openCase(r.db, input, r.actor));
  },
  'cases:saveDetails': (input, ctx) => {
    const r = open(ctx);
    saveCaseDetails(r.db, input, r.actor);
    return getCase(r.db, input.id);
  },
  'cases:transition': (input, ctx) => {
    const r = open(ctx);
    transitionCase(r.db, input, r.actor, readMentoringSettings(r.db).followUpMonths);
    return getCase(r.db, input.id);
  },
  'cases:saveAgreement': ({ caseId, agreement }, ctx) => {
    const r = open(ctx);
    saveAgreement(r.db, caseId, agreement, r.actor);
    return getCase(r.db, caseId);
  },
  'cases:delete': ({ id }, ctx) => {
    const r = open(ctx);
    deleteCase(r.db, id, r.actor);
    return {};
  },

  'meetings:save': (input, ctx) => {
    const r = open(ctx);
    return saveMeeting(r.db, input, r.actor);
  },
  'meetings:delete': ({ id }, ctx) => {
    const r = open(ctx);
    deleteMeeting(r.db, id, r.actor);
    return {};
  },
  'followUps:save': (input, ctx) => {
    const r = open(ctx);
    return saveFollowUp(r.db, input, r.actor);
  },
  'followUps:delete': ({ id }, ctx) => {
    const r = open(ctx);
    deleteFollowUp(r.db, id, r.actor);
    return {};
  },

  'matching:suggest': ({ menteeId, limit }, ctx) => suggestMentors(open(ctx).db, menteeId, limit),
  'mentoring:getSettings': (_input, ctx) => readMentoringSettings(open(ctx).db),
  'mentoring:saveSettings': (patch, ctx) => {
    const r = open(ctx);
    return r.db.transaction(() => {
      const saved = writeMentoringSettings(r.db, patch);
      appendAudit(r.db, { actor: r.actor, action: 'mentoring.settings-updated', details: { keys: Object.keys(patch).sort().join(',') } });
      return saved;
    })();
  },

  'week:overview': ({ today }, ctx) => weekOverview(open(ctx).db, today),
  'week:section': (input, ctx) => weekSection(open(ctx).db, input),
} satisfies Pick<CoreHandlers, MentoringChannel>;

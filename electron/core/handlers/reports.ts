import { CoreError } from '../errors';
import { dashboardSummary } from '../reports/dashboard';
import type { CoreHandlers } from './types';

type ReportChannel = Extract<keyof CoreHandlers, `reports:${string}` | `letterhead:${string}` | `dashboard:${string}`>;

// Being built (issue 6): each handler moves to its module under electron/core/reports/.
const notYet = (): never => {
  throw new CoreError('NOT_AVAILABLE', 'not built yet');
};

export const reportHandlers = {
  'letterhead:get': notYet,
  'letterhead:update': notYet,
  'letterhead:setLogo': notYet,
  'letterhead:clearLogo': notYet,
  'reports:feedbackPreview': notYet,
  'reports:feedbackExport': notYet,
  'reports:feedbackDue': notYet,
  'reports:feedbackBatch': notYet,
  'reports:programme': notYet,
  'reports:programmeExport': notYet,
  'dashboard:summary': (input, ctx) => dashboardSummary(ctx.session.require().db, input),
} satisfies Pick<CoreHandlers, ReportChannel>;

import { cancellable } from '../export/cancel';
import { dashboardSummary } from '../reports/dashboard';
import { writeFeedbackBatch } from '../reports/feedback/batch';
import { feedbackDue } from '../reports/feedback/due';
import { writeFeedbackReport } from '../reports/feedback/export';
import { buildFeedback } from '../reports/feedback/model';
import { writeProgrammeExport } from '../reports/programme/export';
import { programmeModel } from '../reports/programme/model';
import { clearLogo, readLetterhead, setLogo, updateLetterhead } from '../reports/letterhead';
import type { CoreContext, CoreHandlers } from './types';

type ReportChannel = Extract<keyof CoreHandlers, `reports:${string}` | `letterhead:${string}` | `dashboard:${string}`>;

const open = (ctx: CoreContext) => ctx.session.require();

export const reportHandlers = {
  'letterhead:get': (_input, ctx) => readLetterhead(open(ctx).db),
  'letterhead:update': (patch, ctx) => updateLetterhead(open(ctx), patch),
  'letterhead:setLogo': ({ path }, ctx) => setLogo(open(ctx), path),
  'letterhead:clearLogo': (_input, ctx) => clearLogo(open(ctx)),
  'reports:feedbackPreview': (input, ctx) => buildFeedback(open(ctx), input).model,
  'reports:feedbackExport': (input, ctx) => writeFeedbackReport(open(ctx), input),
  'reports:feedbackDue': ({ on }, ctx) => feedbackDue(open(ctx).db, on),
  'reports:feedbackBatch': ({ caseIds, folder, operationId }, ctx) =>
    writeFeedbackBatch(open(ctx), { caseIds, folder }, (done, total) =>
      ctx.emit('progress', { operationId: operationId ?? 'feedback-batch', done, total }),
    ),
  'reports:programme': (input, ctx) => programmeModel(open(ctx).db, input),
  // Cancelled with export:cancel, like the list exports: no file, no audit row, no ledger entry.
  'reports:programmeExport': ({ operationId, ...input }, ctx) =>
    cancellable(operationId, (signal) =>
      writeProgrammeExport(
        open(ctx),
        input,
        (done, total) => {
          if (operationId) ctx.emit('progress', { operationId, done, total });
        },
        signal,
      ),
    ),
  'dashboard:summary': (input, ctx) => dashboardSummary(ctx.session.require().db, input),
} satisfies Pick<CoreHandlers, ReportChannel>;

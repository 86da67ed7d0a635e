import { cancelExport, cancellable } from '../export/cancel';
import { exportContacts, exportOrganisations, generateDirectory } from '../export/run-export';
import type { CoreContext, CoreHandlers } from './types';

type ExportChannel = Extract<keyof CoreHandlers, `${'export' | 'directory'}:${string}`>;

/** Progress events for the caller's operation id (none when it gave no id). */
function progressOf(ctx: CoreContext, operationId: string | undefined) {
  return (done: number, total: number) => {
    if (operationId) ctx.emit('progress', { operationId, done, total });
  };
}

export const exportHandlers = {
  'export:contacts': (input, ctx) =>
    cancellable(input.operationId, (signal) => exportContacts(ctx.session.require(), input, progressOf(ctx, input.operationId), signal)),
  'export:organisations': (input, ctx) =>
    cancellable(input.operationId, (signal) =>
      exportOrganisations(ctx.session.require(), input, progressOf(ctx, input.operationId), signal),
    ),
  'directory:generate': (input, ctx) =>
    cancellable(input.operationId, (signal) => generateDirectory(ctx.session.require(), input, progressOf(ctx, input.operationId), signal)),
  'export:cancel': ({ operationId }) => {
    cancelExport(operationId);
    return {};
  },
} satisfies Pick<CoreHandlers, ExportChannel>;

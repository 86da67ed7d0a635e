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
  'export:contacts': (input, ctx) => exportContacts(ctx.session.require(), input, progressOf(ctx, input.operationId)),
  'export:organisations': (input, ctx) => exportOrganisations(ctx.session.require(), input, progressOf(ctx, input.operationId)),
  'directory:generate': (input, ctx) => generateDirectory(ctx.session.require(), input, progressOf(ctx, input.operationId)),
} satisfies Pick<CoreHandlers, ExportChannel>;

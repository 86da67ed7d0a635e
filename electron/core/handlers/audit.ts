import { exportAudit } from '../audit/audit-export';
import { verifyAuditChain } from '../audit/audit-log';
import { auditFacets, listAudit } from '../audit/audit-query';
import type { CoreHandlers } from './types';

// The audit log viewer (administrators; see shared/contract/audit.ts). 'audit:recent' stays with
// the register handlers.

type AuditChannel = Exclude<Extract<keyof CoreHandlers, `audit:${string}`>, 'audit:recent'>;

export const auditHandlers = {
  'audit:list': ({ filter, offset, limit }, ctx) => listAudit(ctx.session.require().db, filter, offset, limit),
  'audit:facets': (_input, ctx) => auditFacets(ctx.session.require().db),
  'audit:verify': (_input, ctx) => verifyAuditChain(ctx.session.require().db),
  'audit:export': ({ filter, path }, ctx) => exportAudit(ctx.session.require(), filter, path),
} satisfies Pick<CoreHandlers, AuditChannel>;

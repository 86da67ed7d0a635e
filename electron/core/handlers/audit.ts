import { exportAudit } from '../audit/audit-export';
import { checkAnchor, isAnchorProblem } from '../audit/anchor';
import { verifyAuditChain } from '../audit/audit-log';
import { pageAudit } from '../audit/audit-page';
import { auditFacets, listAudit } from '../audit/audit-query';
import { acceptAuditHead } from '../register/open-register';
import type { CoreHandlers } from './types';

// The audit log viewer (administrators; see shared/contract/audit.ts). 'audit:recent' stays with
// the register handlers.

type AuditChannel = Exclude<Extract<keyof CoreHandlers, `audit:${string}`>, 'audit:recent'>;

export const auditHandlers = {
  'audit:list': ({ filter, offset, limit }, ctx) => listAudit(ctx.session.require().db, filter, offset, limit),
  'audit:page': (query, ctx) => pageAudit(ctx.session.require().db, query),
  'audit:facets': (_input, ctx) => auditFacets(ctx.session.require().db),
  'audit:verify': (_input, ctx) => {
    const register = ctx.session.require();
    const chain = verifyAuditChain(register.db);
    // A problem found at unlock is held (the anchor stays where it was) and reported here until accepted.
    const status = register.anchorProblem ?? checkAnchor(register.db, register.slots, register.dataKey);
    if (!isAnchorProblem(status)) return chain;
    const anchorSeq = 'anchorSeq' in status ? { anchorSeq: status.anchorSeq } : {};
    return { ...chain, anchor: { problem: status.kind, headSeq: status.headSeq, ...anchorSeq } };
  },
  'audit:acceptHead': (_input, ctx) => {
    const accepted = acceptAuditHead(ctx.session.require());
    return accepted ? { accepted: true, problem: accepted.problem.kind, seq: accepted.seq } : { accepted: false };
  },
  'audit:export': ({ filter, path }, ctx) => exportAudit(ctx.session.require(), filter, path),
} satisfies Pick<CoreHandlers, AuditChannel>;

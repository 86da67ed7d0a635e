import type { z } from 'zod';
import type { AuditPageQuery, AuditPageRow } from '../../../shared/contract/audit';
import type { Db } from '../db/driver';
import { readPage, type ListSpec, type Page } from '../paging/pager';
import { auditConditions, describeAudit, type RawAuditRow } from './audit-query';

// The audit log one page at a time (paging/pager.ts, docs/paging.md). The log is append-only and
// its key is seq, so a page follows the one before by seq: newest first by default, oldest first,
// or by time (the index on at keeps the seq after the time). The filter fields above the grid
// (period, user, action or group, record) each walk an index that keeps the seq in order
// (migration 11), so a filtered page costs what an unfiltered one does. Action labels are
// translated in the renderer, so the action is filtered by its code, which the choice list
// (audit:facets) offers under the translated label; the log has no text search.

type Query = z.output<typeof AuditPageQuery>;

export const AUDIT_LIST: ListSpec = {
  from: 'audit_log t LEFT JOIN users u ON u.id = t.actor',
  // The filters read the log's own columns only; the user's name is for the rows shown.
  countFrom: 'audit_log t',
  // The seqs run 1, 2, 3 … without a gap (appendAudit; deletes are refused, and the chain check
  // reports any gap), so the whole log's size is its last seq: one index seek, not a count.
  countAll: 'SELECT coalesce(max(seq), 0) AS n FROM audit_log',
  select: `t.seq, t.at, t.actor, u.display_name AS actor_name, u.removed_at AS actor_removed, t.action, t.entity, t.entity_id,
    t.details, t.prev_hash, t.hash`,
  id: 't.seq',
  columns: {
    seq: { sort: 't.seq' },
    at: { sort: 't.at' },
  },
  defaultSort: { colId: 'seq', sort: 'desc' },
};

/** One page of the audit log, with the record's code and link state as the viewer shows them. */
export function pageAudit(db: Db, query: Query): Page<AuditPageRow> {
  const page = readPage(db, AUDIT_LIST, query, (r) => r as unknown as RawAuditRow, auditConditions(query.where, 't'));
  return { ...page, rows: describeAudit(db, page.rows).map((r) => ({ ...r, id: r.seq })) };
}

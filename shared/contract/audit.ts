import { z } from 'zod';
import { coreAdmin } from './define';
import { ExportPath } from './export';
import { PageQuery, pageOf } from './paging';

// The audit log viewer, the chain check and the export for a data-protection officer.
//
// Who may read the log: administrators only. The log shows what every colleague opened and
// changed, so it is a control over the users of the register, not a working list; coordinators
// and read-only users get ROLE_NOT_ALLOWED (the page says so). The old 'audit:recent' (newest
// rows, no names) stays open to every role for the home page.

/** An instant as the log stores it (ISO 8601 UTC, e.g. 2026-11-27T09:15:00.000Z) or a day (YYYY-MM-DD, UTC midnight). */
const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/)
  .max(30);

export const AuditFilter = z.strictObject({
  /** Rows at or after this instant. */
  from: Instant.optional(),
  /** Rows strictly before this instant (the renderer sends the start of the day after the last day). */
  to: Instant.optional(),
  /** A user id (users.id, the audit row's actor). */
  actor: z.string().min(1).max(100).optional(),
  /** 'mentee' matches mentee.created, mentee.viewed …; a full code matches that action only. */
  action: z.string().min(1).max(100).optional(),
  entity: z.string().min(1).max(50).optional(),
  entityId: z.string().min(1).max(50).optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

export const AuditDetails = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const AuditRow = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  /** The user's display name; null for actors with no users row (e.g. 'owner' before users existed). */
  actorName: z.string().nullable(),
  /** The user has since been removed (the name stays so old rows still say who). */
  actorRemoved: z.boolean(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  /**
   * What the screens may show for the record instead of its id: a mentee's code. Never a name.
   * null where the record is gone or has no short label.
   */
  entityLabel: z.string().nullable(),
  /**
   * The record the entry is about still exists, so the viewer may link to it; false when it is gone
   * or its id now belongs to a newer record (SQLite reuses ids); null for kinds without a page.
   */
  entityExists: z.boolean().nullable(),
  details: AuditDetails,
});
export type AuditRow = z.infer<typeof AuditRow>;

export const AuditPage = z.object({ total: z.number().int(), rows: z.array(AuditRow) });

/** A row of the paged log (audit:page): the entry, with its seq as the grid's row id. */
export const AuditPageRow = AuditRow.extend({ id: z.number().int() });
export type AuditPageRow = z.infer<typeof AuditPageRow>;

/**
 * One page of the log for the grid (shared/contract/paging.ts): sorted by seq (the default, newest
 * first) or by time, keyset by seq; `where` holds the filter fields above the grid. The log has no
 * text search, so a quick search or a text filter is refused like an unknown column.
 */
export const AuditPageQuery = PageQuery.extend({ where: AuditFilter.default({}) });

export const AuditFacets = z.object({
  /** Every actor in the log, with the users table's name where there is one. */
  actors: z.array(z.object({ id: z.string(), name: z.string().nullable(), removed: z.boolean() })),
  /** Every action code in the log, sorted. */
  actions: z.array(z.string()),
  entities: z.array(z.string()),
});

/** What the anchor in keyslots.json says about the log's tail (electron/core/audit/anchor.ts); absent when all is well. */
export const AnchorFinding = z.object({
  problem: z.enum(['truncated', 'rolled-back', 'foreign', 'forged', 'missing']),
  headSeq: z.number().int(),
  anchorSeq: z.number().int().optional(),
});
export const ChainReport = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  brokenAt: z.number().int().optional(),
  anchor: AnchorFinding.optional(),
});

export const auditChannels = {
  'audit:list': coreAdmin(
    z.strictObject({
      filter: AuditFilter.default({}),
      offset: z.number().int().min(0).max(100_000_000).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    AuditPage,
  ),
  'audit:page': coreAdmin(AuditPageQuery, pageOf(AuditPageRow)),
  'audit:facets': coreAdmin(z.strictObject({}), AuditFacets),
  'audit:verify': coreAdmin(z.strictObject({}), ChainReport),
  /**
   * "Continue with this copy": an administrator accepts what the chain check found about the
   * anchor. Re-anchors at the current head, audited as audit.anchor-accepted with the finding.
   * A key file from another register is refused (KEYSLOTS_FOREIGN). accepted is false when there
   * was nothing to accept.
   */
  'audit:acceptHead': coreAdmin(
    z.strictObject({}),
    z.object({ accepted: z.boolean(), problem: AnchorFinding.shape.problem.optional(), seq: z.number().int().optional() }),
  ),
  /** Writes the (filtered) log as CSV to a file the user chose; audited as audit.exported with the row count. */
  'audit:export': coreAdmin(
    z.strictObject({ filter: AuditFilter.default({}), path: ExportPath }),
    z.object({ path: z.string(), rows: z.number().int() }),
  ),
};

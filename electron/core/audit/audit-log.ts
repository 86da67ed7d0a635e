import { createHash } from 'node:crypto';
import { SECURITY_ACTIONS } from '../../../shared/security-events';
import type { Db } from '../db/driver';
import { liftingQueryOnly } from '../db/query-only';
import { prepared } from '../db/statements';

// Every row carries sha256(previous hash + this row's fields), so changing, inserting or removing
// a row anywhere breaks the chain from that point on. Details hold codes and counts, never names.

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The newest seq is repeated in the database header's application_id (no table, so no row count
 * or content hash sees it): rows deleted from this file leave it behind, an older copy of the
 * whole file carries its own older one. anchor.ts tells a cut tail from a rollback by it.
 */
export function headMarker(db: Db): number {
  return db.pragma('application_id', { simple: true }) as number;
}

const afterAppend = new WeakMap<Db, () => void>();

/** Runs `hook` after each append on `db` (synchronously; the hook defers its own work past COMMIT). */
export function onAuditAppend(db: Db, hook: () => void): void {
  afterAppend.set(db, hook);
}

export interface AuditInput {
  actor: string;
  action: string;
  entity?: string;
  entityId?: string;
  details?: Record<string, string | number | boolean>;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string | null;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

function rowHash(prevHash: string, row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  const canonical = JSON.stringify([row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.details]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

/** Appends one audit row, chained to the last one. Call inside the transaction of the change it records. */
export function appendAudit(db: Db, input: AuditInput): void {
  // A read-only user's connection is query_only (users/read-only-guard.ts); their own unlock,
  // lock, passphrase change and views are still audited, so lift it for this insert only.
  if (db.pragma('query_only', { simple: true }) === 1) return liftingQueryOnly(db, () => appendAudit(db, input));
  // Alone (an unlock, a lock), the read of the last row and the insert still need one write
  // transaction, or two processes opening the register at once would both take the same seq.
  if (!db.inTransaction) return db.transaction(() => appendAudit(db, input)).immediate();
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actor: input.actor,
    action: input.action,
    entity: input.entity ?? null,
    entity_id: input.entityId ?? null,
    details: JSON.stringify(input.details ?? {}),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  db.prepare(
    'INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, prev_hash, hash) VALUES (@seq, @at, @actor, @action, @entity, @entity_id, @details, @prev_hash, @hash)',
  ).run({ ...row, prev_hash: prevHash, hash: rowHash(prevHash, row) });
  db.pragma(`application_id = ${row.seq % 2 ** 31}`);
  afterAppend.get(db)?.();
}

/** Walks the whole chain; reports the first row that does not follow from its predecessor. */
export function verifyAuditChain(db: Db): { ok: boolean; rows: number; brokenAt?: number } {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    rows++;
    if (row.seq !== expectedSeq || row.prev_hash !== prev || rowHash(prev, row) !== row.hash) return { ok: false, rows, brokenAt: row.seq };
    prev = row.hash;
    expectedSeq++;
  }
  return { ok: true, rows };
}

/** The most recent audit rows, newest first; with `security`, only the overview's security events (shared/security-events.ts). */
export function recentAudit(db: Db, limit: number, security = false): { seq: number; at: string; actor: string; action: string }[] {
  const where = security ? `WHERE action IN (${SECURITY_ACTIONS.map(() => '?').join(', ')})` : '';
  const params = security ? [...SECURITY_ACTIONS, limit] : [limit];
  return prepared(db, `SELECT seq, at, actor, action FROM audit_log ${where} ORDER BY seq DESC LIMIT ?`).all(...params) as {
    seq: number;
    at: string;
    actor: string;
    action: string;
  }[];
}

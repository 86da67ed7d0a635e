import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { writeKeySlots, type AuditAnchor, type KeySlotFile } from '../crypto/keyslots';
import type { Db } from '../db/driver';
import { log } from '../logger';
import { headMarker, onAuditAppend } from './audit-log';

// The audit chain proves that no row inside it was changed, but deleting the newest rows leaves
// a shorter chain that is still valid. So the head (seq and hash) is also kept outside the
// table, in keyslots.json, MACed under a key derived from the data key: whoever edits the files
// without the key cannot move it. It is written after every commit that appends audit rows, so
// it lags the table by at most the last commit (a crash between COMMIT and the write). An anchor
// ahead of the table means rows are gone.

const LABEL = 'bindeled-audit-anchor:v1';

/** What the anchor says about the audit table. Only 'ok' and 'legacy' are not a problem. */
export type AnchorStatus =
  | { kind: 'ok'; anchorSeq: number; headSeq: number }
  /** A register from before the anchor: nothing to compare yet; anchored at its next unlock. */
  | { kind: 'legacy'; headSeq: number }
  /** No anchor, though this register had one: keyslots.json was replaced or edited. */
  | { kind: 'missing'; headSeq: number }
  /** The anchor's MAC does not match: it was edited. */
  | { kind: 'forged'; headSeq: number }
  /** The database names another register than keyslots.json does. */
  | { kind: 'foreign'; headSeq: number }
  /** The newest rows were deleted: the database itself says more rows were written. */
  | { kind: 'truncated'; anchorSeq: number; headSeq: number }
  /** The database is an older copy of itself (or a different history after one was put back). */
  | { kind: 'rolled-back'; anchorSeq: number; headSeq: number };
export type AnchorProblem = Exclude<AnchorStatus, { kind: 'ok' | 'legacy' }>;

export const isAnchorProblem = (s: AnchorStatus): s is AnchorProblem => s.kind !== 'ok' && s.kind !== 'legacy';

function anchorKey(dataKey: Buffer): Buffer {
  // HKDF with its own label: the data key itself never keys anything but the database.
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), Buffer.from(LABEL, 'utf8'), 32));
}

function macOf(dataKey: Buffer, registerId: string, seq: number, hash: string): Buffer {
  return createHmac('sha256', anchorKey(dataKey)).update(`${LABEL}:${registerId}:${seq}:${hash}`, 'utf8').digest();
}

/** The MACed anchor of a head (seq 0 and the zero hash for an empty table). */
export function makeAnchor(dataKey: Buffer, registerId: string, head: { seq: number; hash: string }): AuditAnchor {
  return { seq: head.seq, hash: head.hash, mac: macOf(dataKey, registerId, head.seq, head.hash).toString('base64') };
}

function macMatches(dataKey: Buffer, registerId: string, anchor: AuditAnchor): boolean {
  const given = Buffer.from(anchor.mac, 'base64');
  const expected = macOf(dataKey, registerId, anchor.seq, anchor.hash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The newest row's seq and hash (seq 0 when the table is empty). */
export function auditHead(db: Db): { seq: number; hash: string } {
  const row = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: '0'.repeat(64) };
}

function createdRow(db: Db): { registerId?: unknown; anchored?: unknown } | undefined {
  const row = db.prepare("SELECT details FROM audit_log WHERE action = 'register.created' ORDER BY seq LIMIT 1").get() as
    { details: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.details) as { registerId?: unknown; anchored?: unknown };
  } catch {
    return {};
  }
}

/** The register id the database itself holds: the one its 'register.created' row names. */
export function databaseRegisterId(db: Db): string | undefined {
  const id = createdRow(db)?.registerId;
  return typeof id === 'string' ? id : undefined;
}

/** Had this register an anchor before? Created with one, or anchored at an unlock since. */
function wasAnchored(db: Db): boolean {
  if (createdRow(db)?.anchored === true) return true;
  return db.prepare("SELECT 1 FROM audit_log WHERE action = 'audit.anchored' LIMIT 1").get() !== undefined;
}

/** Compares keyslots.json's anchor with the audit table. Reads only. */
export function checkAnchor(db: Db, slots: KeySlotFile, dataKey: Buffer): AnchorStatus {
  const head = auditHead(db);
  const ownId = databaseRegisterId(db);
  if (ownId !== undefined && ownId !== slots.registerId) return { kind: 'foreign', headSeq: head.seq };
  const anchor = slots.auditAnchor;
  if (!anchor) return wasAnchored(db) ? { kind: 'missing', headSeq: head.seq } : { kind: 'legacy', headSeq: head.seq };
  if (!macMatches(dataKey, slots.registerId, anchor)) return { kind: 'forged', headSeq: head.seq };
  const seqs = { anchorSeq: anchor.seq, headSeq: head.seq };
  if (anchor.seq > head.seq) {
    // Rows deleted from this very file leave the header's head marker where it was; an older
    // copy of the whole file has its own, older marker.
    return headMarker(db) >= anchor.seq % 2 ** 31 ? { kind: 'truncated', ...seqs } : { kind: 'rolled-back', ...seqs };
  }
  const named = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(anchor.seq) as { hash: string } | undefined;
  const expected = named?.hash ?? (anchor.seq === 0 ? '0'.repeat(64) : undefined);
  if (expected !== anchor.hash) return { kind: 'rolled-back', ...seqs };
  return { kind: 'ok', ...seqs };
}

/** The parts of an open register the anchor needs; `slots` is replaced when the anchor moves. */
export interface AnchoredRegister {
  dir: string;
  db: Db;
  dataKey: Buffer;
  slots: KeySlotFile;
  /** Set when unlock found a problem: the anchor stays where it was, as evidence, until accepted. */
  anchorProblem?: AnchorProblem | undefined;
}

/** Writes the anchor of the current head into keyslots.json, if it moved. Must run outside a transaction. */
export function flushAnchor(register: AnchoredRegister): void {
  if (register.anchorProblem || !register.db.open || register.db.inTransaction) return;
  const head = auditHead(register.db);
  if (register.slots.auditAnchor?.seq === head.seq && register.slots.auditAnchor.hash === head.hash) return;
  const next = { ...register.slots, auditAnchor: makeAnchor(register.dataKey, register.slots.registerId, head) };
  try {
    writeKeySlots(register.dir, next);
    register.slots = next;
  } catch (error) {
    // The commit stands; the anchor only lags, and the next commit or unlock writes it.
    log.warn('audit.anchor-write-failed', { code: (error as { code?: string }).code ?? 'unknown' });
  }
}

/**
 * From now on, moves the anchor after every commit that appended audit rows. Transactions are
 * synchronous here, so a microtask queued by an append runs after its COMMIT (or ROLLBACK).
 */
export function trackAnchor(register: AnchoredRegister): void {
  let queued = false;
  const run = () => {
    queued = false;
    if (register.db.open && register.db.inTransaction) {
      queued = true;
      setImmediate(run);
      return;
    }
    flushAnchor(register);
  };
  onAuditAppend(register.db, () => {
    if (queued) return;
    queued = true;
    queueMicrotask(run);
  });
}

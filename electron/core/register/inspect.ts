import { existsSync, statSync } from 'node:fs';
import type { z } from 'zod';
import type { RegisterInfo, VerifyReport } from '../../../shared/contract';
import { checkAnchor, databaseRegisterId, isAnchorProblem } from '../audit/anchor';
import { verifyAuditChain } from '../audit/audit-log';
import { readKeySlots, type KeySlotFile } from '../crypto/keyslots';
import { dbPath, type Db } from '../db/driver';
import { schemaVersion } from '../db/migrate';
import { verifyPageAuthentication } from '../db/page-auth';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { OpenRegister } from './open-register';

/** The format name `info` reports: what a standard SQLCipher tool needs to open the file. */
export const REGISTER_FORMAT = 'SQLCipher 4 (raw 256-bit key, HMAC-SHA512, WAL)';

/** Application tables (not SQLite's, not FTS shadow tables), for counts. */
function userTables(db: Db): string[] {
  const rows = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
    )
    .all() as { name: string }[];
  const virtual = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string }[]
  ).map((r) => r.name);
  return rows.map((r) => r.name).filter((name) => !virtual.some((v) => name.startsWith(`${v}_`)));
}

function fileSize(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

/** Format, schema version, key slots (without secrets) and row counts per table. */
export function registerInfo(register: OpenRegister): z.output<typeof RegisterInfo> {
  const counts: Record<string, number> = {};
  for (const table of userTables(register.db)) {
    counts[table] = (register.db.prepare(`SELECT count(*) AS n FROM "${table.replace(/"/g, '""')}"`).get() as { n: number }).n;
  }
  const file = dbPath(register.dir);
  return {
    dir: register.dir,
    registerId: register.slots.registerId,
    label: register.slots.label,
    format: REGISTER_FORMAT,
    schemaVersion: schemaVersion(register.db),
    appSchemaVersion: LATEST_SCHEMA_VERSION,
    createdAt: register.slots.createdAt,
    keySlots: register.slots.slots.map((s) => ({ kind: s.kind, user: s.user, createdAt: s.createdAt })),
    counts,
    sizeBytes: fileSize(file) + fileSize(`${file}-wal`),
  };
}

/** What verify reads: an open register, or a database opened read-only (verify-read-only.ts). */
export type VerifyTarget = { dir: string; db: Db; dataKey: Buffer; slots: KeySlotFile };

/**
 * Authenticates every page of the main file (free pages too). No checkpoint: verify changes
 * nothing. Pages still in the WAL are authenticated by the cipher when integrity_check reads them.
 */
function cipherPageCheck(register: VerifyTarget): { ok: boolean; detail?: string } {
  const report = verifyPageAuthentication(dbPath(register.dir), register.dataKey);
  return report.detail === undefined ? { ok: report.ok } : { ok: report.ok, detail: report.detail };
}

type Check = z.output<typeof VerifyReport>['checks'][number];

/**
 * Runs one check. A page that fails authentication makes SQLite throw SQLITE_CORRUPT in the
 * middle of a check; that fails this check, and the others still run, so the report names
 * what is wrong instead of the whole verify failing as REGISTER_CORRUPT. Details are SQLite
 * error codes and counts, never register content.
 */
function runCheck(name: string, check: () => Omit<Check, 'name'>): Check {
  try {
    return { name, ...check() };
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    return { name, ok: false, detail: typeof e.code === 'string' ? `${e.code}: ${String(e.message)}` : String(e.message ?? error) };
  }
}

/** The anchor check's detail: the problem's name first (the renderer translates it), then the seqs. */
function anchorCheck(register: VerifyTarget): Omit<Check, 'name'> {
  const status = checkAnchor(register.db, register.slots, register.dataKey);
  const seqs = 'anchorSeq' in status ? `anchor at ${status.anchorSeq}, table ends at ${status.headSeq}` : `table ends at ${status.headSeq}`;
  return { ok: !isAnchorProblem(status), detail: `${status.kind}: ${seqs}` };
}

/** integrity_check, page authentication, foreign keys, the audit chain and anchor, and the key-slot file. Writes nothing. */
export function verifyRegister(register: VerifyTarget): z.output<typeof VerifyReport> {
  const checks: Check[] = [
    runCheck('integrity_check', () => {
      const integrity = (register.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      return { ok: integrity.length === 1 && integrity[0] === 'ok', detail: integrity.slice(0, 5).join('; ') };
    }),
    runCheck('cipher_integrity_check', () => cipherPageCheck(register)),
    runCheck('foreign_key_check', () => {
      const fk = register.db.pragma('foreign_key_check') as unknown[];
      return { ok: fk.length === 0, detail: `${fk.length} violations` };
    }),
    runCheck('audit_chain', () => {
      const audit = verifyAuditChain(register.db);
      return { ok: audit.ok, detail: audit.ok ? `${audit.rows} rows` : `broken at row ${audit.brokenAt}` };
    }),
    runCheck('audit_anchor', () => anchorCheck(register)),
    runCheck('key_slots', () => {
      const slots = readKeySlots(register.dir);
      const ownId = databaseRegisterId(register.db);
      if (ownId !== undefined && ownId !== slots.registerId)
        return { ok: false, detail: 'foreign: keyslots.json belongs to another register' };
      return { ok: slots.registerId === register.slots.registerId, detail: `${slots.slots.length} slots` };
    }),
  ];
  return { ok: checks.every((c) => c.ok), checks };
}

import { existsSync, statSync } from 'node:fs';
import type { z } from 'zod';
import type { RegisterInfo, VerifyReport } from '../../../shared/contract';
import { verifyAuditChain } from '../audit/audit-log';
import { readKeySlots } from '../crypto/keyslots';
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
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .all() as { name: string }[];
  const virtual = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string }[]).map((r) => r.name);
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

/** Checkpoints the WAL into the main file, then authenticates every page of it (free pages too). */
function cipherPageCheck(register: OpenRegister): { ok: boolean; detail?: string } {
  register.db.pragma('wal_checkpoint(TRUNCATE)');
  const report = verifyPageAuthentication(dbPath(register.dir), register.dataKey);
  return report.detail === undefined ? { ok: report.ok } : { ok: report.ok, detail: report.detail };
}

/** integrity_check, the page-authentication check, foreign keys, the audit chain and the key-slot file. */
export function verifyRegister(register: OpenRegister): z.output<typeof VerifyReport> {
  const checks: z.output<typeof VerifyReport>['checks'] = [];
  const integrity = (register.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  checks.push({ name: 'integrity_check', ok: integrity.length === 1 && integrity[0] === 'ok', detail: integrity.slice(0, 5).join('; ') });
  const cipher = cipherPageCheck(register);
  checks.push({ name: 'cipher_integrity_check', ...cipher });
  const fk = register.db.pragma('foreign_key_check') as unknown[];
  checks.push({ name: 'foreign_key_check', ok: fk.length === 0, detail: `${fk.length} violations` });
  const audit = verifyAuditChain(register.db);
  checks.push({ name: 'audit_chain', ok: audit.ok, detail: audit.ok ? `${audit.rows} rows` : `broken at row ${audit.brokenAt}` });
  try {
    const slots = readKeySlots(register.dir);
    const sameRegister = slots.registerId === register.slots.registerId;
    checks.push({ name: 'key_slots', ok: sameRegister, detail: `${slots.slots.length} slots` });
  } catch (error) {
    checks.push({ name: 'key_slots', ok: false, detail: (error as Error).message });
  }
  return { ok: checks.every((c) => c.ok), checks };
}

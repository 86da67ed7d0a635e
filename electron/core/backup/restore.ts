import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { appendAudit, verifyAuditChain } from '../audit/audit-log';
import { keySlotPath, readKeySlots, unwrapWithMethod } from '../crypto/keyslots';
import { dbPath, openDatabase } from '../db/driver';
import { verifyPageAuthentication } from '../db/page-auth';
import { CoreError } from '../errors';
import { closeRegister, unlockRegister, type OpenRegister, type UnlockMethod } from '../register/open-register';
import { verifyRegister } from '../register/inspect';
import { makeFolder, vanished } from '../storage/atomic-write';
import { privateTempDir, type BackupSummary } from './backup';
import { markClosed } from './clean-close';
import { unpackBackup, type BackupHeader, type BackupPartName } from './container';
import { backupCounts, contentHash, type BackupCounts } from './counts';

// Inspecting and restoring a backup file (backup.ts writes them): unpacked into an owner-only
// temp folder, opened with the key, checked; a restore goes into a new or empty folder only.

export interface BackupInspection extends BackupSummary {
  auditChain: { ok: boolean; rows: number; brokenAt?: number };
  /** integrity_check and the page-authentication pass over the copy. */
  integrity: { ok: boolean; detail: string };
  /** SHA-256 over every application table's rows (see contentHashes). */
  contentHash: string;
}

export interface RestoreResult extends BackupSummary {
  dir: string;
  checks: { name: string; ok: boolean; detail?: string }[];
}

/** A passphrase, or any of the unlock methods the register accepts. */
export type BackupSecret = string | UnlockMethod;

/** Told after each step (done of total): the progress bar, and the worker's handshake (worker-entry.ts). */
export type StepListener = (done: number, total: number) => void;
/** Read and check the file, unwrap the key, authenticate the pages, integrity_check; then the counts. */
export const INSPECT_STEPS = 4;
/** Read and check the file and the key, write the parts, unlock (migrating if needed), verify; then audit and close. */
export const RESTORE_STEPS = 4;

const asMethod = (secret: BackupSecret): UnlockMethod => (typeof secret === 'string' ? { kind: 'passphrase', passphrase: secret } : secret);

function writePrivate(file: string, data: Buffer): void {
  const fd = openSync(file, 'wx', 0o600);
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
}

function readBackupFile(file: string): ReturnType<typeof unpackBackup> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.resolve(file));
  } catch (error) {
    throw new CoreError('FILE_UNREADABLE', (error as { code?: string }).code ?? 'read failed');
  }
  return unpackBackup(bytes);
}

async function unwrap(dir: string, secret: BackupSecret): Promise<Buffer> {
  return (await unwrapWithMethod(readKeySlots(dir), asMethod(secret))).dataKey;
}

function unpackInto(dir: string, parts: Record<BackupPartName, Buffer>): void {
  writePrivate(dbPath(dir), parts['register.db']);
  writePrivate(keySlotPath(dir), parts['keyslots.json']);
}

function summary(file: string, header: BackupHeader, counts: BackupCounts): BackupSummary {
  return {
    file: path.resolve(file),
    bytes: statSync(path.resolve(file)).size,
    createdAt: header.createdAt,
    registerId: header.registerId,
    label: header.label,
    schemaVersion: header.schemaVersion,
    counts,
  };
}

/** Checks the key slots belong to the register the header names (they are bound to its id). */
function assertSameRegister(dir: string, header: BackupHeader): void {
  if (readKeySlots(dir).registerId !== header.registerId)
    throw new CoreError('REGISTER_CORRUPT', 'backup file: key slots of another register');
}

/** Opens a backup read-only in a temp folder: its date, label, counts, audit chain and integrity. Writes nothing else. */
export async function inspectBackup(file: string, secret: BackupSecret, onStep?: StepListener): Promise<BackupInspection> {
  const { header, parts } = readBackupFile(file);
  onStep?.(1, INSPECT_STEPS);
  const work = privateTempDir();
  try {
    unpackInto(work, parts);
    assertSameRegister(work, header);
    const dataKey = await unwrap(work, secret);
    onStep?.(2, INSPECT_STEPS);
    try {
      const auth = verifyPageAuthentication(dbPath(work), dataKey);
      onStep?.(3, INSPECT_STEPS);
      const db = openDatabase(dbPath(work), dataKey, { create: false, readonly: true });
      try {
        db.pragma('query_only = ON');
        const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
        onStep?.(4, INSPECT_STEPS);
        const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
        return {
          ...summary(file, header, backupCounts(db)),
          auditChain: verifyAuditChain(db),
          integrity: {
            ok: integrityOk && auth.ok,
            detail: `integrity_check: ${integrity.slice(0, 5).join('; ')}; pages: ${auth.detail ?? (auth.ok ? 'ok' : 'failed')}`,
          },
          contentHash: contentHash(db),
        };
      } finally {
        db.close();
      }
    } finally {
      dataKey.fill(0);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function assertNewFolder(dir: string): void {
  if (!path.isAbsolute(dir)) throw new CoreError('INVALID_INPUT', 'folder must be an absolute path');
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new CoreError('FOLDER_NOT_EMPTY', 'not a folder');
  if (readdirSync(dir).length > 0) throw new CoreError('FOLDER_NOT_EMPTY');
}

/**
 * Restores a backup into a new or empty folder, never over a register. The file is checked and
 * the key unwrapped before anything is written to that folder; after writing, the register is
 * opened with the secret, verified (integrity_check, page authentication, foreign keys, audit
 * chain, key slots) and the restore audited as 'register.restored'. On any failure the folder is
 * put back as it was.
 */
export async function restoreBackup(
  file: string,
  newDirInput: string,
  secret: BackupSecret,
  onStep?: StepListener,
): Promise<RestoreResult> {
  const dir = path.resolve(newDirInput);
  assertNewFolder(dir);
  const { header, parts } = readBackupFile(file);
  // Check the key slots and the secret in a temp folder first: a wrong passphrase writes nothing.
  const work = privateTempDir();
  try {
    writePrivate(keySlotPath(work), parts['keyslots.json']);
    assertSameRegister(work, header);
    (await unwrap(work, secret)).fill(0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  onStep?.(1, RESTORE_STEPS);
  assertNewFolder(dir);
  const existed = existsSync(dir);
  makeFolder(dir);
  let register: OpenRegister | undefined;
  try {
    unpackInto(dir, parts);
    onStep?.(2, RESTORE_STEPS);
    register = await unlockRegister(dir, asMethod(secret));
    onStep?.(3, RESTORE_STEPS);
    const report = verifyRegister(register);
    if (!report.ok) {
      const failed = report.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail ?? ''}`);
      throw new CoreError('REGISTER_CORRUPT', `restored register fails verification (${failed.join('; ')})`);
    }
    onStep?.(4, RESTORE_STEPS);
    appendAudit(register.db, {
      actor: register.actor,
      action: 'register.restored',
      details: { backupCreatedAt: header.createdAt, schemaVersion: header.schemaVersion },
    });
    const result: RestoreResult = { ...summary(file, header, backupCounts(register.db)), dir, checks: report.checks };
    closeRegister(register, 'restore');
    register = undefined;
    return result;
  } catch (error) {
    if (register) {
      register.db.close();
      register.dataKey.fill(0);
      markClosed(dir);
    }
    undoRestore(dir, existed);
    // The stick the register was restored onto pulled out: said as such, not as an unknown ENOENT.
    throw vanished(error, dir);
  }
}

/**
 * Puts a restore's folder back as it was: the register's files removed, and the folder itself
 * if the restore made it. Also what core does when a restore's worker thread dies half-way.
 */
export function undoRestore(dir: string, existed: boolean): void {
  for (const name of ['register.db', 'register.db-wal', 'register.db-shm', 'keyslots.json']) rmSync(path.join(dir, name), { force: true });
  if (!existed) rmSync(dir, { recursive: true, force: true });
}

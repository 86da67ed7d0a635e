import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendAudit, verifyAuditChain } from '../audit/audit-log';
import { keySlotPath, readKeySlots, unwrapWithDeviceSecret, unwrapWithPassphrase, unwrapWithRecoveryKey } from '../crypto/keyslots';
import { dbPath, openDatabase, type Db } from '../db/driver';
import { schemaVersion } from '../db/migrate';
import { verifyPageAuthentication } from '../db/page-auth';
import { CoreError } from '../errors';
import { closeRegister, unlockRegister, type OpenRegister, type UnlockMethod } from '../register/open-register';
import { verifyRegister } from '../register/inspect';
import { writeFileAtomic } from '../storage/atomic-write';
import { markClosed } from './clean-close';
import { packBackup, unpackBackup, type BackupHeader, type BackupPartName } from './container';
import { backupCounts, contentHash, type BackupCounts } from './counts';

export { backupCounts, contentHash, contentHashes, COUNTED, type BackupCounts } from './counts';

// Backup and restore of a whole register as one file (container.ts): the database copied with
// `VACUUM INTO` (a consistent snapshot; SQLite3MultipleCiphers encrypts the copy with the same
// cipher and data key) and the key-slot file. Nothing decrypted ever reaches the disk: inspect
// and restore unpack into an owner-only temp folder and open the copy with the key.

const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'ascii');

export interface BackupSummary {
  file: string;
  bytes: number;
  createdAt: string;
  registerId: string;
  label: string;
  schemaVersion: number;
  counts: BackupCounts;
}

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

const asMethod = (secret: BackupSecret): UnlockMethod => (typeof secret === 'string' ? { kind: 'passphrase', passphrase: secret } : secret);

/** A new owner-only temp folder, removed by the caller. */
function privateTempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-backup-'));
  chmodSync(dir, 0o700);
  return dir;
}

function writePrivate(file: string, data: Buffer): void {
  const fd = openSync(file, 'wx', 0o600);
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
}

/** The copy must be ciphertext under the register's own data key, or it is not a backup. */
function assertEncryptedCopy(file: string, dataKey: Buffer): void {
  const head = Buffer.alloc(SQLITE_PLAIN_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.equals(SQLITE_PLAIN_HEADER)) throw new CoreError('INTERNAL', 'the database copy is not encrypted');
  const auth = verifyPageAuthentication(file, dataKey);
  if (!auth.ok) throw new CoreError('INTERNAL', `the database copy does not authenticate under the data key: ${auth.detail ?? ''}`);
}

/** What a backup is taken of: an open register, or (before a migration) a database not yet adopted. */
export interface BackupSource {
  dir: string;
  db: Db;
  dataKey: Buffer;
  slots: OpenRegister['slots'];
}

export interface BackupOptions {
  appVersion?: string;
  /** The backup's date (tests give a clock); now when left out. */
  createdAt?: Date;
  /** Said in the audit row: auto, manual, pre-migration; left out for a file the user saved. */
  kind?: string;
}

/** The steps of a backup, for progress: snapshot, check, count, write. */
export const BACKUP_STEPS = 4;

/**
 * The work of one backup as a generator that yields after each step, so the same code runs in
 * one go (createBackup) or hands the event loop back between steps (createBackupAsync, whose
 * progress events then reach the window while it runs). Writes no audit row.
 */
function* backupSteps(source: BackupSource, outFile: string, options: BackupOptions): Generator<number, BackupSummary> {
  const out = path.resolve(outFile);
  if (existsSync(out) && statSync(out).isDirectory()) throw new CoreError('INVALID_INPUT', 'the backup target is a folder');
  const work = privateTempDir();
  try {
    const copy = path.join(work, 'register.db');
    // VACUUM INTO writes only the new file, but SQLite refuses it on a query_only connection
    // (a read-only user's, users/read-only-guard.ts): lift that for this statement alone.
    const queryOnly = source.db.pragma('query_only', { simple: true }) === 1;
    if (queryOnly) source.db.pragma('query_only = OFF');
    try {
      source.db.prepare('VACUUM INTO ?').run(copy);
    } finally {
      if (queryOnly) source.db.pragma('query_only = ON');
    }
    yield 1;
    assertEncryptedCopy(copy, source.dataKey);
    yield 2;
    const check = openDatabase(copy, source.dataKey, { create: false, readonly: true });
    let counts: BackupCounts;
    let version: number;
    try {
      counts = backupCounts(check);
      version = schemaVersion(check);
    } finally {
      check.close();
    }
    yield 3;
    const createdAt = (options.createdAt ?? new Date()).toISOString();
    const bytes = packBackup(
      {
        createdAt,
        registerId: source.slots.registerId,
        label: source.slots.label,
        schemaVersion: version,
        appVersion: options.appVersion ?? process.env.npm_package_version ?? 'unknown',
      },
      { 'register.db': readFileSync(copy), 'keyslots.json': readFileSync(keySlotPath(source.dir)) },
    );
    writeFileAtomic(out, bytes);
    return {
      file: out,
      bytes: bytes.length,
      createdAt,
      registerId: source.slots.registerId,
      label: source.slots.label,
      schemaVersion: version,
      counts,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs the backup steps in one go. No audit row: for a database about to be migrated (auto.ts). */
export function snapshotBackup(source: BackupSource, outFile: string, options: BackupOptions = {}): BackupSummary {
  const steps = backupSteps(source, outFile, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function auditBackup(register: OpenRegister, made: BackupSummary, kind: string | undefined): void {
  appendAudit(register.db, {
    actor: register.actor,
    action: 'register.backed-up',
    details: { bytes: made.bytes, ...(kind ? { kind } : {}) },
  });
}

/**
 * Writes one backup file (atomically, 0600) of an open register: a `VACUUM INTO` snapshot of the
 * database, checked to be encrypted and to open with the same data key, plus the key slots.
 * Audited as 'register.backed-up' after the file is in place.
 */
export function createBackup(register: OpenRegister, outFile: string, options: BackupOptions = {}): BackupSummary {
  const made = snapshotBackup(register, outFile, options);
  auditBackup(register, made, options.kind);
  return made;
}

/** createBackup that yields to the event loop between its steps and reports each (done of BACKUP_STEPS). */
export async function createBackupAsync(
  register: OpenRegister,
  outFile: string,
  options: BackupOptions & { onStep?: (done: number, total: number) => void } = {},
): Promise<BackupSummary> {
  const steps = backupSteps(register, outFile, options);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      auditBackup(register, step.value, options.kind);
      options.onStep?.(BACKUP_STEPS, BACKUP_STEPS);
      return step.value;
    }
    options.onStep?.(step.value, BACKUP_STEPS);
    await new Promise((resolve) => setImmediate(resolve));
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
  const slots = readKeySlots(dir);
  const method = asMethod(secret);
  const unwrapped =
    method.kind === 'passphrase'
      ? await unwrapWithPassphrase(slots, method.passphrase)
      : method.kind === 'recovery'
        ? await unwrapWithRecoveryKey(slots, method.recoveryKey)
        : await unwrapWithDeviceSecret(slots, method.secret);
  return unwrapped.dataKey;
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
export async function inspectBackup(file: string, secret: BackupSecret): Promise<BackupInspection> {
  const { header, parts } = readBackupFile(file);
  const work = privateTempDir();
  try {
    unpackInto(work, parts);
    assertSameRegister(work, header);
    const dataKey = await unwrap(work, secret);
    try {
      const auth = verifyPageAuthentication(dbPath(work), dataKey);
      const db = openDatabase(dbPath(work), dataKey, { create: false, readonly: true });
      try {
        db.pragma('query_only = ON');
        const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
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

function assertNewFolder(dir: string): void {
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
export async function restoreBackup(file: string, newDirInput: string, secret: BackupSecret): Promise<RestoreResult> {
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
  assertNewFolder(dir);
  const existed = existsSync(dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let register: OpenRegister | undefined;
  try {
    unpackInto(dir, parts);
    register = await unlockRegister(dir, asMethod(secret));
    const report = verifyRegister(register);
    if (!report.ok) {
      const failed = report.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail ?? ''}`);
      throw new CoreError('REGISTER_CORRUPT', `restored register fails verification (${failed.join('; ')})`);
    }
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
    for (const name of ['register.db', 'register.db-wal', 'register.db-shm', 'keyslots.json'])
      rmSync(path.join(dir, name), { force: true });
    if (!existed) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

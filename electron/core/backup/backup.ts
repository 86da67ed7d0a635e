import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendAudit } from '../audit/audit-log';
import { auditHead, makeAnchor } from '../audit/anchor';
import { readKeySlots, type AuditAnchor } from '../crypto/keyslots';
import { openDatabase, type Db } from '../db/driver';
import { liftingQueryOnly } from '../db/query-only';
import { schemaVersion } from '../db/migrate';
import { verifyPageAuthentication } from '../db/page-auth';
import { CoreError } from '../errors';
import type { OpenRegister } from '../register/open-register';
import { writeFileAtomic } from '../storage/atomic-write';
import { packBackup } from './container';
import { backupCounts, type BackupCounts } from './counts';

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

/** A new owner-only temp folder, removed by the caller (or, if this process is killed, by a later backup: stale-temps.ts). */
export function privateTempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bindeled-backup-${process.pid}-`));
  chmodSync(dir, 0o700);
  return dir;
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
  /** Only what a backup's header says (a worker gets these two, not the whole key-slot file). */
  slots: Pick<OpenRegister['slots'], 'registerId' | 'label'>;
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
export function* backupSteps(source: BackupSource, outFile: string, options: BackupOptions): Generator<number, BackupSummary> {
  const out = path.resolve(outFile);
  if (existsSync(out) && statSync(out).isDirectory()) throw new CoreError('INVALID_INPUT', 'the backup target is a folder');
  const work = privateTempDir();
  try {
    const copy = path.join(work, 'register.db');
    // VACUUM INTO writes only the new file, but SQLite refuses it on a query_only connection
    // (a read-only user's, users/read-only-guard.ts): lift that for this statement alone.
    liftingQueryOnly(source.db, () => source.db.prepare('VACUUM INTO ?').run(copy));
    yield 1;
    assertEncryptedCopy(copy, source.dataKey);
    yield 2;
    const check = openDatabase(copy, source.dataKey, { create: false, readonly: true });
    let counts: BackupCounts;
    let version: number;
    let anchor: AuditAnchor;
    try {
      counts = backupCounts(check);
      version = schemaVersion(check);
      // The backup's key slots carry the anchor of the copy, not of the live register, which may
      // have moved on since the snapshot: a restored copy then opens without a false alarm.
      anchor = makeAnchor(source.dataKey, source.slots.registerId, auditHead(check));
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
      {
        'register.db': readFileSync(copy),
        'keyslots.json': Buffer.from(`${JSON.stringify({ ...readKeySlots(source.dir), auditAnchor: anchor }, null, 2)}\n`, 'utf8'),
      },
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

/** The audit row of a backup made (on the register's connection: it is the main thread's). */
export function auditBackup(register: OpenRegister, made: BackupSummary, kind: string | undefined): void {
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

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash, contentHashes, createBackup, type BackupSummary } from '../../../electron/core/backup/backup';
import { inspectBackup, restoreBackup } from '../../../electron/core/backup/restore';
import type { Db } from '../../../electron/core/db/driver';
import { generateDemo } from '../../../electron/core/demo/generate';
import { closeRegister, createRegister, unlockRegister } from '../../../electron/core/register/open-register';
import { verifyRegister } from '../../../electron/core/register/inspect';
import { cleanupTempDirs, codeOf, hashFolder, OTHER_PASSPHRASE, PASSPHRASE, tempDir, withDb } from './helpers';
import { runCli } from './run-cli';

// Backup and restore (issue 7): one encrypted file, read back and restored into a new folder,
// equal to the original row for row; anything damaged or misdirected is refused and writes nothing.

let dir: string;
let recoveryKey: string;
let backupFile: string;
let made: BackupSummary;
/** The register as the backup snapshot saw it. */
let atBackup: { hash: string; tables: Record<string, string>; audit: unknown[]; plaintextSamples: string[] };

const auditRows = (db: Db, upTo: number) => db.prepare('SELECT * FROM audit_log WHERE seq <= ? ORDER BY seq').all(upTo);

beforeAll(async () => {
  dir = path.join(tempDir(), 'register');
  const created = await createRegister({ dir, organisationName: 'Backupforeningen', language: 'da', passphrase: PASSPHRASE });
  recoveryKey = created.recoveryKey;
  generateDemo(created.register.db, 's', created.register.actor);
  closeRegister(created.register, 'test');

  const register = await unlockRegister(dir, { kind: 'passphrase', passphrase: PASSPHRASE });
  try {
    const db = register.db;
    const samples = [
      ...(db.prepare('SELECT name FROM organisations ORDER BY id LIMIT 3').all() as { name: string }[]).map((r) => r.name),
      ...(db.prepare('SELECT code FROM mentees ORDER BY id LIMIT 3').all() as { code: string }[]).map((r) => r.code),
    ];
    const count = (db.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number }).n;
    atBackup = { hash: contentHash(db), tables: contentHashes(db), audit: auditRows(db, count), plaintextSamples: samples };
    backupFile = path.join(tempDir(), 'register.bindeled-backup');
    made = createBackup(register, backupFile);
  } finally {
    closeRegister(register, 'test');
  }
}, 120_000);
afterAll(cleanupTempDirs);

describe('createBackup', () => {
  it('writes one owner-only file whose database part is ciphertext under the same key', () => {
    const bytes = readFileSync(backupFile);
    expect(made.bytes).toBe(bytes.length);
    expect(bytes.subarray(0, 16).toString('ascii')).toBe('BINDELED-BACKUP\n');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    for (const sample of atBackup.plaintextSamples) expect(bytes.includes(Buffer.from(sample, 'utf8')), sample).toBe(false);
    if (process.platform !== 'win32') expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(made.counts.mentees).toBeGreaterThan(0);
    expect(made.counts.organisations).toBeGreaterThan(0);
    expect(made.counts.auditRows).toBe(atBackup.audit.length);
    // No stray temp files beside the backup.
    expect(readdirSync(path.dirname(backupFile))).toEqual([path.basename(backupFile)]);
  });

  it('audits the backup in the live register', async () => {
    const last = await withDb(dir, (db) => db.prepare("SELECT action FROM audit_log WHERE action = 'register.backed-up'").all());
    expect(last).toHaveLength(1);
  });
});

describe('inspectBackup', () => {
  it('reports date, label, counts, a sound audit chain and the snapshot’s exact content', async () => {
    const seen = await inspectBackup(backupFile, PASSPHRASE);
    expect(seen.createdAt).toBe(made.createdAt);
    expect(seen.label).toBe('Backupforeningen');
    expect(seen.counts).toEqual(made.counts);
    expect(seen.auditChain).toEqual({ ok: true, rows: made.counts.auditRows });
    expect(seen.integrity.ok).toBe(true);
    expect(seen.contentHash).toBe(atBackup.hash);
  });

  it('opens with the recovery key too, and refuses a wrong passphrase', async () => {
    expect((await inspectBackup(backupFile, { kind: 'recovery', recoveryKey })).counts).toEqual(made.counts);
    expect(await codeOf(inspectBackup(backupFile, OTHER_PASSPHRASE))).toBe('WRONG_PASSPHRASE');
  });
});

describe('restoreBackup', () => {
  it('restores into a new folder equal to the original, verified and audited', async () => {
    const target = path.join(tempDir(), 'restored');
    const restored = await restoreBackup(backupFile, target, PASSPHRASE);
    expect(restored.dir).toBe(target);
    expect(restored.checks.every((c) => c.ok)).toBe(true);
    // Counted after 'register.unlocked' and 'register.restored' were added to the snapshot's rows.
    expect(restored.counts).toEqual({ ...made.counts, auditRows: made.counts.auditRows + 2 });
    await withDb(target, (db) => {
      const tables = contentHashes(db);
      const { audit_log: restoredAudit, ...restoredRest } = tables;
      const { audit_log: originalAudit, ...originalRest } = atBackup.tables;
      expect(restoredRest).toEqual(originalRest);
      expect(restoredAudit).not.toBe(originalAudit);
      expect(auditRows(db, atBackup.audit.length)).toEqual(atBackup.audit);
      const actions = (
        db.prepare('SELECT action FROM audit_log WHERE seq > ? ORDER BY seq').all(atBackup.audit.length) as { action: string }[]
      ).map((r) => r.action);
      expect(actions).toEqual(['register.unlocked', 'register.restored', 'register.locked']);
    });
    const reopened = await unlockRegister(target, { kind: 'recovery', recoveryKey });
    try {
      expect(verifyRegister(reopened).ok).toBe(true);
      expect(reopened.slots.registerId).toBe(made.registerId);
    } finally {
      closeRegister(reopened, 'test');
    }
  });

  it('never restores over a register or into a non-empty folder', async () => {
    const before = hashFolder(dir);
    expect(await codeOf(restoreBackup(backupFile, dir, PASSPHRASE))).toBe('FOLDER_NOT_EMPTY');
    expect(hashFolder(dir)).toEqual(before);
    const other = tempDir();
    writeFileSync(path.join(other, 'notes.txt'), 'keep me');
    expect(await codeOf(restoreBackup(backupFile, other, PASSPHRASE))).toBe('FOLDER_NOT_EMPTY');
    expect(readdirSync(other)).toEqual(['notes.txt']);
  });

  it('refuses a wrong passphrase and writes nothing', async () => {
    const target = path.join(tempDir(), 'never');
    expect(await codeOf(restoreBackup(backupFile, target, OTHER_PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a flipped byte anywhere, a truncated file and a file that is no backup, writing nothing', async () => {
    const bytes = readFileSync(backupFile);
    const work = tempDir();
    const positions = [20, 200, Math.floor(bytes.length / 2), bytes.length - 600, bytes.length - 40, bytes.length - 1];
    for (const [i, at] of positions.entries()) {
      const damaged = Buffer.from(bytes);
      damaged[at] = (damaged[at] ?? 0) ^ 0x01;
      const file = path.join(work, `flipped-${i}`);
      writeFileSync(file, damaged);
      const target = path.join(work, `target-${i}`);
      expect(await codeOf(restoreBackup(file, target, PASSPHRASE)), `byte ${at}`).toBe('REGISTER_CORRUPT');
      expect(await codeOf(inspectBackup(file, PASSPHRASE)), `byte ${at}`).toBe('REGISTER_CORRUPT');
      expect(existsSync(target)).toBe(false);
    }
    for (const length of [bytes.length - 1, Math.floor(bytes.length / 3), 40]) {
      const file = path.join(work, `truncated-${length}`);
      writeFileSync(file, bytes.subarray(0, length));
      expect(await codeOf(restoreBackup(file, path.join(work, 'target-t'), PASSPHRASE)), `length ${length}`).toBe('REGISTER_CORRUPT');
    }
    const emptyTarget = path.join(work, 'empty-target');
    mkdirSync(emptyTarget);
    writeFileSync(path.join(work, 'not-a-backup'), 'SQLite format 3\0 and then some');
    expect(await codeOf(restoreBackup(path.join(work, 'not-a-backup'), emptyTarget, PASSPHRASE))).toBe('FILE_UNREADABLE');
    expect(await codeOf(restoreBackup(path.join(work, 'missing'), emptyTarget, PASSPHRASE))).toBe('FILE_UNREADABLE');
    expect(readdirSync(emptyTarget)).toEqual([]);
    expect(existsSync(path.join(work, 'target-t'))).toBe(false);
  });
});

describe('bindeled backup / restore', () => {
  const env = { BINDELED_PASSPHRASE: PASSPHRASE };

  it('restores a copy of the file on "another machine": another home, no profile, another folder, nothing tied to the source path', async () => {
    // The file names no folder of the machine it was made on, so a copy restores anywhere.
    expect(readFileSync(backupFile).includes(Buffer.from(dir))).toBe(false);
    const elsewhere = path.join(tempDir('bindeled-other-machine-'), 'USB-stick', 'copy.bindeled-backup');
    mkdirSync(path.dirname(elsewhere), { recursive: true });
    writeFileSync(elsewhere, readFileSync(backupFile));
    const home = tempDir('bindeled-other-home-');
    const target = path.join(tempDir('bindeled-other-disk-'), 'Bindeled');
    const restore = await runCli(['restore', '--from', elsewhere, '--dir', target, '--json'], {
      env: {
        ...env,
        HOME: home,
        USERPROFILE: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        BINDELED_PROFILE_DIR: path.join(home, 'profile'),
      },
    });
    expect(restore.code, restore.stderr).toBe(0);
    const original = await withDb(dir, (db) => contentHashes(db));
    const restored = await withDb(target, (db) => contentHashes(db));
    expect({ ...restored, audit_log: '' }).toEqual({ ...original, audit_log: '' });
  }, 120_000);

  it('backs up, verifies and restores through the command line, printing the counts', async () => {
    const file = path.join(tempDir(), 'cli.bindeled-backup');
    const backup = await runCli(['backup', '--dir', dir, '--out', file], { env });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain('Backup of "Backupforeningen" written to');
    expect(backup.stdout).toMatch(new RegExp(`Mentees\\s+${made.counts.mentees}\\b`));
    expect(backup.stdout).toContain('Verified:');

    const target = path.join(tempDir(), 'cli-restored');
    const restore = await runCli(['restore', '--from', file, '--dir', target, '--json'], { env });
    expect(restore.code, restore.stderr).toBe(0);
    const restored = JSON.parse(restore.stdout) as { counts: BackupSummary['counts']; checks: { ok: boolean }[] };
    expect({ ...restored.counts, auditRows: 0 }).toEqual({ ...made.counts, auditRows: 0 });
    expect(restored.checks.every((c) => c.ok)).toBe(true);
    const tables = await withDb(target, (db) => contentHashes(db));
    const original = await withDb(dir, (db) => contentHashes(db));
    expect({ ...tables, audit_log: '' }).toEqual({ ...original, audit_log: '' });

    const again = await runCli(['restore', '--from', file, '--dir', target], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('FOLDER_NOT_EMPTY');
    const usage = await runCli(['restore', '--from', file], { env });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('restore needs --dir NEWDIR');
  }, 120_000);
});

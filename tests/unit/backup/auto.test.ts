import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autoBackup, unlockHooks, type AutoDeps } from '../../../electron/core/backup/auto';
import { inspectBackup } from '../../../electron/core/backup/restore';
import { listBackups } from '../../../electron/core/backup/folder';
import { BackupPrefsStore, defaultBackupFolder } from '../../../electron/core/backup/prefs';
import { newKeySlots, writeKeySlots } from '../../../electron/core/crypto/keyslots';
import { dbPath, openDatabase } from '../../../electron/core/db/driver';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import { closeRegister, createRegister, OWNER, unlockRegister, type OpenRegister } from '../../../electron/core/register/open-register';
import { cleanupTempDirs, PASSPHRASE, tempDir } from '../core/helpers';

// Automatic backups with an injected clock: on close, once a day, before a migration; skipped
// when nothing changed; rotated over weeks of simulated use; a failure never stops the close.

let register: OpenRegister;
let dir: string;
let clock = new Date(2026, 10, 2, 9, 0);
let deps: AutoDeps;

/** A change worth a backup: a settings write with its audit row, as a handler does it. */
function change(r: OpenRegister, minutes: number) {
  writeSettings(r.db, { autoLockMinutes: minutes });
  appendAudit(r.db, { actor: r.actor, action: 'settings.updated', details: { keys: 'autoLockMinutes' } });
}

beforeAll(async () => {
  dir = path.join(tempDir(), 'Register');
  register = (await createRegister({ dir, organisationName: 'Autoforeningen', language: 'da', passphrase: PASSPHRASE })).register;
  deps = { prefs: new BackupPrefsStore(tempDir('bindeled-profile-')), appVersion: 'test', now: () => clock };
});
afterAll(() => {
  closeRegister(register, 'test');
  cleanupTempDirs();
});

describe('automatic backups', () => {
  it('writes one on close into the default folder beside the register, audited', () => {
    // Closing right after creating it: nothing was done in this session.
    expect(autoBackup(register, 'close', deps)).toEqual({ made: false, reason: 'unchanged' });
    change(register, 10);
    const outcome = autoBackup(register, 'close', deps);
    expect(outcome).toMatchObject({ made: true, removed: 0 });
    const folder = defaultBackupFolder(dir);
    expect(folder).toBe(path.join(path.dirname(dir), 'Register backups'));
    const list = listBackups(folder, register.slots.registerId);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'auto', createdAt: clock.toISOString() });
    expect(list[0]!.name).toMatch(/^bindeled-2026-11-02-090000-auto-[0-9a-z]{8}\.bindeled-backup$/);
    const row = register.db.prepare("SELECT details FROM audit_log WHERE action = 'register.backed-up' ORDER BY seq DESC").get() as {
      details: string;
    };
    expect(JSON.parse(row.details)).toMatchObject({ kind: 'auto' });
    expect(deps.prefs.get(dir)).toMatchObject({ lastBackupAt: clock.toISOString(), problem: null });
  });

  it('skips a close when nothing changed since, and backs up again after a change', () => {
    clock = new Date(2026, 10, 2, 12, 0);
    expect(autoBackup(register, 'close', deps)).toEqual({ made: false, reason: 'unchanged' });
    change(register, 11);
    expect(autoBackup(register, 'close', deps)).toMatchObject({ made: true });
  });

  it('makes the daily one only once a day, and only when something changed', () => {
    change(register, 12);
    clock = new Date(2026, 10, 2, 18, 0);
    expect(autoBackup(register, 'daily', deps)).toEqual({ made: false, reason: 'done-today' });
    clock = new Date(2026, 10, 3, 0, 5);
    expect(autoBackup(register, 'daily', deps)).toMatchObject({ made: true });
    clock = new Date(2026, 10, 4, 0, 5);
    expect(autoBackup(register, 'daily', deps)).toEqual({ made: false, reason: 'unchanged' });
  });

  it('does nothing when switched off', () => {
    deps.prefs.update(dir, { automatic: false });
    change(register, 13);
    expect(autoBackup(register, 'close', deps)).toEqual({ made: false, reason: 'off' });
    deps.prefs.update(dir, { automatic: true });
  });

  it('rotates over five weeks of daily use and leaves files that are not its backups alone', () => {
    const folder = defaultBackupFolder(dir);
    const foreign = {
      'notes.txt': 'my own notes',
      'bindeled-2026-01-01-000000-auto-deadbeef.bindeled-backup': 'named like a backup but is not one',
    };
    for (const [name, text] of Object.entries(foreign)) writeFileSync(path.join(folder, name), text);
    // A close at 10 and at 15 every day from 5 Nov to 9 Dec 2026 (35 days).
    for (let day = 0; day < 35; day++) {
      for (const hour of [10, 15]) {
        clock = new Date(2026, 10, 5 + day, hour, 0);
        change(register, 14 + (hour % 2));
        expect(autoBackup(register, 'close', deps).made).toBe(true);
      }
    }
    const list = listBackups(folder, register.slots.registerId);
    const days = list.map((b) => b.createdAt.slice(0, 10));
    // The last 7 days (3–9 Dec, 15:00 each, weeks 50 and 49), the newest of weeks 48 and 47 (29 and
    // 22 Nov) and of November (30 Nov); everything older is gone.
    expect(list.map((b) => new Date(b.createdAt).getHours())).toEqual(Array.from({ length: list.length }, () => 15));
    expect(days).toEqual(
      [
        '2026-12-09',
        '2026-12-08',
        '2026-12-07',
        '2026-12-06',
        '2026-12-05',
        '2026-12-04',
        '2026-12-03',
        '2026-11-30',
        '2026-11-29',
        '2026-11-22',
      ].map((d) => new Date(`${d}T15:00:00`).toISOString().slice(0, 10)),
    );
    expect(list[0]!.createdAt).toBe(clock.toISOString());
    for (const [name, text] of Object.entries(foreign)) expect(readFileSync(path.join(folder, name), 'utf8')).toBe(text);
  });

  it('gives a register that has no backup yet one from the daily check, even unchanged', async () => {
    const other = await createRegister({
      dir: path.join(tempDir(), 'Fresh'),
      organisationName: 'Ny',
      language: 'da',
      passphrase: PASSPHRASE,
    });
    try {
      expect(autoBackup(other.register, 'close', deps)).toEqual({ made: false, reason: 'unchanged' });
      expect(autoBackup(other.register, 'daily', deps)).toMatchObject({ made: true });
      clock = new Date(clock.getFullYear(), clock.getMonth(), clock.getDate() + 1, 9);
      expect(autoBackup(other.register, 'daily', deps)).toEqual({ made: false, reason: 'unchanged' });
    } finally {
      closeRegister(other.register, 'test');
    }
  });

  it('records a failure instead of throwing, and clears it after the next good one', () => {
    const blocked = path.join(tempDir(), 'a-file-not-a-folder');
    writeFileSync(blocked, 'x');
    deps.prefs.update(dir, { folder: path.join(blocked, 'backups') });
    change(register, 20);
    expect(autoBackup(register, 'close', deps)).toEqual({ made: false, reason: 'failed' });
    expect(deps.prefs.get(dir).problem).toMatchObject({ trigger: 'close', at: clock.toISOString() });
    deps.prefs.update(dir, { folder: null });
    expect(autoBackup(register, 'close', deps).made).toBe(true);
    expect(deps.prefs.get(dir).problem).toBeNull();
  });
});

describe('before a migration', () => {
  it('backs up the register as it was, then migrates and audits it', async () => {
    // A register left at schema 3 by an older Bindeled.
    const old = path.join(tempDir(), 'Old');
    mkdirSync(old, { mode: 0o700 });
    const { file, dataKey } = await newKeySlots('Gammelforeningen', OWNER, PASSPHRASE);
    const db = openDatabase(dbPath(old), dataKey, { create: true });
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(schemaVersion(db)).toBe(3);
    db.close();
    writeKeySlots(old, file);

    const hooks = unlockHooks(deps);
    const opened = await unlockRegister(old, { kind: 'passphrase', passphrase: PASSPHRASE }, { beforeMigrate: hooks.beforeMigrate });
    hooks.afterUnlock(opened);
    try {
      expect(schemaVersion(opened.db)).toBe(LATEST_SCHEMA_VERSION);
      const list = listBackups(defaultBackupFolder(old), file.registerId);
      expect(list.map((b) => b.kind)).toEqual(['pre-migration']);
      const seen = await inspectBackup(list[0]!.file, PASSPHRASE);
      expect(seen.schemaVersion).toBe(3);
      expect(seen.integrity.ok).toBe(true);
      const row = opened.db.prepare("SELECT details FROM audit_log WHERE action = 'register.backed-up'").get() as { details: string };
      expect(JSON.parse(row.details)).toMatchObject({ kind: 'pre-migration', fromSchema: 3 });
    } finally {
      closeRegister(opened, 'test');
    }
    // Opening it again needs no migration, so no second pre-migration backup.
    const again = unlockHooks(deps);
    closeRegister(
      await unlockRegister(old, { kind: 'passphrase', passphrase: PASSPHRASE }, { beforeMigrate: again.beforeMigrate }),
      'test',
    );
    expect(listBackups(defaultBackupFolder(old), file.registerId)).toHaveLength(1);
  });

  it('still opens the register when that backup cannot be written', async () => {
    const old = path.join(tempDir(), 'Old2');
    mkdirSync(old, { mode: 0o700 });
    const { file, dataKey } = await newKeySlots('Gammelforeningen', OWNER, PASSPHRASE);
    const db = openDatabase(dbPath(old), dataKey, { create: true });
    migrate(db, MIGRATIONS.slice(0, 3));
    db.close();
    writeKeySlots(old, file);
    const blocked = path.join(tempDir(), 'blocked');
    writeFileSync(blocked, 'x');
    deps.prefs.update(old, { folder: path.join(blocked, 'sub') });
    const hooks = unlockHooks(deps);
    const opened = await unlockRegister(old, { kind: 'passphrase', passphrase: PASSPHRASE }, { beforeMigrate: hooks.beforeMigrate });
    hooks.afterUnlock(opened);
    expect(schemaVersion(opened.db)).toBe(LATEST_SCHEMA_VERSION);
    closeRegister(opened, 'test');
    expect(deps.prefs.get(old).problem).toMatchObject({ trigger: 'pre-migration' });
    expect(existsSync(path.join(blocked, 'sub'))).toBe(false);
    expect(readdirSync(old).sort()).toEqual(['keyslots.json', 'register.db']);
  });
});

import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import { autoBackup, type AutoDeps } from '../../../electron/core/backup/auto';
import { listBackups } from '../../../electron/core/backup/folder';
import { BackupPrefsStore, defaultBackupFolder } from '../../../electron/core/backup/prefs';
import { keySlotPath } from '../../../electron/core/crypto/keyslots';
import { closeRegister, createRegister, unlockRegister, type OpenRegister } from '../../../electron/core/register/open-register';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { cleanupTempDirs, PASSPHRASE, tempDir } from '../core/helpers';

// A register folder the user moves (another drive, a renamed folder) keeps its backup folder:
// the backup settings are keyed by the register's id, kept in its keyslots.json, and settings
// saved by earlier versions (keyed by the folder) are taken over under that id.

afterAll(cleanupTempDirs);

// A day between backups, so the rotation (one automatic backup a day kept) removes none.
let day = 1;
const at = () => new Date(2026, 10, day++, 9, 0);

function change(r: OpenRegister, minutes: number) {
  writeSettings(r.db, { autoLockMinutes: minutes });
  appendAudit(r.db, { actor: r.actor, action: 'settings.updated', details: { keys: 'autoLockMinutes' } });
}

async function newRegister(name: string): Promise<{ dir: string; id: string }> {
  const dir = path.join(tempDir(), name);
  const created = await createRegister({ dir, organisationName: name, language: 'da', passphrase: PASSPHRASE });
  const id = created.register.slots.registerId;
  closeRegister(created.register, 'test');
  return { dir, id };
}

/** Moves a closed register to a new parent folder, as a user does in the file manager. */
function move(dir: string): string {
  const moved = path.join(tempDir('bindeled-moved-'), 'Moved register');
  renameSync(dir, moved);
  return moved;
}

async function backupOnClose(dir: string, deps: AutoDeps, minutes: number) {
  const register = await unlockRegister(dir, { kind: 'passphrase', passphrase: PASSPHRASE });
  try {
    change(register, minutes);
    return autoBackup(register, 'close', deps);
  } finally {
    closeRegister(register, 'test');
  }
}

const keysOf = (profile: string) =>
  Object.keys((JSON.parse(readFileSync(path.join(profile, 'backups.json'), 'utf8')) as { registers: object }).registers);

describe('a moved register folder', () => {
  it('keeps its chosen backup folder, and automatic backups go on there', async () => {
    const { dir, id } = await newRegister('Flytteforeningen');
    const profile = tempDir('bindeled-profile-');
    const deps: AutoDeps = { prefs: new BackupPrefsStore(profile), appVersion: 'test', now: at };
    const usb = path.join(tempDir('bindeled-usb-'), 'Backups');
    deps.prefs.update(dir, { folder: usb });
    expect(await backupOnClose(dir, deps, 10)).toMatchObject({ made: true });

    const moved = move(dir);
    expect(deps.prefs.get(moved)).toMatchObject({ folder: usb, automatic: true });
    expect(await backupOnClose(moved, deps, 11)).toMatchObject({ made: true });
    expect(listBackups(usb, id)).toHaveLength(2);
    // Nothing was written beside the new place, and one entry (by id) holds it all.
    expect(listBackups(defaultBackupFolder(moved))).toEqual([]);
    expect(keysOf(profile)).toEqual([`register:${id}`]);
  });

  it('takes over a setting saved by an earlier version under the folder, and drops the old key', async () => {
    const { dir, id } = await newRegister('Gammelforeningen');
    const profile = tempDir('bindeled-profile-');
    const usb = path.join(tempDir('bindeled-usb-'), 'Old backups');
    const legacy = {
      folder: usb,
      automatic: false,
      lastBackupAt: '2026-10-01T08:00:00.000Z',
      lastFile: null,
      lastSeq: null,
      problem: null,
    };
    writeFileSync(path.join(profile, 'backups.json'), JSON.stringify({ registers: { [dir]: legacy } }));
    const prefs = new BackupPrefsStore(profile);
    expect(prefs.get(dir)).toMatchObject({ folder: usb, automatic: false, lastBackupAt: legacy.lastBackupAt });
    prefs.update(dir, { automatic: true });
    expect(keysOf(profile)).toEqual([`register:${id}`]);
    expect(prefs.get(dir)).toMatchObject({ folder: usb, automatic: true, lastBackupAt: legacy.lastBackupAt });
  });

  it('finds an earlier version’s setting when the register was moved before updating, by its last backup file', async () => {
    const { dir, id } = await newRegister('Tidligforeningen');
    const profile = tempDir('bindeled-profile-');
    const deps: AutoDeps = { prefs: new BackupPrefsStore(profile), appVersion: 'test', now: at };
    const usb = path.join(tempDir('bindeled-usb-'), 'Backups');
    deps.prefs.update(dir, { folder: usb });
    expect(await backupOnClose(dir, deps, 12)).toMatchObject({ made: true });
    // Rewrite the file as an earlier version kept it: keyed by the old folder, no id, no dir.
    const [entry] = Object.values(
      (JSON.parse(readFileSync(path.join(profile, 'backups.json'), 'utf8')) as { registers: object }).registers,
    );
    const { dir: _dropped, ...old } = entry as { dir: string };
    writeFileSync(path.join(profile, 'backups.json'), JSON.stringify({ registers: { [dir]: old, '/elsewhere/Other': { folder: '/x' } } }));

    const moved = move(dir);
    // The last backup of the old folder is not this register's "nothing changed" proof here.
    expect(deps.prefs.get(moved)).toMatchObject({ folder: usb, lastFile: null, lastSeq: null });
    expect(await backupOnClose(moved, deps, 13)).toMatchObject({ made: true });
    expect(listBackups(usb, id)).toHaveLength(2);
    expect(keysOf(profile).sort()).toEqual(['/elsewhere/Other', `register:${id}`]);
  });

  it('falls back to the folder when the key-slot file cannot be read (the damaged-register screen)', async () => {
    const { dir } = await newRegister('Skadeforeningen');
    const profile = tempDir('bindeled-profile-');
    const prefs = new BackupPrefsStore(profile);
    const usb = path.join(tempDir('bindeled-usb-'), 'Backups');
    mkdirSync(usb, { recursive: true });
    prefs.update(dir, { folder: usb });
    writeFileSync(keySlotPath(dir), '{ damaged');
    expect(prefs.folderOf(dir)).not.toBe(usb);
    prefs.update(dir, { folder: usb });
    expect(prefs.folderOf(dir)).toBe(usb);
    expect(keysOf(profile)).toContain(path.resolve(dir));
  });
});

describe('a copy of a register (a restored backup) while the original stays', () => {
  it('has backup settings of its own, and the original keeps its own', async () => {
    const { dir } = await newRegister('Kopiforeningen');
    const profile = tempDir('bindeled-profile-');
    const prefs = new BackupPrefsStore(profile);
    const usb = path.join(tempDir('bindeled-usb-'), 'Backups');
    prefs.update(dir, { folder: usb, lastBackupAt: '2026-11-01T08:00:00.000Z' });
    const copy = path.join(tempDir('bindeled-copy-'), 'Restored');
    cpSync(dir, copy, { recursive: true });
    expect(prefs.get(copy)).toMatchObject({ folder: null, lastBackupAt: null });
    prefs.update(copy, { automatic: false });
    expect(prefs.get(dir)).toMatchObject({ folder: usb, automatic: true });
    expect(prefs.get(copy)).toMatchObject({ folder: null, automatic: false });
  });
});

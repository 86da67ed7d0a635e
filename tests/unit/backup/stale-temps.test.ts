import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/backup/folder';
import { defaultBackupFolder } from '../../../electron/core/backup/prefs';
import { tempNameBeside } from '../../../electron/core/storage/atomic-write';
import { call, callFails, cleanupTempDirs, createRegister, lock, newCore, PASSPHRASE } from '../core/helpers';

// A backup killed half-way (power cut, the shell ending core) leaves its hidden temp file in the
// backup folder, and its work folder in the system temp folder. Neither may pass for a backup,
// and the next backup clears them once the process that wrote them is gone.

afterAll(cleanupTempDirs);

/** The pid of a process that has ended: what a killed core leaves in its temp file names. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const secret = { kind: 'passphrase' as const, passphrase: PASSPHRASE };

async function registerWithOneBackup() {
  const t = newCore();
  const { dir } = await createRegister(t.core, { organisationName: 'Halvfil' });
  await call(t.core, 'organisations:save', { name: 'Dansk Flygtningehjælp', sector: 'civil-society', municipality: 'Odense' });
  await lock(t.core);
  const folder = defaultBackupFolder(dir);
  const [whole] = listBackups(folder);
  return { t, dir, folder, whole: whole! };
}

describe('what a killed backup leaves behind', () => {
  it('is never taken for a backup, and the next backup removes it', async () => {
    const { t, dir, folder, whole } = await registerWithOneBackup();
    // The half a killed write leaves: the temp name writeTempBeside uses, the first half of a
    // real backup's bytes (its header reads as a backup's).
    const target = path.join(folder, whole.name.replace('-auto-', '-manual-'));
    const half = tempNameBeside(target, deadPid(), Date.now());
    const bytes = readFileSync(whole.file);
    writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2)), { mode: 0o600 });
    // A killed backup's work folder in the system temp folder (what privateTempDir names).
    const work = path.join(os.tmpdir(), `bindeled-backup-${deadPid()}-test01`);
    mkdirSync(work);
    writeFileSync(path.join(work, 'register.db'), bytes.subarray(0, 4096), { mode: 0o600 });

    // Not in the list rotation and the restore screen work from, and refused as a file.
    expect(listBackups(folder).map((b) => b.file)).toEqual([whole.file]);
    await call(t.core, 'register:unlock', { dir, secret });
    expect((await call(t.core, 'backup:status', {})).backups.map((b) => b.file)).toEqual([whole.file]);
    expect((await callFails(t.core, 'backup:inspect', { file: half, secret })).code).toBe('REGISTER_CORRUPT');

    // The next backup into the folder clears it; the whole backup stays.
    await call(t.core, 'backup:now', {});
    expect(existsSync(half)).toBe(false);
    expect(existsSync(work)).toBe(false);
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(listBackups(folder).map((b) => b.file)).toContain(whole.file);
    t.core.shutdown();
  });

  it('leaves alone a temp file of a process that is still running (it may be writing now)', async () => {
    const { t, dir, folder, whole } = await registerWithOneBackup();
    // This test's parent (the vitest main process) is alive and not us: its name stands for another Bindeled.
    const busy = tempNameBeside(path.join(folder, whole.name.replace('-auto-', '-manual-')), process.ppid, Date.now());
    writeFileSync(busy, 'partial', { mode: 0o600 });
    // Our own pid, from before this process started: a dead namesake's.
    const ours = tempNameBeside(path.join(folder, whole.name.replace('-auto-', '-pre-migration-')), process.pid, 1);
    writeFileSync(ours, 'partial', { mode: 0o600 });
    await call(t.core, 'register:unlock', { dir, secret });
    await call(t.core, 'backup:now', {});
    expect(existsSync(busy)).toBe(true);
    expect(existsSync(ours)).toBe(false);
    t.core.shutdown();
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import { autoBackupInBackground, pendingAutoBackups } from '../../../electron/core/backup/auto';
import { listBackups } from '../../../electron/core/backup/folder';
import { BackupPrefsStore, defaultBackupFolder } from '../../../electron/core/backup/prefs';
import { canBackUpInWorker } from '../../../electron/core/backup/worker-run';
import { closeRegister, createRegister as openNewRegister } from '../../../electron/core/register/open-register';
import { call, cleanupTempDirs, createRegister, lock, newCore, PASSPHRASE, tempDir, unlock, withDb } from '../core/helpers';

// The automatic backup on close runs in the background: the lock answers first, the backup
// follows over its own connection, and quitting waits for it, so the file is whole.

afterAll(cleanupTempDirs);

const files = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

async function changedRegister() {
  const t = newCore();
  const { dir } = await createRegister(t.core, { organisationName: 'Baggrund' });
  await call(t.core, 'organisations:save', { name: 'Røde Kors', sector: 'civil-society', municipality: 'Aarhus' });
  return { t, dir, folder: defaultBackupFolder(dir) };
}

describe('the automatic backup on lock', () => {
  it('is taken after the lock has answered, then is complete and audited after the lock', async () => {
    const { t, dir, folder } = await changedRegister();
    expect(files(folder)).toEqual([]);
    await call(t.core, 'register:lock', { reason: 'user' });
    // The lock has answered and the register is closed; the backup has not been written yet.
    expect(files(folder)).toEqual([]);
    expect((await t.core.invoke('organisations:list', {})).ok).toBe(false);
    await pendingAutoBackups();
    const made = listBackups(folder);
    expect(made).toHaveLength(1);
    expect(files(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const actions = (await withDb(dir, (db) => db.prepare('SELECT action, details FROM audit_log ORDER BY seq').all())) as {
      action: string;
      details: string;
    }[];
    const locked = actions.findIndex((a) => a.action === 'register.locked');
    const backedUp = actions.findIndex((a) => a.action === 'register.backed-up' && a.details.includes('auto'));
    expect(locked).toBeGreaterThan(0);
    expect(backedUp).toBeGreaterThan(locked);
    // The backup opens with the register's key and holds the change.
    const inspected = await call(t.core, 'backup:inspect', {
      file: made[0]!.file,
      secret: { kind: 'passphrase', passphrase: 'correct horse battery staple' },
    });
    expect(inspected.counts.organisations).toBe(1);
    t.core.shutdown();
  });

  it('tells the shell it is running before the lock answers, each step, and when it is done', async () => {
    const { t, folder } = await changedRegister();
    t.events.length = 0;
    await call(t.core, 'register:lock', { reason: 'user' });
    // Events and the lock's result share one channel to the shell: this one was sent first.
    const atAnswer = t.events.filter((e) => e.event === 'backup:background').map((e) => e.payload);
    expect(atAnswer).toEqual([{ running: true, done: 0, total: 4 }]);
    await pendingAutoBackups();
    const all = t.events.filter((e) => e.event === 'backup:background').map((e) => e.payload as { running: boolean; done: number });
    expect(all.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 4]);
    expect(all.at(-1)).toEqual({ running: false, done: 4, total: 4 });
    expect(all.slice(0, -1).every((p) => p.running)).toBe(true);
    expect(listBackups(folder)).toHaveLength(1);
    t.core.shutdown();
  });

  it('lets a new session start while it runs, and a quit waits for it: the file is whole', async () => {
    const { t, dir, folder } = await changedRegister();
    await lock(t.core);
    await unlock(t.core, dir);
    // Quitting in the middle: shutdown locks (nothing changed in this session: no second backup),
    // then the process waits for the running backup before it exits (main.ts).
    t.core.shutdown();
    await pendingAutoBackups();
    expect(listBackups(folder)).toHaveLength(1);
    expect(files(folder)).toHaveLength(1);
  });

  it('runs its heavy steps off the core thread: core answers a call while the backup is held half-way', async () => {
    const dir = path.join(tempDir(), 'Register');
    const { register } = await openNewRegister({ dir, organisationName: 'Tråden', language: 'da', passphrase: PASSPHRASE });
    appendAudit(register.db, { actor: register.actor, action: 'settings.updated', details: { keys: 'autoLockMinutes' } });
    // The worker blocks its own thread (Atomics.wait) after the first step until this is set. Had
    // that step run on this thread, this thread would be blocked too and no call below could answer.
    expect(canBackUpInWorker()).toBe(true);
    const hold = new SharedArrayBuffer(4);
    const order: string[] = [];
    let heldHalfway: () => void = () => undefined;
    const halfway = new Promise<void>((resolve) => (heldHalfway = resolve));
    const job = autoBackupInBackground(register, 'close', {
      prefs: new BackupPrefsStore(tempDir('bindeled-profile-')),
      appVersion: 'test',
      now: () => new Date(),
      holdWorkerAfterFirstStep: hold,
      progress: ({ running, done }) => {
        if (running && done === 1) heldHalfway();
        if (!running) order.push('backup finished');
      },
    });
    closeRegister(register, 'user');
    await halfway;
    const t = newCore();
    await unlock(t.core, dir);
    expect((await call(t.core, 'organisations:list', {})).length).toBeGreaterThanOrEqual(0);
    order.push('core answered');
    expect(listBackups(defaultBackupFolder(dir))).toEqual([]);
    Atomics.store(new Int32Array(hold), 0, 1);
    Atomics.notify(new Int32Array(hold), 0);
    expect(await job).toMatchObject({ made: true });
    expect(order).toEqual(['core answered', 'backup finished']);
    expect(listBackups(defaultBackupFolder(dir))).toHaveLength(1);
    t.core.shutdown();
  });

  it('takes the daily backup the same way: the tick answers first, the file follows', async () => {
    const t = newCore();
    const { dir } = await createRegister(t.core, { organisationName: 'Daglig' });
    const folder = defaultBackupFolder(dir);
    t.events.length = 0;
    expect(await call(t.core, 'backup:tick', {}, 'internal')).toEqual({ started: true });
    expect(files(folder)).toEqual([]);
    expect(t.events.map((e) => e.event)).toEqual(['backup:background']);
    // The register stays open for the next calls.
    expect(await call(t.core, 'organisations:list', {})).toEqual([]);
    await pendingAutoBackups();
    expect(listBackups(folder).map((b) => b.kind)).toEqual(['auto']);
    expect(t.events.at(-1)).toEqual({ event: 'backup:background', payload: { running: false, done: 4, total: 4 } });
    // Done for today.
    expect(await call(t.core, 'backup:tick', {}, 'internal')).toEqual({ started: false });
    t.core.shutdown();
  });

  it('queues a lock’s backup behind a daily one still running, and says it is done only after both', async () => {
    const dir = path.join(tempDir(), 'Register');
    const { register } = await openNewRegister({ dir, organisationName: 'Kø', language: 'da', passphrase: PASSPHRASE });
    const hold = new SharedArrayBuffer(4);
    const states: boolean[] = [];
    let heldHalfway: () => void = () => undefined;
    const halfway = new Promise<void>((resolve) => (heldHalfway = resolve));
    const deps = {
      prefs: new BackupPrefsStore(tempDir('bindeled-profile-')),
      appVersion: 'test',
      now: () => new Date(),
      progress: ({ running, done }: { running: boolean; done: number }) => {
        states.push(running);
        if (running && done === 1) heldHalfway();
      },
    };
    const daily = autoBackupInBackground(register, 'daily', { ...deps, holdWorkerAfterFirstStep: hold });
    await halfway;
    // While the daily backup is held half-way: a change, then the lock's own backup.
    appendAudit(register.db, { actor: register.actor, action: 'settings.updated', details: { keys: 'autoLockMinutes' } });
    const close = autoBackupInBackground(register, 'close', deps);
    closeRegister(register, 'user');
    Atomics.store(new Int32Array(hold), 0, 1);
    Atomics.notify(new Int32Array(hold), 0);
    expect(await daily).toMatchObject({ made: true });
    expect(await close).toMatchObject({ made: true });
    expect(states.filter((running) => !running)).toHaveLength(1);
    expect(states.at(-1)).toBe(false);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/dispatcher';
import { canBackUpInWorker, holdNextWorkerAfterFirstStep } from '../../../electron/core/backup/worker-run';
import { call, callFails, cleanupTempDirs, createRegister, lock, PASSPHRASE, tempDir, unlock, withDb } from '../core/helpers';

// "Back up now", inspecting a backup and restoring one run in the backup worker thread, beside
// core's one-call-at-a-time queue (backup/off-thread.ts). Each test holds the worker's thread
// after its first step (Atomics.wait): had that step run on core's thread, no call below could
// answer until it was released. Calls made meanwhile are answered; a restore's folder is refused
// to every call that names it (RESTORE_RUNNING) until the restore is done.

const secret = { kind: 'passphrase' as const, passphrase: PASSPHRASE };
let core: Core;
let dir: string;
let backupFile: string;
const events: { event: string; payload: Record<string, unknown> }[] = [];
let onFirstStep: (() => void) | null = null;

beforeAll(async () => {
  const profileDir = tempDir('bindeled-profile-');
  core = createCore({
    profileDir,
    defaultRegisterDir: profileDir,
    appVersion: 'test',
    emit: (event, payload) => {
      events.push({ event, payload: payload as Record<string, unknown> });
      if (event === 'progress' && (payload as { done: number }).done === 1 && onFirstStep) {
        const reached = onFirstStep;
        onFirstStep = null;
        reached();
      }
    },
  });
  ({ dir } = await createRegister(core, { organisationName: 'Trådforeningen' }));
  await call(core, 'organisations:save', { name: 'Jobcenter Aarhus', sector: 'job-centre' });
  backupFile = path.join(tempDir(), 'made.bindeled-backup');
  await call(core, 'backup:now', { file: backupFile });
}, 60_000);
afterAll(() => {
  core.shutdown();
  cleanupTempDirs();
});

/** Holds the next worker after its first step; resolves once that step's progress event is out. */
function holdNext(): { halfway: Promise<void>; release: () => void } {
  const hold = new SharedArrayBuffer(4);
  holdNextWorkerAfterFirstStep(hold);
  const halfway = new Promise<void>((resolve) => (onFirstStep = resolve));
  return {
    halfway,
    release: () => {
      Atomics.store(new Int32Array(hold), 0, 1);
      Atomics.notify(new Int32Array(hold), 0);
    },
  };
}

describe('off core’s thread', () => {
  it('runs in a worker here (the .ts entry through tsx)', () => {
    expect(canBackUpInWorker()).toBe(true);
  });

  it('answers reads and writes while Back up now is held half-way; the backup holds the register as it was at its start', async () => {
    const order: string[] = [];
    const { halfway, release } = holdNext();
    const file = path.join(tempDir(), 'now.bindeled-backup');
    const made = call(core, 'backup:now', { file, operationId: 'now-1' }).then((m) => {
      order.push('backup finished');
      return m;
    });
    await halfway;
    expect((await call(core, 'organisations:list', {})).map((o) => o.name)).toEqual(['Jobcenter Aarhus']);
    await call(core, 'organisations:save', { name: 'Røde Kors Vejle', sector: 'civil-society' });
    order.push('core answered a read and a write');
    expect(existsSync(file)).toBe(false);
    release();
    const result = await made;
    expect(order).toEqual(['core answered a read and a write', 'backup finished']);
    expect(result.counts.organisations).toBe(1);
    const progress = events.filter((e) => e.event === 'progress' && e.payload.operationId === 'now-1').map((e) => e.payload.done);
    expect(progress).toEqual([1, 2, 3, 4]);
    // The shell is told too, so quitting waits for it (ClosingBackupNote), and then that it is done.
    const background = events.filter((e) => e.event === 'backup:background');
    expect(background.at(-1)?.payload).toEqual({ running: false, done: 4, total: 4 });
    const inspected = await call(core, 'backup:inspect', { file, secret });
    expect(inspected).toMatchObject({ ok: true, counts: { organisations: 1 } });
    const actions = await withDb(dir, (db) => db.prepare("SELECT details FROM audit_log WHERE action = 'register.backed-up'").all());
    expect(actions.map((a) => JSON.parse((a as { details: string }).details).kind)).toContain('file');
  }, 60_000);

  it('lets the register be locked during Back up now: the lock answers, the backup is still whole and audited', async () => {
    const { halfway, release } = holdNext();
    const made = call(core, 'backup:now', { operationId: 'now-2' });
    await halfway;
    await call(core, 'register:lock', { reason: 'user' });
    expect((await callFails(core, 'organisations:list', {})).code).toBe('REGISTER_LOCKED');
    release();
    const result = await made;
    expect(readdirSync(path.dirname(result.file)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const rows = (await withDb(dir, (db) => db.prepare('SELECT action, details FROM audit_log ORDER BY seq').all())) as {
      action: string;
      details: string;
    }[];
    const locked = rows.map((r) => r.action).lastIndexOf('register.locked');
    const manual = rows.findIndex((r, i) => i > locked && r.action === 'register.backed-up' && r.details.includes('manual'));
    expect(manual).toBeGreaterThan(locked);
    await unlock(core, dir);
    expect((await call(core, 'register:verify', {})).ok).toBe(true);
  }, 60_000);

  it('answers while a backup file is being inspected', async () => {
    const { halfway, release } = holdNext();
    const seen = call(core, 'backup:inspect', { file: backupFile, secret, operationId: 'look-1' });
    await halfway;
    expect((await call(core, 'register:info', {})).dir).toBe(dir);
    release();
    expect(await seen).toMatchObject({ ok: true, label: 'Trådforeningen', counts: { organisations: 1 } });
    const progress = events.filter((e) => e.event === 'progress' && e.payload.operationId === 'look-1').map((e) => e.payload.done);
    expect(progress).toEqual([1, 2, 3, 4]);
  }, 60_000);

  it('claims a restore’s folder: calls naming it are refused until it is done, calls on the open register answer', async () => {
    const target = path.join(tempDir(), 'Restored');
    const { halfway, release } = holdNext();
    const restored = call(core, 'backup:restore', { file: backupFile, dir: target, secret, operationId: 'restore-1' });
    await halfway;
    expect((await callFails(core, 'register:unlock', { dir: target, secret })).code).toBe('RESTORE_RUNNING');
    expect((await callFails(core, 'backup:restore', { file: backupFile, dir: target, secret })).code).toBe('RESTORE_RUNNING');
    expect((await callFails(core, 'backup:now', { file: path.join(target, 'inside.bindeled-backup') })).code).toBe('RESTORE_RUNNING');
    const exported = path.join(target, 'contacts.csv');
    expect((await callFails(core, 'export:contacts', { path: exported, format: 'csv' })).code).toBe('RESTORE_RUNNING');
    // The open register is not the one being restored: it goes on.
    await call(core, 'organisations:save', { name: 'Foreningen Midt', sector: 'civil-society' });
    release();
    expect(await restored).toMatchObject({ dir: target, label: 'Trådforeningen', counts: { organisations: 1 } });
    expect(readdirSync(target).sort()).toEqual(expect.arrayContaining(['keyslots.json', 'register.db']));
    expect(existsSync(exported)).toBe(false);
    const progress = events.filter((e) => e.event === 'progress' && e.payload.operationId === 'restore-1').map((e) => e.payload.done);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(events.filter((e) => e.event === 'backup:background').at(-1)?.payload).toEqual({
      running: false,
      done: 4,
      total: 4,
      what: 'restore',
    });
    // Done: the folder is free again. The restored register opens, its anchor (the backup's) agrees with its log.
    await unlock(core, target);
    const verify = await call(core, 'register:verify', {});
    expect(verify.ok).toBe(true);
    await lock(core);
    await unlock(core, dir);
  }, 60_000);

  it('restores all-or-nothing from the worker: a wrong passphrase writes nothing and frees the folder', async () => {
    const target = path.join(tempDir(), 'Never');
    const error = await callFails(core, 'backup:restore', {
      file: backupFile,
      dir: target,
      secret: { kind: 'passphrase', passphrase: 'wrong wrong wrong wrong' },
    });
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(existsSync(target)).toBe(false);
    expect((await callFails(core, 'register:unlock', { dir: target, secret })).code).toBe('REGISTER_NOT_FOUND');
  }, 60_000);
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keySlotPath } from '../../../electron/core/crypto/keyslots';
import {
  call,
  callFails,
  cleanupTempDirs,
  createRegister,
  lock,
  newCore,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  tempDir,
  THIRD_PASSPHRASE,
  unlock,
  withDb,
  type TestCore,
} from '../core/helpers';

// A register folder that cannot be written while the register is open (a drive switched to
// read-only, a share whose permissions changed). Tests run as root, where chmod a-w stops
// nothing, so the folder is bind-mounted read-only over itself: the open database keeps its
// files (opened before), but no file can be created or renamed in the folder. Every key change
// must fail with REGISTER_FOLDER_READ_ONLY, leave keyslots.json and the audit log as they
// were, and the register must open afterwards with the old credentials only.

const DEVICE = 'cd'.repeat(32);

function canMount(): string | null {
  const probe = tempDir('bindeled-ro-probe-');
  try {
    execFileSync('mount', ['--bind', probe, probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return null;
  } catch (error) {
    return `bind mounts are not available here (${(error as Error).message.split('\n')[0]})`;
  }
}

function withReadOnlyFolder<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  execFileSync('mount', ['--bind', dir, dir]);
  try {
    execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
  } catch (error) {
    execFileSync('umount', [dir]);
    throw error;
  }
  return fn().finally(() => execFileSync('umount', [dir]));
}

const auditRows = (t: TestCore) => call(t.core, 'audit:recent', { limit: 1 }).then((rows) => rows[0]?.seq ?? 0);
const skipReason = canMount();
if (skipReason) console.log(`read-only folder tests skipped: ${skipReason}`);

let t: TestCore;
let dir: string;
let removable: string;
afterAll(() => {
  t?.core.shutdown();
  cleanupTempDirs();
});
beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core, { organisationName: 'Read-only' }));
  removable = (await call(t.core, 'users:add', { displayName: 'Kari Nordmann', role: 'coordinator', passphrase: THIRD_PASSPHRASE })).id;
  await call(t.core, 'device:addSlot', { secretHex: DEVICE }, 'internal');
});

describe.skipIf(skipReason !== null)('a register folder that cannot be written', () => {
  const operations: [string, () => Promise<unknown>][] = [
    ['passphrase change', () => callFails(t.core, 'register:changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE })],
    ['user added', () => callFails(t.core, 'users:add', { displayName: 'Ny Kollega', role: 'coordinator', passphrase: OTHER_PASSPHRASE })],
    ['user removed', () => callFails(t.core, 'users:remove', { id: removable })],
    ['device slot added', () => callFails(t.core, 'device:addSlot', { secretHex: 'ef'.repeat(32) }, 'internal')],
    ['recovery-key rotation', () => callFails(t.core, 'register:rotateRecoveryKey', { passphrase: PASSPHRASE })],
    ['device slot removed', () => callFails(t.core, 'device:removeSlot', {}, 'internal')],
  ];

  it.each(operations)('%s: REGISTER_FOLDER_READ_ONLY, nothing changed, the session goes on', async (_name, run) => {
    const slotsBefore = readFileSync(keySlotPath(dir));
    const filesBefore = readdirSync(dir).sort();
    const auditBefore = await auditRows(t);
    const error = await withReadOnlyFolder(dir, run);
    expect(error).toMatchObject({ code: 'REGISTER_FOLDER_READ_ONLY' });
    expect(readFileSync(keySlotPath(dir))).toEqual(slotsBefore);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
    expect(await auditRows(t)).toBe(auditBefore);
    expect((await call(t.core, 'register:verify', {})).ok).toBe(true);
  });

  it('afterwards the register opens with the old credentials only, and a key change works again', async () => {
    await lock(t.core);
    expect((await callFails(t.core, 'register:unlock', { dir, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    await unlock(t.core, dir, THIRD_PASSPHRASE);
    await lock(t.core);
    await call(t.core, 'device:unlock', { dir, secretHex: DEVICE }, 'internal');
    await lock(t.core);
    await unlock(t.core, dir, PASSPHRASE);
    await call(t.core, 'register:changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE });
    await lock(t.core);
    const changes = await withDb(
      dir,
      (db) => db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'passphrase.changed'").get(),
      OTHER_PASSPHRASE,
    );
    expect(changes).toEqual({ n: 1 });
  });

  it('creating a register in a read-only folder fails clearly and leaves it empty', async () => {
    const folder = path.join(tempDir('bindeled-ro-create-'), 'empty');
    mkdirSync(folder);
    const other = newCore();
    const error = await withReadOnlyFolder(folder, () =>
      callFails(other.core, 'register:create', { dir: folder, organisationName: 'Nope', language: 'nb', passphrase: PASSPHRASE }),
    );
    other.core.shutdown();
    // EROFS: the drive itself is read-only, which says more than "no permission".
    expect(error.code).toBe('READ_ONLY');
    expect(readdirSync(folder)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { keySlotPath } from '../../../electron/core/crypto/keyslots';
import { call, callFails, cleanupTempDirs, createRegister, lock, newCore, OTHER_PASSPHRASE, PASSPHRASE, withDb } from './helpers';

// register:rotateRecoveryKey: an administrator replaces a recovery key that may have been seen
// or lost. The new key opens the register, the old one no longer does, and the log says so.

afterAll(cleanupTempDirs);

const recoveryUnlock = (dir: string, recoveryKey: string) => ({ dir, secret: { kind: 'recovery' as const, recoveryKey } });

describe('recovery-key rotation', () => {
  it('gives a new key that opens the register; the old key stops working; one audit row', async () => {
    const t = newCore();
    const { dir, recoveryKey: old } = await createRegister(t.core);
    const { recoveryKey } = await call(t.core, 'register:rotateRecoveryKey', { passphrase: PASSPHRASE });
    expect(recoveryKey).not.toBe(old);
    await lock(t.core);
    expect((await callFails(t.core, 'register:unlock', recoveryUnlock(dir, old))).code).toBe('WRONG_RECOVERY_KEY');
    const session = await call(t.core, 'register:unlock', recoveryUnlock(dir, recoveryKey));
    expect(session.mustSetPassphrase).toBe(true);
    await lock(t.core);
    const rows = await withDb(dir, (db) => db.prepare("SELECT actor FROM audit_log WHERE action = 'recovery-key.rotated'").all());
    expect(rows).toEqual([{ actor: 'owner' }]);
    t.core.shutdown();
  });

  it('refuses a wrong passphrase and a coordinator, and changes nothing', async () => {
    const t = newCore();
    const { dir, recoveryKey } = await createRegister(t.core);
    const before = readFileSync(keySlotPath(dir));
    expect((await callFails(t.core, 'register:rotateRecoveryKey', { passphrase: OTHER_PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    expect((await callFails(t.core, 'register:rotateRecoveryKey', { passphrase: 42 })).code).toBe('INVALID_INPUT');
    await call(t.core, 'users:add', { displayName: 'Coordinator', role: 'coordinator', passphrase: OTHER_PASSPHRASE });
    await lock(t.core);
    await call(t.core, 'register:unlock', { dir, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } });
    const afterAdd = readFileSync(keySlotPath(dir));
    expect((await callFails(t.core, 'register:rotateRecoveryKey', { passphrase: OTHER_PASSPHRASE })).code).toBe('ROLE_NOT_ALLOWED');
    expect(readFileSync(keySlotPath(dir))).toEqual(afterAdd);
    expect(afterAdd).not.toEqual(before);
    await lock(t.core);
    await call(t.core, 'register:unlock', recoveryUnlock(dir, recoveryKey));
    await lock(t.core);
    t.core.shutdown();
  });
});

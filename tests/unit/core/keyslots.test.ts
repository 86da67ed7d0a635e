import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRecoveryKey, isWellFormedRecoveryKey, normaliseRecoveryKey, recoveryKeyFromBytes } from '../../../shared/recovery-key';
import { KEYSLOT_FILE } from '../../../electron/core/crypto/keyslots';
import { TEST_KDF_ENV } from '../../../electron/core/crypto/test-seam';
import {
  call,
  callFails,
  cleanupTempDirs,
  createRegister,
  hashFolder,
  lock,
  newCore,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  tempDir,
  THIRD_PASSPHRASE,
  unlock,
  type TestCore,
} from './helpers';

// These tests keep the product's Argon2id profile: the test seam (cheap key derivation, set for
// the rest of the suite in vitest.config.ts) is switched off for this file.
delete process.env[TEST_KDF_ENV];

// One register (A) is reused through the file, in order: each step leaves it locked with a
// known passphrase. Register B exists only to steal a slot from.
let t: TestCore;
let dirA: string;
let recoveryA: string;
let currentA = PASSPHRASE;

const readSlots = (dir: string) => JSON.parse(readFileSync(path.join(dir, KEYSLOT_FILE), 'utf8'));

beforeAll(async () => {
  t = newCore();
  ({ dir: dirA, recoveryKey: recoveryA } = await createRegister(t.core, { organisationName: 'Forening A' }));
  await lock(t.core);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('key slots', () => {
  it('unlocks with the passphrase it was created with', async () => {
    const session = await unlock(t.core, dirA);
    expect(session).toMatchObject({ label: 'Forening A', mustSetPassphrase: false });
    expect((await call(t.core, 'settings:get', {})).organisationName).toBe('Forening A');
    await lock(t.core);
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and leaves every file byte-identical', async () => {
    const before = hashFolder(dirA);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['register.db', KEYSLOT_FILE]));
    expect(
      (await callFails(t.core, 'register:unlock', { dir: dirA, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } })).code,
    ).toBe('WRONG_PASSPHRASE');
    expect(hashFolder(dirA)).toEqual(before);
    expect((await callFails(t.core, 'settings:get', {})).code).toBe('REGISTER_LOCKED');
  });

  it('stores Argon2id parameters of at least 64 MiB and 3 passes, in an owner-only file', () => {
    const file = readSlots(dirA);
    const passphraseSlots = file.slots.filter((s: { kind: string }) => s.kind === 'passphrase');
    expect(passphraseSlots.length).toBeGreaterThan(0);
    for (const slot of passphraseSlots) {
      expect(slot.kdf.name).toBe('argon2id');
      expect(slot.kdf.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
      expect(slot.kdf.iterations).toBeGreaterThanOrEqual(3);
    }
    expect(file.slots.map((s: { kind: string }) => s.kind).sort()).toEqual(['passphrase', 'recovery']);
    if (process.platform !== 'win32') expect(statSync(path.join(dirA, KEYSLOT_FILE)).mode & 0o777).toBe(0o600);
  });

  it('creates the encrypted database owner-only too, even in a folder the user made beforehand', async () => {
    if (process.platform === 'win32') return;
    const dir = tempDir(); // exists and is empty, with the default mode
    await call(t.core, 'register:create', { dir, organisationName: 'X', language: 'en', passphrase: PASSPHRASE });
    for (const name of ['register.db', 'register.db-wal']) expect(statSync(path.join(dir, name)).mode & 0o777).toBe(0o600);
    await lock(t.core);
  });

  it('refuses a weak passphrase at creation, creating nothing', async () => {
    const dir = path.join(tempDir(), 'weak');
    const error = await callFails(t.core, 'register:create', { dir, organisationName: 'X', language: 'en', passphrase: 'password1234' });
    expect(error.code).toBe('PASSPHRASE_TOO_WEAK');
    expect(existsSync(dir)).toBe(false);
  });

  it('tells a malformed recovery key from a well-formed wrong one, touching no file', async () => {
    const before = hashFolder(dirA);
    const recovery = (recoveryKey: string) =>
      callFails(t.core, 'register:unlock', { dir: dirA, secret: { kind: 'recovery', recoveryKey } });
    expect((await recovery('ABCD-EFGH')).code).toBe('RECOVERY_KEY_MALFORMED');
    // One character changed: the check characters catch the typo before any key derivation.
    const canonical = normaliseRecoveryKey(recoveryA);
    const typo = (canonical[0] === 'A' ? 'B' : 'A') + canonical.slice(1);
    expect((await recovery(typo)).code).toBe('RECOVERY_KEY_MALFORMED');
    const otherKey = recoveryKeyFromBytes(randomBytes(19));
    expect(isWellFormedRecoveryKey(otherKey)).toBe(true);
    expect((await recovery(formatRecoveryKey(otherKey))).code).toBe('WRONG_RECOVERY_KEY');
    expect(hashFolder(dirA)).toEqual(before);
  });

  it('normalises what people type: case, spaces, dashes, O for 0, I and L for 1', () => {
    const key = recoveryKeyFromBytes(Buffer.alloc(19, 0x08)); // 00001000… gives zeros and ones
    expect(key).toMatch(/0/);
    expect(key).toMatch(/1/);
    const typed = ` ${formatRecoveryKey(key)
      .replace(/-/g, ' - ')
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, (_, i: number) => (i % 2 ? 'i' : 'L'))} `;
    expect(normaliseRecoveryKey(typed)).toBe(key);
    expect(isWellFormedRecoveryKey(typed)).toBe(true);
  });

  it('unlocks with the recovery key as typed by a person, then allows nothing but setting a new passphrase', async () => {
    const typed = formatRecoveryKey(recoveryA).toLowerCase().replace(/-/g, ' ').replace(/0/g, 'O').replace(/1/g, 'l');
    const session = await call(t.core, 'register:unlock', { dir: dirA, secret: { kind: 'recovery', recoveryKey: typed } });
    expect(session.mustSetPassphrase).toBe(true);
    expect((await call(t.core, 'app:state', {})).session?.mustSetPassphrase).toBe(true);
    const blocked: [string, unknown][] = [
      ['settings:get', {}],
      ['settings:update', { autoLockMinutes: 9 }],
      ['register:info', {}],
      ['register:verify', {}],
      ['audit:recent', { limit: 10 }],
      ['register:changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE }],
    ];
    for (const [channel, input] of blocked)
      expect((await callFails(t.core, channel, input)).code, channel).toBe('PASSPHRASE_CHANGE_REQUIRED');
    expect((await callFails(t.core, 'register:setPassphrase', { passphrase: 'password1234' })).code).toBe('PASSPHRASE_TOO_WEAK');
    await call(t.core, 'register:setPassphrase', { passphrase: OTHER_PASSPHRASE });
    expect((await call(t.core, 'settings:get', {})).organisationName).toBe('Forening A');
    expect((await callFails(t.core, 'register:setPassphrase', { passphrase: THIRD_PASSPHRASE })).code).toBe('NOT_ALLOWED');
    await lock(t.core);
    currentA = OTHER_PASSPHRASE;

    expect((await callFails(t.core, 'register:unlock', { dir: dirA, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect((await unlock(t.core, dirA, currentA)).mustSetPassphrase).toBe(false);
    await lock(t.core);
  });

  it('changes the passphrase only with the right current one and a strong new one', async () => {
    await unlock(t.core, dirA, currentA);
    const slotsBefore = readFileSync(path.join(dirA, KEYSLOT_FILE));
    expect((await callFails(t.core, 'register:changePassphrase', { current: THIRD_PASSPHRASE, next: THIRD_PASSPHRASE })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect((await callFails(t.core, 'register:changePassphrase', { current: currentA, next: 'summer2024' })).code).toBe(
      'PASSPHRASE_TOO_WEAK',
    );
    expect(readFileSync(path.join(dirA, KEYSLOT_FILE)).equals(slotsBefore)).toBe(true);
    await call(t.core, 'register:changePassphrase', { current: currentA, next: THIRD_PASSPHRASE });
    await lock(t.core);
    expect((await callFails(t.core, 'register:unlock', { dir: dirA, secret: { kind: 'passphrase', passphrase: currentA } })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    currentA = THIRD_PASSPHRASE;
    await unlock(t.core, dirA, currentA);
    await lock(t.core);
    // The recovery key shown at creation still works after passphrase changes.
    const session = await call(t.core, 'register:unlock', { dir: dirA, secret: { kind: 'recovery', recoveryKey: recoveryA } });
    expect(session.mustSetPassphrase).toBe(true);
    await lock(t.core);
  });

  it('refuses a passphrase slot moved in from another register (the slot is bound to its register)', async () => {
    const other = newCore();
    const { dir: dirB } = await createRegister(other.core, { organisationName: 'Forening B', passphrase: OTHER_PASSPHRASE });
    await lock(other.core);
    other.core.shutdown();
    const a = readSlots(dirA);
    const b = readSlots(dirB);
    const stolen = b.slots.find((s: { kind: string }) => s.kind === 'passphrase');
    // Keep A's file, but swap in B's passphrase slot, whose passphrase the attacker knows.
    writeFileSync(
      path.join(dirA, KEYSLOT_FILE),
      JSON.stringify({ ...a, slots: [...a.slots.filter((s: { kind: string }) => s.kind !== 'passphrase'), stolen] }),
    );
    expect(
      (await callFails(t.core, 'register:unlock', { dir: dirA, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } })).code,
    ).toBe('WRONG_PASSPHRASE');
    // Even with A's registerId rewritten into B's file, B's slot does not open under A's identity.
    writeFileSync(path.join(dirB, KEYSLOT_FILE), JSON.stringify({ ...b, registerId: a.registerId }));
    expect(
      (await callFails(t.core, 'register:unlock', { dir: dirB, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } })).code,
    ).toBe('WRONG_PASSPHRASE');
    writeFileSync(path.join(dirA, KEYSLOT_FILE), JSON.stringify(a));
    await unlock(t.core, dirA, currentA);
    await lock(t.core);
  });

  it('reports a damaged or downgraded key-slot file as KEYSLOTS_CORRUPT', async () => {
    const file = path.join(dirA, KEYSLOT_FILE);
    const good = readFileSync(file);
    const parsed = JSON.parse(good.toString('utf8'));
    const weakened = structuredClone(parsed);
    for (const slot of weakened.slots) if (slot.kdf.name === 'argon2id') slot.kdf.memoryKiB = 1024;
    const damaged = [
      good.subarray(0, good.length / 2),
      Buffer.from('{"format":"bindeled-keyslots"}'),
      Buffer.from(JSON.stringify(weakened)),
      Buffer.from(''),
    ];
    try {
      for (const content of damaged) {
        writeFileSync(file, content);
        expect((await callFails(t.core, 'register:unlock', { dir: dirA, secret: { kind: 'passphrase', passphrase: currentA } })).code).toBe(
          'KEYSLOTS_CORRUPT',
        );
      }
    } finally {
      writeFileSync(file, good);
    }
  });

  it('says REGISTER_NOT_FOUND for a folder without a register', async () => {
    const error = await callFails(t.core, 'register:unlock', { dir: tempDir(), secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect(error.code).toBe('REGISTER_NOT_FOUND');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ARGON2, TEST_ARGON2 } from '../../../electron/core/crypto/kdf';
import { TEST_KDF_ENV, TEST_KDF_VALUE } from '../../../electron/core/crypto/test-seam';
import { KEYSLOT_FILE } from '../../../electron/core/crypto/keyslots';
import { CoreProcess } from './core-process';
import { callFails, cleanupTempDirs, createRegister, hashFolder, lock, newCore, PASSPHRASE, tempDir, unlock } from './helpers';

// The cheap key derivation the test suite runs on (issue 13) is a seam the product can never
// select: only this exact environment value switches it on, the shell strips it from core's
// environment (tests/unit/shell/app-files.test.ts), and without it core refuses to open a slot
// below the product profile and never makes one.

const seamWas = process.env[TEST_KDF_ENV];
afterEach(() => {
  if (seamWas === undefined) delete process.env[TEST_KDF_ENV];
  else process.env[TEST_KDF_ENV] = seamWas;
});
afterAll(cleanupTempDirs);

const passphraseKdfs = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, KEYSLOT_FILE), 'utf8')) as { slots: { kind: string; kdf: Record<string, unknown> }[] }).slots
    .filter((s) => s.kind === 'passphrase')
    .map((s) => s.kdf);

/** A locked register made under the seam: its passphrase slot has the test profile. */
async function cheapRegister(): Promise<{ dir: string; recoveryKey: string }> {
  process.env[TEST_KDF_ENV] = TEST_KDF_VALUE;
  const t = newCore();
  const made = await createRegister(t.core, { organisationName: 'Billig forening' });
  await lock(t.core);
  t.core.shutdown();
  return made;
}

describe('the test-only key-derivation seam', () => {
  it('makes test-profile slots only when the variable has its exact value', async () => {
    const { dir } = await cheapRegister();
    expect(passphraseKdfs(dir)).toEqual([expect.objectContaining({ name: 'argon2id', ...TEST_ARGON2 })]);

    for (const value of [undefined, '1', 'true', 'cheap']) {
      if (value === undefined) delete process.env[TEST_KDF_ENV];
      else process.env[TEST_KDF_ENV] = value;
      const t = newCore();
      const made = await createRegister(t.core);
      t.core.shutdown();
      expect(passphraseKdfs(made.dir)).toEqual([expect.objectContaining({ name: 'argon2id', ...DEFAULT_ARGON2 })]);
    }
  });

  it('without the seam, core refuses a test-profile slot as damaged and changes no file', async () => {
    const { dir, recoveryKey } = await cheapRegister();
    delete process.env[TEST_KDF_ENV];
    const before = hashFolder(dir);
    const t = newCore();
    // The whole file is refused, so not even the recovery slot (HKDF, not Argon2) opens it.
    for (const secret of [
      { kind: 'passphrase', passphrase: PASSPHRASE },
      { kind: 'recovery', recoveryKey },
    ]) {
      const error = await callFails(t.core, 'register:unlock', { dir, secret });
      expect(error.code, secret.kind).toBe('KEYSLOTS_CORRUPT');
    }
    expect(hashFolder(dir)).toEqual(before);

    process.env[TEST_KDF_ENV] = TEST_KDF_VALUE;
    await unlock(t.core, dir); // the same register opens under the seam: the refusal is the profile, not the file
    await lock(t.core);
    t.core.shutdown();
  });

  it('the built core, started as the app starts it, refuses it too', async () => {
    const { dir } = await cheapRegister();
    const env = { ...process.env } as Record<string, string>;
    delete env[TEST_KDF_ENV];
    const core = await CoreProcess.start({ BINDELED_PROFILE_DIR: tempDir('bindeled-seam-profile-') }, {}, env);
    try {
      const result = await core.invoke('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
      expect(result).toMatchObject({ ok: false, error: { code: 'KEYSLOTS_CORRUPT' } });
    } finally {
      await core.stop();
    }
  });
});

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '../../../shared/errors';
import { createDeviceKeychain, deviceKeyFile, keychainState, type Keychain } from '../../../electron/main/shell/device-keychain';
import { createShellHandlers } from '../../../electron/main/shell/handlers';

/** A keychain that "encrypts" by reversing and tagging, so the file is never the plain secret. */
function fakeKeychain(backend: string | null, available = true): Keychain {
  return {
    isEncryptionAvailable: () => available,
    backend: () => backend,
    encryptString: (plain) => Buffer.from(`enc:${[...plain].reverse().join('')}`),
    decryptString: (encrypted) => {
      const text = encrypted.toString();
      if (!text.startsWith('enc:')) throw new Error('bad');
      return [...text.slice(4)].reverse().join('');
    },
  };
}

const REGISTER = path.join(os.tmpdir(), 'some-register');
let keysDir: string;
let calls: { channel: string; input: unknown; from: string }[];
let coreAnswers: Record<string, Result<unknown>>;
const callCore = vi.fn(async (channel: string, input: unknown, from: 'renderer' | 'internal') => {
  calls.push({ channel, input, from });
  return coreAnswers[channel] ?? ok({});
});

beforeEach(() => {
  keysDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'bindeled-keys-')), 'device-keys');
  calls = [];
  coreAnswers = { 'app:state': ok({ session: { dir: REGISTER, label: 'Org', mustSetPassphrase: false } }) };
});

describe('keychain state', () => {
  it('is insecure on the Linux basic_text fallback and unavailable without encryption', () => {
    expect(keychainState(fakeKeychain('gnome_libsecret'))).toBe('available');
    expect(keychainState(fakeKeychain(null))).toBe('available');
    expect(keychainState(fakeKeychain('basic_text'))).toBe('insecure');
    expect(keychainState(fakeKeychain('gnome_libsecret', false))).toBe('unavailable');
  });
});

describe('remember on this device', () => {
  it('stores a random secret encrypted, named by the register folder hash, and adds a slot over an internal call', async () => {
    const device = createDeviceKeychain({ keysDir, keychain: fakeKeychain('kwallet5'), callCore });
    await device.remember(true);
    const file = deviceKeyFile(keysDir, REGISTER);
    expect(path.basename(file)).toBe(`${createHash('sha256').update(path.resolve(REGISTER)).digest('hex')}.bin`);
    const add = calls.find((c) => c.channel === 'device:addSlot');
    expect(add?.from).toBe('internal');
    const secretHex = (add?.input as { secretHex: string }).secretHex;
    expect(secretHex).toMatch(/^[0-9a-f]{64}$/);
    const stored = readFileSync(file);
    expect(stored.toString()).not.toContain(secretHex);
    expect(fakeKeychain('kwallet5').decryptString(stored)).toBe(secretHex);
    expect(readdirSync(keysDir)).toEqual([path.basename(file)]);
  });

  it('is refused on basic_text and without encryption, writing nothing', async () => {
    for (const keychain of [fakeKeychain('basic_text'), fakeKeychain('kwallet', false)]) {
      const device = createDeviceKeychain({ keysDir, keychain, callCore });
      await expect(device.remember(true)).rejects.toMatchObject({ code: 'NOT_AVAILABLE' });
      await expect(device.unlock(REGISTER)).rejects.toMatchObject({ code: 'NOT_AVAILABLE' });
    }
    expect(existsSync(keysDir)).toBe(false);
    expect(calls.filter((c) => c.channel.startsWith('device:'))).toEqual([]);
  });

  it('removes the file again when core refuses the slot', async () => {
    coreAnswers['device:addSlot'] = fail('REGISTER_LOCKED');
    const device = createDeviceKeychain({ keysDir, keychain: fakeKeychain(null), callCore });
    await expect(device.remember(true)).rejects.toMatchObject({ code: 'REGISTER_LOCKED' });
    expect(existsSync(deviceKeyFile(keysDir, REGISTER))).toBe(false);
  });

  it('needs an open register', async () => {
    coreAnswers['app:state'] = ok({ session: null });
    const device = createDeviceKeychain({ keysDir, keychain: fakeKeychain(null), callCore });
    await expect(device.remember(true)).rejects.toMatchObject({ code: 'REGISTER_LOCKED' });
  });

  it('forgetting removes the slot and deletes the file', async () => {
    const device = createDeviceKeychain({ keysDir, keychain: fakeKeychain(null), callCore });
    await device.remember(true);
    await device.remember(false);
    expect(calls.some((c) => c.channel === 'device:removeSlot' && c.from === 'internal')).toBe(true);
    expect(existsSync(deviceKeyFile(keysDir, REGISTER))).toBe(false);
  });
});

describe('unlock with this device', () => {
  it('decrypts the secret and unlocks through the internal channel', async () => {
    coreAnswers['device:unlock'] = ok({ dir: REGISTER, label: 'Org', mustSetPassphrase: false });
    const device = createDeviceKeychain({ keysDir, keychain: fakeKeychain(null), callCore });
    await device.remember(true);
    const secretHex = (calls.find((c) => c.channel === 'device:addSlot')?.input as { secretHex: string }).secretHex;
    const session = await device.unlock(REGISTER);
    expect(session).toEqual({ dir: REGISTER, label: 'Org', mustSetPassphrase: false });
    expect(calls.at(-1)).toEqual({ channel: 'device:unlock', input: { dir: REGISTER, secretHex }, from: 'internal' });
  });

  it('says NOT_AVAILABLE when there is no key or it cannot be decrypted', async () => {
    const device = createDeviceKeychain({ keysDir, keychain: fakeKeychain(null), callCore });
    await expect(device.unlock(REGISTER)).rejects.toMatchObject({ code: 'NOT_AVAILABLE' });
    await device.remember(true);
    writeFileSync(deviceKeyFile(keysDir, REGISTER), 'garbage');
    await expect(device.unlock(REGISTER)).rejects.toMatchObject({ code: 'NOT_AVAILABLE' });
  });
});

describe('shell handlers', () => {
  it('reports capabilities from the keychain and passes the folder picker result', async () => {
    const device = createDeviceKeychain({ keysDir, keychain: fakeKeychain('basic_text'), callCore });
    const restartCore = vi.fn(async () => undefined);
    const handlers = createShellHandlers({
      device,
      restartCore,
      chooseFolder: async (purpose) => (purpose === 'create' ? '/new' : null),
      chooseFile: async () => '/in/partners.csv',
      chooseSaveFile: async (purpose, name) => (purpose === 'directory' ? `/out/${name}` : null),
    });
    expect(await handlers['shell:capabilities']({})).toEqual({ deviceKeychain: 'insecure', chooseFolder: true });
    expect(await handlers['shell:chooseFolder']({ purpose: 'create' })).toEqual({ dir: '/new' });
    expect(await handlers['shell:chooseFolder']({ purpose: 'open' })).toEqual({ dir: null });
    expect(await handlers['shell:chooseFile']({ purpose: 'import' })).toEqual({ path: '/in/partners.csv' });
    expect(await handlers['shell:chooseSaveFile']({ purpose: 'directory', suggestedName: 'x.docx' })).toEqual({ path: '/out/x.docx' });
    expect(await handlers['shell:chooseSaveFile']({ purpose: 'export-csv', suggestedName: 'x.csv' })).toEqual({ path: null });
    expect(await handlers['shell:restartCore']({})).toEqual({});
    expect(restartCore).toHaveBeenCalledOnce();
  });
});

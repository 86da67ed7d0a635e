// "Remember on this device": a random secret, kept only encrypted by the OS keychain
// (Electron's safeStorage), unlocks a key slot of its own in the register. The secret never
// reaches the renderer: main hands it to core over the internal channels. Injected keychain and
// folder, so this is unit-tested without Electron.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Output } from '../../../shared/contract';
import { ShellError, unwrap, type CallCore } from './types';

/** The part of Electron's safeStorage we use. `backend` is null off Linux, where there is no plain-text fallback. */
export interface Keychain {
  isEncryptionAvailable(): boolean;
  backend(): string | null;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export type KeychainState = Output<'shell:capabilities'>['deviceKeychain'];

/** 'insecure' when Linux fell back to `basic_text` (a hard-coded password): we refuse to use that. */
export function keychainState(keychain: Keychain): KeychainState {
  if (!keychain.isEncryptionAvailable()) return 'unavailable';
  return keychain.backend() === 'basic_text' ? 'insecure' : 'available';
}

/** The file holding one register's encrypted device secret: named by a hash, so the folder name does not leak. */
export function deviceKeyFile(keysDir: string, registerDir: string): string {
  const id = createHash('sha256').update(path.resolve(registerDir)).digest('hex');
  return path.join(keysDir, `${id}.bin`);
}

export interface DeviceKeychain {
  state(): KeychainState;
  remember(enabled: boolean): Promise<void>;
  unlock(dir: string): Promise<Output<'shell:unlockWithDevice'>>;
}

/** Creates the device keychain over `keysDir` (userData/device-keys in the app). */
export function createDeviceKeychain(deps: { keysDir: string; keychain: Keychain; callCore: CallCore }): DeviceKeychain {
  const { keysDir, keychain, callCore } = deps;

  function requireSecureKeychain(): void {
    const state = keychainState(keychain);
    if (state !== 'available') throw new ShellError('NOT_AVAILABLE', `device keychain ${state}`);
  }

  async function openRegisterDir(): Promise<string> {
    const state = unwrap<Output<'app:state'>>(await callCore('app:state', {}, 'internal'));
    if (!state.session) throw new ShellError('REGISTER_LOCKED');
    return state.session.dir;
  }

  return {
    state: () => keychainState(keychain),

    async remember(enabled) {
      if (!enabled) {
        const dir = await openRegisterDir();
        unwrap(await callCore('device:removeSlot', {}, 'internal'));
        await rm(deviceKeyFile(keysDir, dir), { force: true });
        return;
      }
      requireSecureKeychain();
      const dir = await openRegisterDir();
      const secretHex = randomBytes(32).toString('hex');
      const file = deviceKeyFile(keysDir, dir);
      await mkdir(keysDir, { recursive: true, mode: 0o700 });
      // Written before the slot exists: a slot without its secret could never be used, a stray file is harmless.
      const temp = `${file}.tmp`;
      await writeFile(temp, keychain.encryptString(secretHex), { mode: 0o600 });
      await rename(temp, file);
      try {
        unwrap(await callCore('device:addSlot', { secretHex }, 'internal'));
      } catch (error) {
        await rm(file, { force: true });
        throw error;
      }
    },

    async unlock(dir) {
      requireSecureKeychain();
      let encrypted: Buffer;
      try {
        encrypted = await readFile(deviceKeyFile(keysDir, dir));
      } catch {
        throw new ShellError('NOT_AVAILABLE', 'no device key for this register');
      }
      let secretHex: string;
      try {
        secretHex = keychain.decryptString(encrypted);
      } catch {
        // The OS keychain changed (new login keyring, another user): the passphrase still works.
        throw new ShellError('NOT_AVAILABLE', 'device key cannot be decrypted');
      }
      return unwrap<Output<'shell:unlockWithDevice'>>(await callCore('device:unlock', { dir, secretHex }, 'internal'));
    },
  };
}

import type { Keychain } from '../../electron/main/shell/device-keychain';

/** How the stand-in OS keychain behaves: a real one, Linux's plain-text fallback, or none. */
export type FakeKeychainMode = 'secure' | 'insecure' | 'none';

/**
 * A stand-in for Electron's safeStorage, so the real device-keychain code runs in browser tests.
 * Its "encryption" is a reversible scramble: test-only, it protects nothing.
 */
export function fakeKeychain(mode: () => FakeKeychainMode): Keychain {
  return {
    isEncryptionAvailable: () => mode() !== 'none',
    backend: () => (mode() === 'insecure' ? 'basic_text' : 'gnome_libsecret'),
    encryptString: (plain) => Buffer.from(`fake:${Buffer.from(plain, 'utf8').toString('base64')}`, 'utf8'),
    decryptString: (encrypted) => {
      const text = encrypted.toString('utf8');
      if (!text.startsWith('fake:')) throw new Error('not encrypted by this keychain');
      return Buffer.from(text.slice(5), 'base64').toString('utf8');
    },
  };
}

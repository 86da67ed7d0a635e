import { defineConfig } from 'vitest/config';
import { TEST_KDF_ENV, TEST_KDF_VALUE } from './electron/core/crypto/test-seam';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Child-process tests run the built core and CLI; this builds them when a source is newer.
    globalSetup: ['tests/unit/support/built-core.ts'],
    // The tests' cheap Argon2id profile (electron/core/crypto/kdf.ts): hundreds of registers are
    // created and unlocked, at ~0.5 s each under the product profile. Core processes the tests
    // start inherit it. tests/unit/core/keyslots.test.ts and kdf-seam.test.ts switch it off.
    env: { [TEST_KDF_ENV]: TEST_KDF_VALUE },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

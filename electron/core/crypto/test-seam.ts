// The name and the one value of the tests' cheap key-derivation switch (see kdf.ts). In a module
// of its own, importing nothing, so the test runners' configs and the harness can name it.

export const TEST_KDF_ENV = 'BINDELED_TEST_KDF';
export const TEST_KDF_VALUE = 'cheap-argon2-for-tests-only';

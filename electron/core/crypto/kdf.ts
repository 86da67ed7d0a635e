import { hkdfSync } from 'node:crypto';
import argon2 from 'argon2';
import { z } from 'zod';
import { CoreError } from '../errors';
import { TEST_KDF_ENV, TEST_KDF_VALUE } from './test-seam';

/** Argon2id parameters, stored with each passphrase slot so they can be raised later. */
export const Argon2Params = z.object({
  name: z.literal('argon2id'),
  // The schema takes what Argon2 itself can run; whether a slot is strong enough to use is
  // decided by `assertProductStrength` (below the product profile only for tests).
  memoryKiB: z.number().int().min(8),
  iterations: z.number().int().min(1),
  parallelism: z.number().int().min(1).max(16),
  salt: z.string().min(16),
});
/** HKDF for secrets that are already high-entropy (the recovery key, a device secret). */
export const HkdfParams = z.object({ name: z.literal('hkdf-sha256'), salt: z.string().min(16) });
export const KdfParams = z.discriminatedUnion('name', [Argon2Params, HkdfParams]);
export type KdfParams = z.infer<typeof KdfParams>;

/** The product profile for passphrase slots: 64 MiB, 3 passes, 4 lanes. Nothing weaker is ever opened or made. */
export const DEFAULT_ARGON2 = { memoryKiB: 65536, iterations: 3, parallelism: 4 } as const;

/**
 * The test seam. Hundreds of tests unlock registers, and each product-strength Argon2id run
 * costs about half a second on a 2-core machine. Tests (and only tests) set this variable to
 * this exact value; core then makes new passphrase slots with `TEST_ARGON2` and accepts slots
 * that weak. Without it — always in the app, whose shell strips the variable from core's
 * environment (electron/main/paths.ts) — a slot below the product profile is refused as
 * damaged (`KEYSLOTS_CORRUPT`), for reading and for creating alike.
 *
 * The test profile: 64 KiB, one pass, one lane (about 0.3 ms).
 */
export const TEST_ARGON2 = { memoryKiB: 64, iterations: 1, parallelism: 1 } as const;

/** True only when the test seam is switched on in this process's environment (read at every call). */
export function testKdfAllowed(): boolean {
  return process.env[TEST_KDF_ENV] === TEST_KDF_VALUE;
}

/** The Argon2id parameters for a new passphrase slot: the product profile, or the test one under the seam. */
export function newSlotArgon2(): { memoryKiB: number; iterations: number; parallelism: number } {
  return testKdfAllowed() ? TEST_ARGON2 : DEFAULT_ARGON2;
}

function belowProduct(params: KdfParams): boolean {
  return params.name === 'argon2id' && (params.memoryKiB < DEFAULT_ARGON2.memoryKiB || params.iterations < DEFAULT_ARGON2.iterations);
}

/** Refuses Argon2id parameters below the product profile (a damaged or downgraded slot) unless the test seam is on. */
export function assertProductStrength(params: KdfParams): void {
  if (belowProduct(params) && !testKdfAllowed()) throw new CoreError('KEYSLOTS_CORRUPT', 'key derivation below the product profile');
}

/** Derives a 32-byte key-encryption key from a secret under the slot's KDF parameters. */
export async function deriveKek(secret: string | Buffer, params: KdfParams): Promise<Buffer> {
  assertProductStrength(params);
  const salt = Buffer.from(params.salt, 'base64');
  if (params.name === 'hkdf-sha256') {
    return Buffer.from(hkdfSync('sha256', secret, salt, 'bindeled key slot v1', 32));
  }
  return argon2.hash(typeof secret === 'string' ? secret.normalize('NFC') : secret, {
    type: argon2.argon2id,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    salt,
    hashLength: 32,
    raw: true,
  });
}

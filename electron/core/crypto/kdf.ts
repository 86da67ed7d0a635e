import { hkdfSync } from 'node:crypto';
import argon2 from 'argon2';
import { z } from 'zod';

/** Argon2id parameters, stored with each passphrase slot so they can be raised later. */
export const Argon2Params = z.object({
  name: z.literal('argon2id'),
  memoryKiB: z.number().int().min(65536),
  iterations: z.number().int().min(3),
  parallelism: z.number().int().min(1).max(16),
  salt: z.string().min(16),
});
/** HKDF for secrets that are already high-entropy (the recovery key, a device secret). */
export const HkdfParams = z.object({ name: z.literal('hkdf-sha256'), salt: z.string().min(16) });
export const KdfParams = z.discriminatedUnion('name', [Argon2Params, HkdfParams]);
export type KdfParams = z.infer<typeof KdfParams>;

/** Current defaults for new passphrase slots: 64 MiB, 3 passes, 4 lanes. */
export const DEFAULT_ARGON2 = { memoryKiB: 65536, iterations: 3, parallelism: 4 } as const;

/** Derives a 32-byte key-encryption key from a secret under the slot's KDF parameters. */
export async function deriveKek(secret: string | Buffer, params: KdfParams): Promise<Buffer> {
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

import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  isWellFormedRecoveryKey,
  normaliseRecoveryKey,
  recoveryKeyFromBytes,
  RECOVERY_KEY_RANDOM_BYTES,
} from '../../../shared/recovery-key';
import { CoreError } from '../errors';
import { writeFileAtomic } from '../storage/atomic-write';
import { assertProductStrength, deriveKek, KdfParams, newSlotArgon2 } from './kdf';

// The data key opens the database. It is stored only wrapped (AES-256-GCM) in key slots, each
// under a key derived from one secret: a user's passphrase, the recovery key, or a device
// secret kept in the OS keychain. The AAD binds every slot to its register and its own id and
// kind, so slots cannot be moved between registers or relabelled.

export const KEYSLOT_FILE = 'keyslots.json';

const Wrap = z.object({ alg: z.literal('A256GCM'), iv: z.string(), ct: z.string(), tag: z.string() });
const SlotKind = z.enum(['passphrase', 'recovery', 'device']);
const Slot = z.object({
  id: z.string().min(1),
  kind: SlotKind,
  user: z.string(),
  createdAt: z.string(),
  kdf: KdfParams,
  wrap: Wrap,
  /** 'user': the AAD also names the slot's user, so a slot cannot be handed to another user. Slots from before users lack it. */
  binds: z.literal('user').optional(),
});
/** The audit chain's head, MACed under a key derived from the data key (audit/anchor.ts). */
const AuditAnchor = z.object({ seq: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/), mac: z.string() });
const SlotFile = z.object({
  format: z.literal('bindeled-keyslots'),
  version: z.literal(1),
  registerId: z.string().min(1),
  /** The organisation name, in plain text so the unlock screen can say which register this is. */
  label: z.string(),
  createdAt: z.string(),
  slots: z.array(Slot).min(1),
  /** Absent in registers made before the anchor; written after every commit that appends audit rows. */
  auditAnchor: AuditAnchor.optional(),
});
export type KeySlot = z.infer<typeof Slot>;
export type KeySlotFile = z.infer<typeof SlotFile>;
export type AuditAnchor = z.infer<typeof AuditAnchor>;
export type SlotKind = z.infer<typeof SlotKind>;

export function keySlotPath(dir: string): string {
  return path.join(dir, KEYSLOT_FILE);
}

function aad(file: Pick<KeySlotFile, 'registerId'>, slot: Pick<KeySlot, 'id' | 'kind' | 'user' | 'binds'>): Buffer {
  // Removing or adding `binds` changes the AAD too, so a slot cannot be downgraded to the old form.
  if (slot.binds === 'user') return Buffer.from(`bindeled-keyslot:v2:${file.registerId}:${slot.id}:${slot.kind}:${slot.user}`, 'utf8');
  return Buffer.from(`bindeled-keyslot:v1:${file.registerId}:${slot.id}:${slot.kind}`, 'utf8');
}

async function makeSlot(
  file: Pick<KeySlotFile, 'registerId'>,
  kind: SlotKind,
  user: string,
  secret: string | Buffer,
  dataKey: Buffer,
): Promise<KeySlot> {
  const salt = randomBytes(16).toString('base64');
  const kdf: KdfParams = kind === 'passphrase' ? { name: 'argon2id', ...newSlotArgon2(), salt } : { name: 'hkdf-sha256', salt };
  const slot = { id: randomUUID(), kind, user, createdAt: new Date().toISOString(), kdf, binds: 'user' as const };
  const kek = await deriveKek(secret, kdf);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad(file, slot));
  const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    ...slot,
    wrap: { alg: 'A256GCM', iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
  };
}

async function tryUnwrap(file: KeySlotFile, slot: KeySlot, secret: string | Buffer): Promise<Buffer | null> {
  const kek = await deriveKek(secret, slot.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.wrap.iv, 'base64'));
    decipher.setAAD(aad(file, slot));
    decipher.setAuthTag(Buffer.from(slot.wrap.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(slot.wrap.ct, 'base64')), decipher.final()]);
    return key.length === 32 ? key : null;
  } catch {
    return null; // authentication failed: wrong secret (or a tampered slot)
  }
}

/** Reads and validates the key-slot file; a missing folder/file or a damaged file is a clear error. */
export function readKeySlots(dir: string): KeySlotFile {
  const file = keySlotPath(dir);
  if (!existsSync(file)) throw new CoreError('REGISTER_NOT_FOUND', file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new CoreError('KEYSLOTS_CORRUPT', 'not JSON');
  }
  const parsed = SlotFile.safeParse(raw);
  if (!parsed.success) throw new CoreError('KEYSLOTS_CORRUPT', parsed.error.issues[0]?.path.join('.') ?? 'schema');
  // A downgraded slot is damage, reported before anything tries it.
  for (const slot of parsed.data.slots) assertProductStrength(slot.kdf);
  return parsed.data;
}

/** The file's text as written to disk (key changes hash it: crypto/keyslot-change.ts). */
export function serialiseKeySlots(file: KeySlotFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function writeKeySlots(dir: string, file: KeySlotFile): void {
  writeFileAtomic(keySlotPath(dir), serialiseKeySlots(file));
}

/** Makes a new data key with a passphrase slot and a recovery slot. Returns the recovery key to show once. */
export async function newKeySlots(
  label: string,
  user: string,
  passphrase: string,
): Promise<{ file: KeySlotFile; dataKey: Buffer; recoveryKey: string }> {
  const dataKey = randomBytes(32);
  const recoveryKey = recoveryKeyFromBytes(randomBytes(RECOVERY_KEY_RANDOM_BYTES));
  const head = {
    format: 'bindeled-keyslots' as const,
    version: 1 as const,
    registerId: randomUUID(),
    label,
    createdAt: new Date().toISOString(),
  };
  const slots = [
    await makeSlot(head, 'passphrase', user, passphrase, dataKey),
    await makeSlot(head, 'recovery', 'recovery', recoveryKey, dataKey),
  ];
  return { file: { ...head, slots }, dataKey, recoveryKey };
}

/**
 * Unwraps the data key with a passphrase, trying every passphrase slot (one Argon2 run each).
 * `preferUser` (the user who last unlocked on this device) is tried first, so the usual unlock
 * costs one run however many users the register has.
 */
export async function unwrapWithPassphrase(
  file: KeySlotFile,
  passphrase: string,
  preferUser?: string,
): Promise<{ dataKey: Buffer; slot: KeySlot; attempts: number }> {
  const slots = file.slots.filter((s) => s.kind === 'passphrase');
  const ordered = [...slots.filter((s) => s.user === preferUser), ...slots.filter((s) => s.user !== preferUser)];
  let attempts = 0;
  for (const slot of ordered) {
    attempts++;
    const dataKey = await tryUnwrap(file, slot, passphrase);
    if (dataKey) return { dataKey, slot, attempts };
  }
  throw new CoreError('WRONG_PASSPHRASE');
}

/**
 * True when `passphrase` opens a passphrase slot of a user other than `exceptUser`. Two users
 * with the same passphrase could not be told apart at unlock, so a new passphrase must not be
 * one a colleague already has. Costs one Argon2 run per other slot.
 */
export async function passphraseOpensOtherSlot(file: KeySlotFile, passphrase: string, exceptUser?: string): Promise<boolean> {
  for (const slot of file.slots.filter((s) => s.kind === 'passphrase' && s.user !== exceptUser)) {
    if (await tryUnwrap(file, slot, passphrase)) return true;
  }
  return false;
}

/** Unwraps the data key with the recovery key; a typo is caught by the check characters first. */
export async function unwrapWithRecoveryKey(file: KeySlotFile, typed: string): Promise<{ dataKey: Buffer; slot: KeySlot }> {
  if (!isWellFormedRecoveryKey(typed)) throw new CoreError('RECOVERY_KEY_MALFORMED');
  const key = normaliseRecoveryKey(typed);
  for (const slot of file.slots.filter((s) => s.kind === 'recovery')) {
    const dataKey = await tryUnwrap(file, slot, key);
    if (dataKey) return { dataKey, slot };
  }
  throw new CoreError('WRONG_RECOVERY_KEY');
}

/** Unwraps the data key with a device secret from the OS keychain. */
export async function unwrapWithDeviceSecret(file: KeySlotFile, secret: Buffer): Promise<{ dataKey: Buffer; slot: KeySlot }> {
  for (const slot of file.slots.filter((s) => s.kind === 'device')) {
    const dataKey = await tryUnwrap(file, slot, secret);
    if (dataKey) return { dataKey, slot };
  }
  throw new CoreError('WRONG_PASSPHRASE', 'device slot');
}

/** The ways a register is opened: a passphrase, the recovery key, or this device's keychain secret. */
export type UnlockMethod =
  { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; recoveryKey: string } | { kind: 'device'; secret: Buffer };

/** Unwraps the data key with whichever of the three `method` carries (unlock, restore and verify alike). */
export async function unwrapWithMethod(
  file: KeySlotFile,
  method: UnlockMethod,
  preferUser?: string,
): Promise<{ dataKey: Buffer; slot: KeySlot }> {
  if (method.kind === 'passphrase') return unwrapWithPassphrase(file, method.passphrase, preferUser);
  if (method.kind === 'recovery') return unwrapWithRecoveryKey(file, method.recoveryKey);
  return unwrapWithDeviceSecret(file, method.secret);
}

/** Replaces a user's passphrase slot (or adds one); the database itself is not touched. */
export async function setPassphraseSlot(file: KeySlotFile, user: string, dataKey: Buffer, passphrase: string): Promise<KeySlotFile> {
  const slot = await makeSlot(file, 'passphrase', user, passphrase, dataKey);
  const others = file.slots.filter((s) => !(s.kind === 'passphrase' && s.user === user));
  return { ...file, slots: [...others, slot] };
}

/**
 * Adds (or replaces) the one device slot, wrapped under a secret the shell keeps in the OS
 * keychain. It belongs to the user who turned it on: unlocking with it opens as that user.
 */
export async function setDeviceSlot(file: KeySlotFile, dataKey: Buffer, secret: Buffer, user: string): Promise<KeySlotFile> {
  const slot = await makeSlot(file, 'device', user, secret, dataKey);
  return { ...file, slots: [...file.slots.filter((s) => s.kind !== 'device'), slot] };
}

export function withoutDeviceSlot(file: KeySlotFile): KeySlotFile {
  return { ...file, slots: file.slots.filter((s) => s.kind !== 'device') };
}

/** Replaces the recovery slot with one for a new recovery key (returned, to show once); the old key stops working. */
export async function withNewRecoverySlot(file: KeySlotFile, dataKey: Buffer): Promise<{ file: KeySlotFile; recoveryKey: string }> {
  const recoveryKey = recoveryKeyFromBytes(randomBytes(RECOVERY_KEY_RANDOM_BYTES));
  const slot = await makeSlot(file, 'recovery', 'recovery', recoveryKey, dataKey);
  return { file: { ...file, slots: [...file.slots.filter((s) => s.kind !== 'recovery'), slot] }, recoveryKey };
}

/** Removes every passphrase and device slot of one user (the recovery slot belongs to no user). */
export function withoutUserSlots(file: KeySlotFile, user: string): KeySlotFile {
  return { ...file, slots: file.slots.filter((s) => !(s.user === user && (s.kind === 'passphrase' || s.kind === 'device'))) };
}

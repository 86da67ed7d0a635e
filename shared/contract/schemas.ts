import { z } from 'zod';
import { LANGUAGES } from '../languages';
import { ROLES } from './consents-schemas';

export const Empty = z.strictObject({});
export const LanguageSchema = z.enum(LANGUAGES);
/** An absolute folder path; core checks it further (exists, is a register, is writable). */
export const FolderPath = z.string().trim().min(1).max(4096);
export const Passphrase = z.string().min(1).max(1024);
export const AutoLockMinutes = z.number().int().min(1).max(240);
export const IsoDateTime = z.string();

export const KnownRegister = z.object({
  dir: z.string(),
  /** The organisation name kept in plain text beside the register so the unlock screen can name it. */
  label: z.string(),
  lastOpenedAt: IsoDateTime.nullable(),
  /** False when the folder has gone (a USB stick not plugged in, a renamed folder). */
  available: z.boolean(),
  /** The register has a device slot, so "Unlock with this device" can be offered. */
  deviceUnlock: z.boolean(),
});

/** The key changes a crash can interrupt (electron/core/crypto/keyslot-change.ts), as the notice after unlock names them. */
export const KeyChangeOperation = z.enum([
  'passphrase-change',
  'passphrase-reset',
  'user-added',
  'user-removed',
  'recovery-key-rotation',
  'device-slot-added',
  'device-slot-removed',
]);

export const Session = z.object({
  dir: z.string(),
  label: z.string(),
  /** After unlocking with the recovery key the user must set a new passphrase before anything else. */
  mustSetPassphrase: z.boolean(),
  /** Who unlocked: the audit log names them, and the screens offer only what their role allows. */
  user: z.object({ id: z.string(), displayName: z.string(), role: z.enum(ROLES) }),
  /**
   * Only in the answer to the unlock that did it: a key change a crash interrupted last time,
   * which this unlock finished or undid. The renderer tells the user once.
   */
  keyChangeRecovered: z.object({ outcome: z.enum(['finished', 'undone']), operation: KeyChangeOperation }).optional(),
});

export const AppState = z.object({
  /** The interface language chosen on this device; null until the user picks one. */
  language: LanguageSchema.nullable(),
  registers: z.array(KnownRegister),
  /** Where a new register goes unless the user picks another folder. */
  defaultDir: z.string(),
  session: Session.nullable(),
  appVersion: z.string(),
});

export const UnlockSecret = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('passphrase'), passphrase: Passphrase }),
  z.strictObject({ kind: z.literal('recovery'), recoveryKey: z.string().min(1).max(200) }),
]);

export const Settings = z.object({
  organisationName: z.string(),
  defaultLanguage: LanguageSchema,
  autoLockMinutes: AutoLockMinutes,
});

export const SettingsPatch = z.strictObject({
  organisationName: z.string().trim().min(1).max(200).optional(),
  defaultLanguage: LanguageSchema.optional(),
  autoLockMinutes: AutoLockMinutes.optional(),
});

export const RegisterInfo = z.object({
  dir: z.string(),
  registerId: z.string(),
  label: z.string(),
  format: z.string(),
  schemaVersion: z.number().int(),
  appSchemaVersion: z.number().int(),
  createdAt: IsoDateTime,
  keySlots: z.array(z.object({ kind: z.string(), user: z.string(), createdAt: IsoDateTime })),
  counts: z.record(z.string(), z.number().int()),
  sizeBytes: z.number().int(),
});

export const VerifyReport = z.object({
  ok: z.boolean(),
  checks: z.array(z.object({ name: z.string(), ok: z.boolean(), detail: z.string().optional() })),
});

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: IsoDateTime,
  actor: z.string(),
  action: z.string(),
});

export const LockReason = z.enum(['user', 'idle', 'os', 'shutdown']);

export const Capabilities = z.object({
  /** Whether "remember on this device" can be offered: the OS keychain must be real, not plain text. */
  deviceKeychain: z.enum(['available', 'unavailable', 'insecure']),
  chooseFolder: z.boolean(),
});

import { z } from 'zod';
import { auditChannels } from './audit';
import { backupChannels } from './backup';
import { coreAdmin, coreCall, coreRead, internalCall, shellCall, type ChannelDef } from './define';
import { consentTextChannels } from './consent-texts';
import { consentChannels } from './consents';
import { erasureChannels } from './erasure';
import { exportChannels } from './export';
import { importChannels } from './import';
import { mentoringChannels } from './mentoring';
import { partnerChannels } from './partners';
import { userChannels } from './users';
import { reportChannels } from './reports';
import { rightsChannels } from './rights';
import * as S from './schemas';

export * from './schemas';
export * from './partners-schemas';
export * from './mentoring-schemas';
export * from './import';
export * from './export';
export * from './reports';
export * from './backup';
export type { Access, ChannelDef, Side } from './define';

/**
 * Every call between processes, named `domain:verb`. Core answers `side: 'core'` channels, the
 * shell (Electron main or the test harness) answers `side: 'shell'` ones. A channel missing a
 * handler on its side is a compile error; an input that fails its schema is INVALID_INPUT.
 */
export const contract = {
  'app:state': coreRead(S.Empty, S.AppState),
  'app:setLanguage': coreRead(z.strictObject({ language: S.LanguageSchema }), S.Empty),
  'app:forgetRegister': coreRead(z.strictObject({ dir: S.FolderPath }), S.Empty),

  'register:create': coreRead(
    z.strictObject({
      dir: S.FolderPath,
      organisationName: z.string().trim().min(1).max(200),
      language: S.LanguageSchema,
      passphrase: S.Passphrase,
      /** The first user's name in Settings › Users; 'Owner' when left out. */
      ownerName: z.string().trim().min(1).max(100).optional(),
    }),
    z.object({ dir: z.string(), recoveryKey: z.string() }),
  ),
  'register:unlock': coreRead(z.strictObject({ dir: S.FolderPath, secret: S.UnlockSecret }), S.Session),
  'register:setPassphrase': coreRead(z.strictObject({ passphrase: S.Passphrase }), S.Empty),
  'register:changePassphrase': coreRead(z.strictObject({ current: S.Passphrase, next: S.Passphrase }), S.Empty),
  /** A new recovery key replaces the old one, which stops working; confirmed with the caller's own passphrase. */
  'register:rotateRecoveryKey': coreAdmin(z.strictObject({ passphrase: S.Passphrase }), z.object({ recoveryKey: z.string() })),
  'register:lock': coreRead(z.strictObject({ reason: S.LockReason }), S.Empty),
  'register:info': coreRead(S.Empty, S.RegisterInfo),
  'register:verify': coreRead(S.Empty, S.VerifyReport),

  'settings:get': coreRead(S.Empty, S.Settings),
  'settings:update': coreCall(S.SettingsPatch, S.Settings),

  /** The newest audit rows (no names); with `security`, only the overview's security events (shared/security-events.ts). */
  'audit:recent': coreRead(
    z.strictObject({ limit: z.number().int().min(1).max(200), security: z.boolean().optional() }),
    z.array(S.AuditEntry),
  ),

  // Only the main process calls these: the device secret comes from the OS keychain and never
  // reaches the renderer.
  'device:addSlot': internalCall(z.strictObject({ secretHex: z.string().regex(/^[0-9a-f]{64}$/) }), S.Empty),
  'device:removeSlot': internalCall(S.Empty, S.Empty),
  'device:unlock': internalCall(z.strictObject({ dir: S.FolderPath, secretHex: z.string().regex(/^[0-9a-f]{64}$/) }), S.Session),

  'shell:capabilities': shellCall(S.Empty, S.Capabilities),
  'shell:chooseFolder': shellCall(
    z.strictObject({ purpose: z.enum(['create', 'open', 'reports', 'backups']), defaultPath: z.string().max(4096).optional() }),
    z.object({ dir: z.string().nullable() }),
  ),
  // File pickers for import and export: the path comes from the OS dialog the user answered, so
  // the renderer never types or sees a path it did not choose. null when the user cancels.
  'shell:chooseFile': shellCall(
    z.strictObject({ purpose: z.enum(['import', 'evidence', 'logo', 'backup']) }),
    z.object({ path: z.string().nullable() }),
  ),
  'shell:chooseSaveFile': shellCall(
    z.strictObject({
      purpose: z.enum([
        'export-csv',
        'export-xlsx',
        'export-vcf',
        'directory',
        'import-errors',
        'consent-form',
        'access-export',
        'recall-letter',
        'audit-export',
        'feedback-report',
        'programme-report',
        'programme-xlsx',
        'backup',
      ]),
      // A file name only: where it goes is the user's choice in the dialog.
      suggestedName: z.string().regex(/^[^/\\\0]{1,255}$/),
    }),
    z.object({ path: z.string().nullable() }),
  ),
  'shell:rememberOnDevice': shellCall(z.strictObject({ enabled: z.boolean() }), S.Empty),
  'shell:unlockWithDevice': shellCall(z.strictObject({ dir: S.FolderPath }), S.Session),
  'shell:restartCore': shellCall(S.Empty, S.Empty),

  ...partnerChannels,
  ...importChannels,
  ...exportChannels,
  ...mentoringChannels,
  ...erasureChannels,
  ...userChannels,
  ...auditChannels,
  ...consentChannels,
  ...consentTextChannels,
  ...rightsChannels,
  ...reportChannels,
  ...backupChannels,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<K extends Channel> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
export type Output<K extends Channel> = z.output<Contract[K]['output']>;

type ChannelsWhere<P extends Partial<ChannelDef>> = {
  [K in Channel]: Contract[K] extends P ? K : never;
}[Channel];
export type CoreChannel = ChannelsWhere<{ side: 'core' }>;
export type ShellChannel = ChannelsWhere<{ side: 'shell' }>;
export type RendererChannel = ChannelsWhere<{ access: 'renderer' }>;

export const CHANNELS = Object.keys(contract) as Channel[];
/** The channels the preload lets the renderer call. */
export const RENDERER_CHANNELS = CHANNELS.filter((c) => contract[c].access === 'renderer') as RendererChannel[];

/** True when `name` is a declared channel. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

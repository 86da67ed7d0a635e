import { z } from 'zod';
import { ERROR_CODES } from '../errors';
import { coreCall, coreRead, internalCall } from './define';
import { FolderPath, IsoDateTime, UnlockSecret } from './schemas';

// Backups and restore (electron/core/backup). A backup is one encrypted file: the database copy
// and the key slots. Automatic backups go to a backup folder chosen per register on this device;
// "Save a backup to a file" writes anywhere the user picks. Restore always goes into a new or
// empty folder, never over a register.
//
// Status, inspect and restore also work with no register open (from the unlock screen and the
// damaged-register screen): they then name the register by its folder, and inspect and restore
// check the backup's own passphrase.

/** A backup file the user chose (open or save dialog): an absolute path. */
const BackupFile = z.string().trim().min(1).max(4096);
const OperationId = z.string().min(1).max(100);

/** auto: on close and daily, rotated; manual: "Back up now"; pre-migration: before an update changes the register. */
export const BACKUP_KINDS = ['auto', 'manual', 'pre-migration'] as const;
export const BackupKindSchema = z.enum(BACKUP_KINDS);
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BackupCounts = z.object({
  mentees: z.number().int(),
  mentors: z.number().int(),
  cases: z.number().int(),
  organisations: z.number().int(),
  contacts: z.number().int(),
  consents: z.number().int(),
  auditRows: z.number().int(),
});

export const BackupListEntry = z.object({
  file: z.string(),
  name: z.string(),
  createdAt: IsoDateTime,
  kind: BackupKindSchema,
  bytes: z.number().int(),
});

export const BackupStatus = z.object({
  /** The register this status is about (the open one, or the folder asked for). */
  registerDir: z.string(),
  label: z.string(),
  folder: z.string(),
  /** The folder is the default one beside the register (the user has not chosen one). */
  folderIsDefault: z.boolean(),
  /** The folder exists and can be listed (a USB stick may be unplugged). */
  folderAvailable: z.boolean(),
  automatic: z.boolean(),
  lastBackupAt: IsoDateTime.nullable(),
  /** The last automatic backup that failed since the last one that worked: shown as a warning. */
  problem: z.object({ at: IsoDateTime, code: z.enum(ERROR_CODES), trigger: z.string() }).nullable(),
  /** This register's backups in the folder, newest first. */
  backups: z.array(BackupListEntry),
});

export const BackupMade = z.object({
  file: z.string(),
  bytes: z.number().int(),
  createdAt: IsoDateTime,
  counts: BackupCounts,
  /** Older automatic backups the rotation removed from the folder. */
  removed: z.number().int(),
});

export const BackupInspection = z.object({
  file: z.string(),
  bytes: z.number().int(),
  createdAt: IsoDateTime,
  registerId: z.string(),
  label: z.string(),
  schemaVersion: z.number().int(),
  counts: BackupCounts,
  /** integrity_check, the page pass and the audit chain all passed. */
  ok: z.boolean(),
  detail: z.string(),
});

export const RestoreOutcome = z.object({
  dir: z.string(),
  label: z.string(),
  createdAt: IsoDateTime,
  counts: BackupCounts,
});

export const backupChannels = {
  /** With a register open: its backup status. With none (unlock or damaged screen): the register in `dir`. */
  'backup:status': coreRead(z.strictObject({ dir: FolderPath.optional() }), BackupStatus),
  /** Folder (null: back to the default beside the register) and automatic on or off. Audited. */
  'backup:configure': coreCall(
    z.strictObject({ folder: FolderPath.nullable().optional(), automatic: z.boolean().optional() }),
    BackupStatus,
  ),
  /**
   * A backup now: to `file` when given (Save a backup to a file…), otherwise into the backup
   * folder. Like inspect and restore it runs in a worker thread beside core's queue (concurrent:
   * other calls are answered meanwhile, see electron/core/backup/off-thread.ts); `progress`
   * events with `operationId` say each step.
   */
  'backup:now': {
    ...coreCall(z.strictObject({ file: BackupFile.optional(), operationId: OperationId.optional() }), BackupMade),
    concurrent: true as const,
  },
  /** Opens a backup read-only in a temp folder with its own passphrase: date, name, counts, checks. Writes nothing. */
  'backup:inspect': {
    ...coreRead(z.strictObject({ file: BackupFile, secret: UnlockSecret, operationId: OperationId.optional() }), BackupInspection),
    concurrent: true as const,
  },
  /**
   * Restores into a new or empty folder (never over a register), verifies it and adds it to this
   * computer's list of registers. Like register:create it makes another register, so it needs
   * no open one; the restored register's own log records it (register.restored). While it runs,
   * core refuses every call that names that folder (RESTORE_RUNNING).
   */
  'backup:restore': {
    ...coreRead(
      z.strictObject({ file: BackupFile, dir: FolderPath, secret: UnlockSecret, operationId: OperationId.optional() }),
      RestoreOutcome,
    ),
    concurrent: true as const,
  },
  /**
   * Core's own timer: the daily automatic backup while a register stays open. Answers once it is
   * decided whether one is due (`started`); the backup itself is written in the background.
   */
  'backup:tick': { ...internalCall(z.strictObject({}), z.object({ started: z.boolean() })), minRole: 'read-only' as const },
};

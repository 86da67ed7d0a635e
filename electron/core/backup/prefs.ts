import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../../shared/errors';
import { log } from '../logger';
import { writeFileAtomic } from '../storage/atomic-write';

// Backup settings per register, kept on this device: the backup folder is a path on this
// computer (a USB stick here is another drive letter there), so it belongs beside the device
// profile, not inside the register. Keyed by the register's folder, like the profile, so the
// damaged-register screen finds the folder even when the register's own files cannot be read.
// Holds paths, dates and error codes only, never register content.

const Problem = z.object({ at: z.string(), code: z.enum(ERROR_CODES), trigger: z.string().max(40) });
const Entry = z.object({
  /** null: the default folder beside the register. */
  folder: z.string().nullable().default(null),
  automatic: z.boolean().default(true),
  lastBackupAt: z.string().nullable().default(null),
  /** The backup file written last and the audit seq right after it: "nothing changed since" skips a backup. */
  lastFile: z.string().nullable().default(null),
  lastSeq: z.number().int().nullable().default(null),
  problem: Problem.nullable().default(null),
});
export type BackupPrefs = z.infer<typeof Entry>;
const PrefsFile = z.object({ registers: z.record(z.string(), Entry).catch({}) });

const DEFAULTS: BackupPrefs = { folder: null, automatic: true, lastBackupAt: null, lastFile: null, lastSeq: null, problem: null };

/** The default backup folder: beside the register folder, named after it ("Bindeled" → "Bindeled backups"). */
export function defaultBackupFolder(registerDir: string): string {
  const dir = path.resolve(registerDir);
  return path.join(path.dirname(dir), `${path.basename(dir)} backups`);
}

/** Reads and writes backups.json in the profile folder. */
export class BackupPrefsStore {
  private readonly file: string;

  constructor(profileDir: string) {
    this.file = path.join(profileDir, 'backups.json');
  }

  private load(): Record<string, BackupPrefs> {
    if (!existsSync(this.file)) return {};
    try {
      return PrefsFile.parse(JSON.parse(readFileSync(this.file, 'utf8'))).registers;
    } catch {
      // A damaged file costs only the backup settings: the defaults apply again.
      log.warn('backup.prefs-unreadable');
      return {};
    }
  }

  get(registerDir: string): BackupPrefs {
    return { ...DEFAULTS, ...this.load()[path.resolve(registerDir)] };
  }

  /** The folder automatic backups go to. */
  folderOf(registerDir: string): string {
    return this.get(registerDir).folder ?? defaultBackupFolder(registerDir);
  }

  update(registerDir: string, patch: Partial<BackupPrefs>): BackupPrefs {
    const all = this.load();
    const key = path.resolve(registerDir);
    const next = { ...DEFAULTS, ...all[key], ...patch };
    all[key] = next;
    writeFileAtomic(this.file, `${JSON.stringify({ registers: all }, null, 2)}\n`);
    return next;
  }

  recordProblem(registerDir: string, code: ErrorCode, trigger: string, at: Date): void {
    this.update(registerDir, { problem: { at: at.toISOString(), code, trigger } });
  }
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../../shared/errors';
import { readKeySlots } from '../crypto/keyslots';
import { log } from '../logger';
import { writeFileAtomic } from '../storage/atomic-write';
import { readBackupHeader } from './folder';

// Backup settings per register, kept on this device: the backup folder is a path on this
// computer (a USB stick here is another drive letter there), so it belongs beside the device
// profile, not inside the register. Keyed by the register's id (in its keyslots.json), so a
// register folder the user moves keeps its backup folder; by the folder when the key-slot file
// cannot be read (the damaged-register screen) or for a copy while its original is still there. Entries from before were keyed by folder:
// they are taken over, under the id, the first time the register is seen (see legacyKey).
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
  /** The folder the register was in when last written: lastFile and lastSeq hold only there. */
  dir: z.string().nullable().default(null),
});
export type BackupPrefs = z.infer<typeof Entry>;
const PrefsFile = z.object({ registers: z.record(z.string(), Entry).catch({}) });

const DEFAULTS: BackupPrefs = {
  folder: null,
  automatic: true,
  lastBackupAt: null,
  lastFile: null,
  lastSeq: null,
  problem: null,
  dir: null,
};
const ID_PREFIX = 'register:';

/** The register id in the folder's key slots, or null when they cannot be read. */
function registerIdOf(dir: string): string | null {
  try {
    return readKeySlots(dir).registerId;
  } catch {
    return null;
  }
}

/**
 * A folder-keyed entry from before ids to take over: the one for this very folder, else (the
 * register was moved before this version) one whose last backup file says it is this register's.
 */
function legacyKey(all: Record<string, BackupPrefs>, dir: string, registerId: string): string | undefined {
  const legacy = Object.keys(all).filter((k) => !k.startsWith(ID_PREFIX));
  if (legacy.includes(dir)) return dir;
  return legacy.find((k) => {
    const last = all[k]?.lastFile;
    return !!last && readBackupHeader(last)?.registerId === registerId;
  });
}

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

  /** Where this register's entry is (or goes), and the entry as it is now. */
  private find(all: Record<string, BackupPrefs>, registerDir: string): { key: string; from?: string; entry: BackupPrefs } {
    const dir = path.resolve(registerDir);
    const id = registerIdOf(dir);
    if (id === null) return { key: dir, entry: { ...DEFAULTS, ...all[dir] } };
    const key = `${ID_PREFIX}${id}`;
    // A copy (a restored backup, a copied folder) has the same id while the register it came
    // from is still in its folder: it is another register, with settings of its own by folder.
    const owner = all[key]?.dir;
    if (owner && owner !== dir && registerIdOf(owner) === id) return { key: dir, entry: { ...DEFAULTS, ...all[dir] } };
    const from = all[key] ? undefined : legacyKey(all, dir, id);
    const stored = { ...DEFAULTS, ...all[from ?? key] };
    // Moved (or a restored copy with the same id): the same folder and settings, but "nothing
    // changed since the last backup" was about the register in the other folder.
    const here = stored.dir === null ? from === dir || (from === undefined && !!all[key]) : stored.dir === dir;
    return { key, from, entry: here ? stored : { ...stored, lastFile: null, lastSeq: null } };
  }

  get(registerDir: string): BackupPrefs {
    return this.find(this.load(), registerDir).entry;
  }

  /** The folder automatic backups go to. */
  folderOf(registerDir: string): string {
    return this.get(registerDir).folder ?? defaultBackupFolder(registerDir);
  }

  update(registerDir: string, patch: Partial<BackupPrefs>): BackupPrefs {
    const all = this.load();
    const { key, from, entry } = this.find(all, registerDir);
    const next = { ...entry, ...patch, dir: path.resolve(registerDir) };
    if (from !== undefined) delete all[from];
    all[key] = next;
    writeFileAtomic(this.file, `${JSON.stringify({ registers: all }, null, 2)}\n`);
    return next;
  }

  recordProblem(registerDir: string, code: ErrorCode, trigger: string, at: Date): void {
    this.update(registerDir, { problem: { at: at.toISOString(), code, trigger } });
  }
}

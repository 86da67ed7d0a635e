import { closeSync, existsSync, openSync, readdirSync, readSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_KINDS, type BackupKind } from '../../../shared/contract/backup';
import { log } from '../logger';
import { BACKUP_MAGIC, BackupHeader } from './container';
import { backupsToRemove } from './rotation';
import { removeStaleBackupTemps } from './stale-temps';

// The backup folder: how files are named, which files in it are this register's backups, and
// the rotation applied to them. A file is only ever deleted when its name has our pattern AND
// its own header says it is a Bindeled backup of this register; anything else in the folder (the
// user's own files, another register's backups, a half-written temp file) is left alone.

export const BACKUP_EXTENSION = '.bindeled-backup';
const NAME = /^bindeled-(\d{4}-\d{2}-\d{2}-\d{6})(?:-\d+)?-(auto|manual|pre-migration)-([0-9a-z]{1,12})\.bindeled-backup$/;

export interface FolderBackup {
  file: string;
  name: string;
  createdAt: string;
  kind: BackupKind;
  bytes: number;
  registerId: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const shortId = (registerId: string) =>
  registerId
    .toLowerCase()
    .replace(/[^0-9a-z]/g, '')
    .slice(0, 8) || 'register';

/** A new file name in `folder` for a backup of `registerId` made at `now` (local time, sortable). */
export function backupFileName(folder: string, registerId: string, kind: BackupKind, now: Date): string {
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  for (let n = 1; ; n += 1) {
    const name = `bindeled-${stamp}${n > 1 ? `-${n}` : ''}-${kind}-${shortId(registerId)}${BACKUP_EXTENSION}`;
    if (!existsSync(path.join(folder, name))) return path.join(folder, name);
  }
}

/** Reads only a backup file's header (a few hundred bytes), or null when it is not one. */
export function readBackupHeader(file: string): BackupHeader | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(BACKUP_MAGIC.length + 4);
    if (readSync(fd, head, 0, head.length, 0) !== head.length || !head.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) return null;
    const length = head.readUInt32BE(BACKUP_MAGIC.length);
    if (length > 64 * 1024) return null;
    const json = Buffer.alloc(length);
    if (readSync(fd, json, 0, length, head.length) !== length) return null;
    const parsed = BackupHeader.safeParse(JSON.parse(json.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * The Bindeled backups in `folder`, newest first: only files named by backupFileName whose header
 * reads as a backup, and (when `registerId` is given) only that register's. A missing folder is an
 * empty list.
 */
export function listBackups(folder: string, registerId?: string): FolderBackup[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const out: FolderBackup[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    if (!match) continue;
    const file = path.join(folder, name);
    const header = readBackupHeader(file);
    if (!header || (registerId !== undefined && header.registerId !== registerId)) continue;
    const kind = match[2] as BackupKind;
    if (!BACKUP_KINDS.includes(kind)) continue;
    let bytes = 0;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      bytes = stat.size;
    } catch {
      continue;
    }
    out.push({ file, name, createdAt: header.createdAt, kind, bytes, registerId: header.registerId, label: header.label });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Applies the rotation to this register's backups in `folder`, after clearing stale temp files; returns how many backups it removed. */
export function rotateFolder(folder: string, registerId: string): number {
  // What a killed backup left in this folder goes first (never counted as removed backups).
  removeStaleBackupTemps(folder);
  const backups = listBackups(folder, registerId);
  const remove = new Set(backupsToRemove(backups.map((b) => ({ name: b.name, createdAt: new Date(b.createdAt), kind: b.kind }))));
  let removed = 0;
  for (const backup of backups) {
    if (!remove.has(backup.name)) continue;
    try {
      unlinkSync(backup.file);
      removed += 1;
    } catch (error) {
      log.warn('backup.rotate-failed', { code: (error as { code?: string }).code ?? 'unknown' });
    }
  }
  return removed;
}

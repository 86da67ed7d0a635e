import { accessSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { CoreError } from '../errors';

/**
 * The folder went away under the write (a USB stick pulled out, the folder removed): said as
 * such, not as an unknown ENOENT. Any other error is passed on as it is.
 */
export function vanished(error: unknown, dir: string): unknown {
  if ((error as { code?: unknown }).code === 'ENOENT' && !existsSync(dir)) return new CoreError('IO_ERROR', 'the folder is gone');
  return error;
}

/** Removes a temp file, best effort: when the folder is gone there is nothing left to remove, and the first error is what counts. */
function dropTemp(tmp: string): void {
  try {
    rmSync(tmp, { force: true });
  } catch {
    // Read-only or vanished media: the temp file was never made or went with the folder.
  }
}

/**
 * Writes a file so that a crash leaves either the old or the new content, never a torn file:
 * write a temp file beside it, fsync it, rename over the target, fsync the folder.
 * The file is created owner-only (0600).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = writeTempBeside(file, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  try {
    renameSync(tmp, file);
  } catch (error) {
    dropTemp(tmp);
    throw vanished(error, path.dirname(file));
  }
  fsyncDir(path.dirname(file));
}

/**
 * The temp file name writeTempBeside uses for `target`: hidden, ending in `.tmp`, and carrying
 * the writing process's pid and the time, so a file left by a killed process can be told from
 * one still being written (backup/stale-temps.ts).
 */
export function tempNameBeside(target: string, pid = process.pid, time = Date.now()): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${pid}.${time}.tmp`);
}

/** Writes data to a new owner-only (0600) temp file beside `target` and fsyncs it; returns its path. */
export function writeTempBeside(target: string, data: Uint8Array): string {
  const tmp = tempNameBeside(target);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o600);
  } catch (error) {
    throw vanished(error, path.dirname(target));
  }
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    dropTemp(tmp);
    throw vanished(error, path.dirname(target));
  }
  closeSync(fd);
  return tmp;
}

export function fsyncDir(dir: string): void {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * mkdir -p, owner-only. Node's recursive mkdir says ENOENT on a read-only disk: the folder above
 * exists, so make the last one alone to get the real reason (EROFS, EACCES, ENOSPC).
 */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT' || !existsSync(path.dirname(dir))) throw vanished(error, path.dirname(dir));
    mkdirSync(dir, { mode: 0o700 });
  }
}

/**
 * Throws REGISTER_FOLDER_READ_ONLY when no file can be created in the register folder (a drive
 * switched to read-only, a share without write permission): unlock and import ask first rather
 * than fail halfway with SQLite's "unable to open database file". Not on Windows, where W_OK on
 * a folder reads its read-only attribute, which Windows itself ignores for folders.
 */
export function assertRegisterFolderWritable(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') throw new CoreError('REGISTER_FOLDER_READ_ONLY', String(code));
    throw error;
  }
}

import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

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
    unlinkSync(tmp);
    throw error;
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
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(tmp);
    throw error;
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

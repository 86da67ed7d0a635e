import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Small tmpfs mounts for the media-fault tests: a disk that is full, one that is read-only, one
// that goes away. Mounting needs root (the test machines run tests as root); where it is not
// permitted the suite says so and skips.

/** A mounted tmpfs, or the reason one could not be mounted. */
export function mountTmpfs(size = '2m'): { dir: string } | { reason: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-media-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { reason: `mount -t tmpfs is not permitted here (${String((error as Error).message).split('\n')[0]})` };
  }
}

/** Fills the mount until the kernel says ENOSPC: no byte is left for anyone. */
export function fillUp(dir: string): void {
  const fd = openSync(path.join(dir, 'filler'), 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
    // The last partial block: fill it byte by byte.
    try {
      for (;;) writeSync(fd, Buffer.alloc(1, 1));
    } catch {
      // Full.
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Fills the mount, then frees `bytes` of it again: a disk nearly full, with room for the first
 * part of a write and not for the rest. Undo with rmSync of `filler`.
 */
export function leaveFree(dir: string, bytes: number): void {
  fillUp(dir);
  const filler = path.join(dir, 'filler');
  truncateSync(filler, Math.max(0, statSync(filler).size - bytes));
}

export const remount = (dir: string, mode: 'ro' | 'rw') => execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' });

/** Unmounts (lazily when busy) and removes the mount point. Never throws: it runs in afterAll. */
export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    try {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    } catch {
      // Already unmounted (the vanishing-stick case does it itself).
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Makes `dir` read-only by bind-mounting it read-only over itself: files opened before stay
 * writable through their open handles (as the open database does), but nothing can be created,
 * renamed or removed in the folder. Undo with `unbind`.
 */
export function bindReadOnly(dir: string): void {
  execFileSync('mount', ['--bind', dir, dir], { stdio: 'pipe' });
  try {
    execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'pipe' });
  } catch (error) {
    execFileSync('umount', [dir], { stdio: 'pipe' });
    throw error;
  }
}

export const unbind = (dir: string) => execFileSync('umount', [dir], { stdio: 'pipe' });

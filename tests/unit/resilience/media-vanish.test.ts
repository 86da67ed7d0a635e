import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, callFails, cleanupTempDirs, createRegister, lock, newCore, unlock, type TestCore } from '../core/helpers';
import { mountTmpfs, unmount } from './tmpfs';

// A USB backup folder that goes away in the middle of writing the backup file: node:fs is
// wrapped so that the first write into a temp file in that folder first pulls the "stick"
// (removes the folder, or unmounts the tmpfs), then writes. The backup must fail with IO_ERROR,
// say nothing was made, leave no file where the folder was, and the register must answer.
// A wrap of node:fs here cannot reach a worker thread, so this suite runs "Back up now" in core's
// own thread (the path taken where no worker can start, backup/off-thread.ts): the file is written
// by the same writeFileAtomic either way. The worker's own path is in media-faults.test.ts (the
// folder removed, or the stick unmounted, between its steps) and backup/off-thread.test.ts.

let pull: (() => void) | null = null;
const tempFds = new Set<number>();

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = (file: import('node:fs').PathLike, ...rest: unknown[]) => {
    const fd = (fs.openSync as (...a: unknown[]) => number)(file, ...rest);
    if (String(file).endsWith('.tmp') && pull) tempFds.add(fd);
    return fd;
  };
  const writeSync = (fd: number, ...rest: unknown[]) => {
    if (tempFds.has(fd) && pull) {
      const now = pull;
      pull = null;
      now();
    }
    return (fs.writeSync as (...a: unknown[]) => number)(fd, ...rest);
  };
  return { ...fs, default: { ...fs, openSync, writeSync }, openSync, writeSync };
});

vi.mock('../../../electron/core/backup/worker-run', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../electron/core/backup/worker-run')>()),
  canBackUpInWorker: () => false,
}));

const mounted = mountTmpfs('4m');
const skip = 'reason' in mounted ? mounted.reason : null;
if (skip) process.stdout.write(`[media-vanish] skipped: ${skip}\n`);
const media = 'dir' in mounted ? mounted.dir : '';
let t: TestCore;
let dir: string;
let tried = 0;

beforeAll(async () => {
  if (skip) return;
  t = newCore();
  ({ dir } = await createRegister(t.core, { organisationName: 'Pindeforeningen' }));
  await call(t.core, 'organisations:save', { name: 'Jobcenter Horsens', sector: 'job-centre' });
}, 60_000);

afterAll(() => {
  t?.core.shutdown();
  if (!skip) unmount(media);
  process.stdout.write(`[media-vanish] ${tried} fault cases tried; the register stayed consistent after every one.\n`);
  cleanupTempDirs();
});

async function backupWhile(folder: string, pullOut: () => void) {
  mkdirSync(folder, { recursive: true });
  await call(t.core, 'backup:configure', { folder });
  const before = (await call(t.core, 'backup:status', {})).backups.length;
  pull = pullOut;
  const error = await callFails(t.core, 'backup:now', {});
  expect(pull, 'the write into the backup folder was reached').toBeNull();
  expect(error.code).toBe('IO_ERROR');
  expect(existsSync(folder)).toBe(false);
  expect((await call(t.core, 'backup:status', {})).backups.length).toBe(before);
  expect((await call(t.core, 'register:info', {})).dir).toBe(dir);
  tried += 1;
}

describe.skipIf(skip !== null)('a backup folder that goes away mid-write', () => {
  it('fails with IO_ERROR when the folder is removed while the file is written', async () => {
    const folder = path.join(media, 'USB', 'Backups');
    await backupWhile(folder, () => rmSync(folder, { recursive: true, force: true }));
    expect(readdirSync(path.join(media, 'USB'))).toEqual([]);
  });

  it('fails with IO_ERROR when the stick is unmounted while the file is written', async () => {
    const folder = path.join(media, 'Backups');
    await backupWhile(folder, () => unmount(media));
  });

  it('the register locks, reopens and verifies afterwards', async () => {
    await call(t.core, 'backup:configure', { folder: null });
    await lock(t.core);
    await unlock(t.core, dir);
    expect((await call(t.core, 'register:verify', {})).ok).toBe(true);
  });
});

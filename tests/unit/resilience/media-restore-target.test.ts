import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackBackup } from '../../../electron/core/backup/container';
import type { ErrorCode } from '../../../shared/errors';
import { call, cleanupTempDirs, lock, PASSPHRASE, unlock } from '../core/helpers';
import { mediaRig, type MediaRig } from './media-rig';
import { bindReadOnly, leaveFree, mountTmpfs, remount, unbind, unmount } from './tmpfs';

// A restore whose target folder is on a disk that is nearly full, or that cannot be written.
// The backup file sits on the same stick (a coordinator restoring from a USB stick into a folder
// on it). The free space is swept from none to just short of the whole register, so the disk
// fills while the folder is made, while register.db is written, while keyslots.json is written,
// and while the restored register is opened and audited. Each must fail with DISK_FULL (full)
// or READ_ONLY (read-only), leave no register folder (nor a file in a folder that was there and
// empty), leave the backup file byte for byte as it was, and leave the open register as it was
// and still opening. With room again, the same restore goes through.

const mounted = mountTmpfs('4m');
const skip = 'reason' in mounted ? mounted.reason : null;
if (skip) process.stdout.write(`[media-restore-target] skipped: ${skip}\n`);
const media = 'dir' in mounted ? mounted.dir : '';
let rig: MediaRig;
let backupFile: string;
let sizes: { db: number; keyslots: number };
/** The restore's last progress step reached in each case (restore.ts RESTORE_STEPS). */
const reached: Record<string, number> = {};

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const secret = { kind: 'passphrase', passphrase: PASSPHRASE } as const;

beforeAll(async () => {
  if (skip) return;
  rig = await mediaRig('Gendannelsesforeningen');
  for (let i = 0; i < 40; i++) await call(rig.core, 'contacts:save', { name: `Kontakt ${i} Holm`, email: `k${i}@example.dk` });
  backupFile = path.join(media, 'Bindeled.bindeled-backup');
  await call(rig.core, 'backup:now', { file: backupFile });
  const { parts } = unpackBackup(readFileSync(backupFile));
  sizes = { db: parts['register.db'].length, keyslots: parts['keyslots.json'].length };
}, 60_000);

afterAll(() => {
  if (!skip) {
    process.stdout.write(`[media-restore-target] ${rig.tried.length} fault cases tried; the register stayed consistent after every one.\n`);
    const byStep = Object.values(reached).reduce<Record<number, number>>((n, step) => ({ ...n, [step]: (n[step] ?? 0) + 1 }), {});
    process.stdout.write(`[media-restore-target] cases by the last restore step passed: ${JSON.stringify(byStep)}\n`);
    rig.core.shutdown();
    unmount(media);
  }
  cleanupTempDirs();
});

/**
 * A restore into `target`. With `mayFit`, a restore that goes through is returned as such;
 * otherwise it must fail with `code` and leave everything as it was.
 */
async function restoreInto(label: string, code: ErrorCode, target: string, mayFit = false): Promise<'restored' | 'failed'> {
  const existed = existsSync(target);
  const before = { register: rig.fingerprint(), backup: sha(backupFile) };
  let step = 0;
  rig.onProgress = ({ done }) => {
    step = done;
  };
  const result = await rig.core.invoke('backup:restore', { file: backupFile, dir: target, secret, operationId: label }).finally(() => {
    rig.onProgress = null;
  });
  expect(sha(backupFile), `${label}: the backup file changed`).toBe(before.backup);
  expect(rig.fingerprint(), `${label}: the open register changed`).toBe(before.register);
  expect((await call(rig.core, 'register:info', {})).dir).toBe(rig.fx.dir);
  if (result.ok && mayFit) return 'restored';
  expect(result.ok ? 'restored' : result.error.code, label).toBe(code);
  reached[label] = step;
  if (existed) expect(readdirSync(target), `${label}: files left in the folder`).toEqual([]);
  else expect(existsSync(target), `${label}: a half register folder left`).toBe(false);
  rig.tried.push(label);
  return 'failed';
}

/** Runs `fn` with only `bytes` free on the stick. */
async function withFree<T>(bytes: number, fn: () => Promise<T>): Promise<T> {
  leaveFree(media, bytes);
  try {
    return await fn();
  } finally {
    rmSync(path.join(media, 'filler'));
  }
}

describe.skipIf(skip !== null)('a restore into a folder on a full or read-only disk', () => {
  const target = () => path.join(media, 'Restored');

  it('fails with DISK_FULL at every point the disk can fill, until there is room for the whole register', async () => {
    // No room at all, room for the folder only, for half of register.db, for register.db but not keyslots.json.
    for (const bytes of [0, 2048, Math.floor(sizes.db / 2), sizes.db + 1024])
      await withFree(bytes, () => restoreInto(`restore, ${bytes} bytes free`, 'DISK_FULL', target()));
    // Then room for both files and 8 KiB more at a time: the disk fills while the restored
    // register is opened, its write-ahead log and shared memory grow, and the restore is audited,
    // until the restore fits.
    let bytes = sizes.db + sizes.keyslots + 2048;
    while ((await withFree(bytes, () => restoreInto(`restore, ${bytes} bytes free`, 'DISK_FULL', target(), true))) === 'failed') {
      bytes += 8192;
      expect(bytes, 'the sweep ends with a restore that fits').toBeLessThan(sizes.db * 2);
    }
    // The disk filled up in each writing step of the restore: after the file and key were
    // checked (1: writing the files), after the files were written (2: opening the register),
    // and after it verified (4: auditing the restore). Verifying (3) writes nothing.
    expect(new Set(Object.values(reached))).toEqual(new Set([1, 2, 4]));
    // The restore that just fitted is a whole register: it opens and verifies.
    await lock(rig.core);
    await unlock(rig.core, target());
    expect((await call(rig.core, 'register:verify', {})).ok).toBe(true);
    await lock(rig.core);
    await unlock(rig.core, rig.fx.dir);
    rmSync(target(), { recursive: true });
  }, 300_000);

  it('fails with READ_ONLY into a new folder on a read-only disk, into an empty read-only folder, and inside a read-only folder', async () => {
    remount(media, 'ro');
    try {
      // The backup is read from the read-only stick; only writing the register there fails.
      await restoreInto('restore onto a read-only disk', 'READ_ONLY', target());
    } finally {
      remount(media, 'rw');
    }
    const empty = path.join(media, 'Empty');
    const parent = path.join(media, 'Locked');
    mkdirSync(empty);
    mkdirSync(parent);
    for (const [label, folder, dir] of [
      ['restore into an empty read-only folder', empty, empty],
      ['restore into a new folder inside a read-only folder', parent, path.join(parent, 'Restored')],
    ] as const) {
      bindReadOnly(folder);
      try {
        await restoreInto(label, 'READ_ONLY', dir);
      } finally {
        unbind(folder);
      }
    }
    expect(readdirSync(parent)).toEqual([]);
  }, 120_000);

  it('with room again the same restore goes through, and the open register still locks, unlocks and verifies', async () => {
    const { auditRows, ...counts } = (await call(rig.core, 'backup:inspect', { file: backupFile, secret })).counts;
    const restored = (await call(rig.core, 'backup:restore', { file: backupFile, dir: target(), secret })).counts;
    // The same people; the restored log has the backup's rows and the restore's own.
    expect(restored).toEqual({ ...counts, auditRows: expect.any(Number) });
    expect(restored.auditRows).toBeGreaterThan(auditRows);
    await lock(rig.core);
    await unlock(rig.core, rig.fx.dir);
    expect((await call(rig.core, 'register:verify', {})).ok).toBe(true);
  }, 60_000);
});

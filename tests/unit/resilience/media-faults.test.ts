import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/contract';
import { en } from '../../../shared/i18n/en';
import { da } from '../../../shared/i18n/da';
import { fi } from '../../../shared/i18n/fi';
import { nb } from '../../../shared/i18n/nb';
import { sv } from '../../../shared/i18n/sv';
import { call, callFails, cleanupTempDirs, lock, PASSPHRASE, unlock } from '../core/helpers';
import { filesOn, inputOn, mediaRig, type MediaRig } from './media-rig';
import { fillUp, mountTmpfs, remount, unmount } from './tmpfs';

// Full and read-only media (issue: disk faults). Every output Bindeled writes (exports, the
// partner directory, the feedback and results reports, backups, a restore) is pointed at a tmpfs
// that is full, then read-only. Each must fail with its own translated error (DISK_FULL,
// READ_ONLY), leave no file or temp file on that disk, and leave the register as it was and
// answering. Then a backup folder that goes away under a backup (removed, or its stick unmounted).

const mounted = mountTmpfs('2m');
const skip = 'reason' in mounted ? mounted.reason : null;
if (skip) process.stdout.write(`[media-faults] skipped: ${skip}\n`);
const media = 'dir' in mounted ? mounted.dir : '';

let rig: MediaRig;
let backupFile: string;

type Case = { name: string; channel: Channel; input: (out: string) => Promise<Record<string, unknown>> | Record<string, unknown> };
const on = (out: string, name: string) => path.join(out, name);
const fromInputs = (channel: Channel, pathKeys: string[]) => (out: string) => inputOn(rig, channel, pathKeys)(out);

const CASES: Case[] = [
  { name: 'contacts CSV', channel: 'export:contacts', input: (o) => ({ path: on(o, 'contacts.csv'), format: 'csv' }) },
  { name: 'contacts xlsx', channel: 'export:contacts', input: (o) => ({ path: on(o, 'contacts.xlsx'), format: 'xlsx' }) },
  { name: 'contacts vCard', channel: 'export:contacts', input: (o) => ({ path: on(o, 'contacts.vcf'), format: 'vcf' }) },
  { name: 'organisations CSV', channel: 'export:organisations', input: (o) => ({ path: on(o, 'orgs.csv'), format: 'csv' }) },
  { name: 'organisations xlsx', channel: 'export:organisations', input: (o) => ({ path: on(o, 'orgs.xlsx'), format: 'xlsx' }) },
  { name: 'partner directory', channel: 'directory:generate', input: (o) => ({ path: on(o, 'directory.docx') }) },
  { name: 'feedback report', channel: 'reports:feedbackExport', input: fromInputs('reports:feedbackExport', ['path']) },
  { name: 'results report', channel: 'reports:programmeExport', input: fromInputs('reports:programmeExport', ['path', 'xlsxPath']) },
  { name: 'backup to a file', channel: 'backup:now', input: (o) => ({ file: on(o, 'saved.bindeled-backup') }) },
  {
    name: 'restore',
    channel: 'backup:restore',
    input: (o) => ({ file: backupFile, dir: on(o, 'Restored'), secret: { kind: 'passphrase', passphrase: PASSPHRASE } }),
  },
];

beforeAll(async () => {
  if (skip) return;
  rig = await mediaRig('Diskforeningen');
  backupFile = path.join(rig.fx.work, 'made.bindeled-backup');
  await call(rig.core, 'backup:now', { file: backupFile });
}, 60_000);

afterAll(() => {
  if (!skip) {
    process.stdout.write(`[media-faults] ${rig.tried.length} fault cases tried; the register stayed consistent after every one.\n`);
    rig.core.shutdown();
    unmount(media);
  }
  cleanupTempDirs();
});

const expectCleanFailure = (...args: Parameters<MediaRig['expectCleanFailure']>) => rig.expectCleanFailure(...args);

describe.skipIf(skip !== null)('full and read-only media', () => {
  it('has the two errors in all five languages', () => {
    for (const catalog of [en, da, nb, sv, fi]) {
      expect(catalog.errors.DISK_FULL).toMatch(/\S/);
      expect(catalog.errors.READ_ONLY).toMatch(/\S/);
      expect(catalog.errors.READ_ONLY).not.toBe(catalog.errors.PERMISSION_DENIED);
    }
    expect(en.errors.DISK_FULL).toBe('The disk is full. Free some space or choose another folder; nothing was changed.');
  });

  it('fails every output on a full disk with DISK_FULL and leaves nothing behind', async () => {
    fillUp(media);
    for (const c of CASES) {
      const input = await c.input(media);
      await expectCleanFailure(`${c.name} (full)`, 'DISK_FULL', () => callFails(rig.core, c.channel, input), media);
    }
    // The backup folder on that disk: "Back up now".
    await call(rig.core, 'backup:configure', { folder: path.join(media, 'Backups') });
    await expectCleanFailure('backup to the backup folder (full)', 'DISK_FULL', () => callFails(rig.core, 'backup:now', {}), media);
    await call(rig.core, 'backup:configure', { folder: null });
    rmSync(path.join(media, 'filler'));
  }, 120_000);

  it('fails every output on a read-only disk with READ_ONLY and leaves nothing behind', async () => {
    remount(media, 'ro');
    try {
      for (const c of CASES) {
        const input = await c.input(media);
        await expectCleanFailure(`${c.name} (read-only)`, 'READ_ONLY', () => callFails(rig.core, c.channel, input), media);
      }
      await expectCleanFailure(
        'choosing a read-only backup folder',
        'READ_ONLY',
        () => callFails(rig.core, 'backup:configure', { folder: path.join(media, 'Backups') }),
        media,
      );
      // An automatic backup (on lock) into a folder that became read-only: the lock goes on, and
      // Settings › Backups shows why it failed.
      remount(media, 'rw');
      await call(rig.core, 'backup:configure', { folder: path.join(media, 'Auto') });
      await call(rig.core, 'settings:update', { autoLockMinutes: 15 });
      remount(media, 'ro');
      const before = filesOn(media);
      await lock(rig.core);
      await unlock(rig.core, rig.fx.dir);
      expect((await call(rig.core, 'backup:status', {})).problem?.code).toBe('READ_ONLY');
      expect(filesOn(media)).toEqual(before);
      rig.tried.push('automatic backup on lock (read-only)');
      await call(rig.core, 'backup:configure', { folder: null });
    } finally {
      remount(media, 'rw');
    }
  }, 120_000);

  it('fails a backup cleanly when the backup folder is removed, or its stick unmounted, during the backup', async () => {
    const folder = path.join(media, 'USB backups');
    await call(rig.core, 'backup:configure', { folder });
    rig.onProgress = ({ done }) => done === 3 && rmSync(folder, { recursive: true, force: true });
    await expectCleanFailure(
      'backup folder removed mid-backup',
      'IO_ERROR',
      () => callFails(rig.core, 'backup:now', { operationId: 'v1' }),
      media,
    );
    rig.onProgress = ({ done }) => done === 3 && unmount(media);
    const error = await callFails(rig.core, 'backup:now', { operationId: 'v2' });
    rig.onProgress = null;
    expect(error.code).toBe('IO_ERROR');
    expect((await call(rig.core, 'register:info', {})).dir).toBe(rig.fx.dir);
    rig.tried.push('backup stick unmounted mid-backup');
    await call(rig.core, 'backup:configure', { folder: null });
  }, 60_000);

  it('the register still locks, unlocks and verifies after every fault', async () => {
    await lock(rig.core);
    await unlock(rig.core, rig.fx.dir);
    const verify = await call(rig.core, 'register:verify', {});
    expect(verify.ok).toBe(true);
  }, 60_000);
});

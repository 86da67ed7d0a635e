import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/contract';
import type { ErrorCode } from '../../../shared/errors';
import { call, callFails, cleanupTempDirs, lock, unlock } from '../core/helpers';
import { inputOn, mediaRig, type MediaRig } from './media-rig';
import { fillUp, mountTmpfs, remount, unmount } from './tmpfs';

// The smaller files Bindeled writes where the user chooses, on a full and on a read-only disk:
// the import's error file (the rejected rows), a person's access export (.docx and .json), a
// copy of a consent's scanned evidence, and a recall letter to a partner. Each must fail with
// DISK_FULL or READ_ONLY, leave no file (not even a temp file) on that disk, and leave the
// register as it was: no audit row, no disclosure logged for a file that is not there.

const mounted = mountTmpfs('1m');
const skip = 'reason' in mounted ? mounted.reason : null;
if (skip) process.stdout.write(`[media-faults-outputs] skipped: ${skip}\n`);
const media = 'dir' in mounted ? mounted.dir : '';
let rig: MediaRig;

const CASES: { name: string; channel: Channel; paths: string[] }[] = [
  { name: 'import error file', channel: 'import:errorFile', paths: ['out'] },
  { name: 'access export', channel: 'rights:accessExport', paths: ['path'] },
  { name: 'evidence copy', channel: 'consents:saveEvidenceCopy', paths: ['path'] },
  { name: 'recall letter', channel: 'rights:recallLetter', paths: ['path'] },
];

beforeAll(async () => {
  if (skip) return;
  rig = await mediaRig('Småfilforeningen');
}, 60_000);

afterAll(() => {
  if (!skip) {
    process.stdout.write(`[media-faults-outputs] ${rig.tried.length} fault cases tried; the register stayed consistent after every one.\n`);
    rig.core.shutdown();
    unmount(media);
  }
  cleanupTempDirs();
});

async function everyCase(fault: string, code: ErrorCode) {
  for (const c of CASES) {
    const input = await inputOn(rig, c.channel, c.paths)(media);
    await rig.expectCleanFailure(`${c.name} (${fault})`, code, () => callFails(rig.core, c.channel, input), media);
  }
}

describe.skipIf(skip !== null)('the smaller outputs on full and read-only media', () => {
  it('each works on a disk with room (so the faults below are what fails them)', async () => {
    for (const c of CASES) await call(rig.core, c.channel, (await inputOn(rig, c.channel, c.paths)(rig.fx.work)) as never);
  });

  it('fails each on a full disk with DISK_FULL and leaves nothing behind', async () => {
    fillUp(media);
    try {
      await everyCase('full', 'DISK_FULL');
    } finally {
      rmSync(`${media}/filler`);
    }
  });

  it('fails each on a read-only disk with READ_ONLY and leaves nothing behind', async () => {
    remount(media, 'ro');
    try {
      await everyCase('read-only', 'READ_ONLY');
    } finally {
      remount(media, 'rw');
    }
  });

  it('the register still locks, unlocks and verifies after every fault', async () => {
    await lock(rig.core);
    await unlock(rig.core, rig.fx.dir);
    expect((await call(rig.core, 'register:verify', {})).ok).toBe(true);
  });
});

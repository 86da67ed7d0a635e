import { createHash } from 'node:crypto';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/contract';
import type { ErrorCode } from '../../../shared/errors';
import { en } from '../../../shared/i18n/en';
import { da } from '../../../shared/i18n/da';
import { fi } from '../../../shared/i18n/fi';
import { nb } from '../../../shared/i18n/nb';
import { sv } from '../../../shared/i18n/sv';
import { createCore } from '../../../electron/core/dispatcher';
import { handlers as coreHandlers } from '../../../electron/core/handlers';
import type { CoreContext, CoreHandlers } from '../../../electron/core/handlers/types';
import { call, callFails, cleanupTempDirs, createRegister, lock, PASSPHRASE, tempDir, unlock } from '../core/helpers';
import { INPUTS, type Fixture } from '../privacy/audit-coverage-inputs';
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

let core: ReturnType<typeof createCore>;
let ctx: CoreContext | null = null;
let fx: Fixture;
let backupFile: string;
let vanishOn: ((done: number) => void) | null = null;
const tried: string[] = [];

function fingerprint(): string {
  const db = ctx?.session.open?.db;
  if (!db) throw new Error('no register open');
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    const rows = (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((r) =>
      JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)),
    );
    hash.update(name).update(rows.sort().join('\n'));
  }
  return hash.digest('hex');
}

/** Every file on the fault disk but the filler, with hidden temp files. */
function filesOn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory() && e.name !== 'filler')
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

type Case = { name: string; channel: Channel; input: (out: string) => Promise<Record<string, unknown>> | Record<string, unknown> };
const on = (out: string, name: string) => path.join(out, name);
const fromInputs = (channel: Channel, pathKeys: string[]) => async (out: string) => {
  const input = { ...(await INPUTS[channel]!(fx)) };
  for (const key of pathKeys) if (typeof input[key] === 'string') input[key] = on(out, path.basename(input[key]));
  return input;
};

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
  const seen = Object.fromEntries(
    Object.entries(coreHandlers).map(([name, handler]) => [
      name,
      (input: never, c: CoreContext) => {
        ctx = c;
        return (handler as (i: never, c: CoreContext) => unknown)(input, c);
      },
    ]),
  ) as unknown as CoreHandlers;
  const profileDir = tempDir('bindeled-profile-');
  const emit = (event: string, payload: unknown) => {
    if (event === 'progress' && vanishOn) vanishOn((payload as { done: number }).done);
  };
  core = createCore({ profileDir, defaultRegisterDir: profileDir, appVersion: 'test', emit, handlers: seen });
  const { dir } = await createRegister(core, { organisationName: 'Diskforeningen' });
  const work = tempDir('bindeled-media-work-');
  writeFileSync(path.join(work, 'form.pdf'), '%PDF-1.4\n%%EOF\n');
  const org = await call(core, 'organisations:save', { name: 'Jobcenter Vejle', sector: 'job-centre' });
  const contact = await call(core, 'contacts:save', { name: 'Lone Madsen', memberships: [{ organisationId: org.id }] });
  const network = await call(core, 'networks:save', { name: 'Netværket', memberIds: [contact.id] });
  const mentor = await call(core, 'mentors:save', { name: 'Birgitte', capacity: 3 });
  await call(core, 'mentors:setStatus', { id: mentor.id, status: 'trained' });
  await call(core, 'mentors:setStatus', { id: mentor.id, status: 'active' });
  const mentee = await call(core, 'mentees:save', { name: 'Amina', goals: ['job'] });
  fx = {
    dir,
    work,
    orgId: org.id,
    contactId: contact.id,
    networkId: network.id,
    mentorId: mentor.id,
    menteeId: mentee.id,
    caseId: 0,
    csv: path.join(work, 'c.csv'),
    pdf: path.join(work, 'form.pdf'),
    n: 0,
    core,
    db: () => ctx!.session.open!.db,
  };
  backupFile = path.join(work, 'made.bindeled-backup');
  await call(core, 'backup:now', { file: backupFile });
}, 60_000);

afterAll(() => {
  if (!skip) {
    process.stdout.write(`[media-faults] ${tried.length} fault cases tried; the register stayed consistent after every one.\n`);
    core.shutdown();
    unmount(media);
  }
  cleanupTempDirs();
});

async function expectCleanFailure(label: string, code: ErrorCode, run: () => Promise<{ code: string }>, disk: string) {
  const before = { register: fingerprint(), files: filesOn(disk) };
  const error = await run();
  expect(error.code, label).toBe(code);
  expect(filesOn(disk), `${label}: files left on the disk`).toEqual(before.files);
  expect(fingerprint(), `${label}: the register changed`).toBe(before.register);
  expect((await call(core, 'register:info', {})).dir).toBe(fx.dir);
  tried.push(label);
}

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
      await expectCleanFailure(`${c.name} (full)`, 'DISK_FULL', () => callFails(core, c.channel, input), media);
    }
    // The backup folder on that disk: "Back up now".
    await call(core, 'backup:configure', { folder: path.join(media, 'Backups') });
    await expectCleanFailure('backup to the backup folder (full)', 'DISK_FULL', () => callFails(core, 'backup:now', {}), media);
    await call(core, 'backup:configure', { folder: null });
    rmSync(path.join(media, 'filler'));
  }, 120_000);

  it('fails every output on a read-only disk with READ_ONLY and leaves nothing behind', async () => {
    remount(media, 'ro');
    try {
      for (const c of CASES) {
        const input = await c.input(media);
        await expectCleanFailure(`${c.name} (read-only)`, 'READ_ONLY', () => callFails(core, c.channel, input), media);
      }
      await expectCleanFailure(
        'choosing a read-only backup folder',
        'READ_ONLY',
        () => callFails(core, 'backup:configure', { folder: path.join(media, 'Backups') }),
        media,
      );
      // An automatic backup (on lock) into a folder that became read-only: the lock goes on, and
      // Settings › Backups shows why it failed.
      remount(media, 'rw');
      await call(core, 'backup:configure', { folder: path.join(media, 'Auto') });
      await call(core, 'settings:update', { autoLockMinutes: 15 });
      remount(media, 'ro');
      const before = filesOn(media);
      await lock(core);
      await unlock(core, fx.dir);
      expect((await call(core, 'backup:status', {})).problem?.code).toBe('READ_ONLY');
      expect(filesOn(media)).toEqual(before);
      tried.push('automatic backup on lock (read-only)');
      await call(core, 'backup:configure', { folder: null });
    } finally {
      remount(media, 'rw');
    }
  }, 120_000);

  it('fails a backup cleanly when the backup folder is removed, or its stick unmounted, during the backup', async () => {
    const folder = path.join(media, 'USB backups');
    await call(core, 'backup:configure', { folder });
    vanishOn = (done) => done === 3 && rmSync(folder, { recursive: true, force: true });
    await expectCleanFailure(
      'backup folder removed mid-backup',
      'IO_ERROR',
      () => callFails(core, 'backup:now', { operationId: 'v1' }),
      media,
    );
    vanishOn = (done) => done === 3 && unmount(media);
    const error = await callFails(core, 'backup:now', { operationId: 'v2' });
    vanishOn = null;
    expect(error.code).toBe('IO_ERROR');
    expect((await call(core, 'register:info', {})).dir).toBe(fx.dir);
    tried.push('backup stick unmounted mid-backup');
    await call(core, 'backup:configure', { folder: null });
  }, 60_000);

  it('the register still locks, unlocks and verifies after every fault', async () => {
    await lock(core);
    await unlock(core, fx.dir);
    const verify = await call(core, 'register:verify', {});
    expect(verify.ok).toBe(true);
  }, 60_000);
});

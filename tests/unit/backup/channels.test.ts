import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  callFails,
  cleanupTempDirs,
  createRegister,
  hashFolder,
  lock,
  newCore,
  PASSPHRASE,
  tempDir,
  type TestCore,
} from '../core/helpers';

// The backup channels through the real dispatcher: status, settings, Back up now with progress,
// the backup on lock, inspect and restore with and without an open register; every bad input a
// clear code and nothing written.

let t: TestCore;
let dir: string;
const secret = { kind: 'passphrase' as const, passphrase: PASSPHRASE };

beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core, { organisationName: 'Kanalforeningen' }));
  await call(t.core, 'organisations:save', { name: 'Røde Kors Vejle', sector: 'health' });
  await call(t.core, 'mentees:save', { name: 'Amina Hassan', goals: ['job'] });
}, 30_000);
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('status and settings', () => {
  it('starts with automatic backups on, into a folder beside the register', async () => {
    const status = await call(t.core, 'backup:status', {});
    expect(status).toMatchObject({
      registerDir: dir,
      label: 'Kanalforeningen',
      folder: `${dir} backups`,
      folderIsDefault: true,
      folderAvailable: true,
      automatic: true,
      lastBackupAt: null,
      problem: null,
      backups: [],
    });
  });

  it('changes the folder and the switch, audited without the path', async () => {
    const folder = path.join(tempDir(), 'USB', 'Backups');
    const status = await call(t.core, 'backup:configure', { folder, automatic: false });
    expect(status).toMatchObject({ folder, folderIsDefault: false, automatic: false });
    expect(existsSync(folder)).toBe(true);
    const recent = await call(t.core, 'audit:recent', { limit: 1 });
    expect(recent[0]!.action).toBe('backup.configured');
    const back = await call(t.core, 'backup:configure', { folder: null, automatic: true });
    expect(back).toMatchObject({ folder: `${dir} backups`, folderIsDefault: true, automatic: true });
  });

  it('refuses the register folder itself, or a folder inside it, and changes nothing', async () => {
    const before = await call(t.core, 'backup:status', {});
    expect((await callFails(t.core, 'backup:configure', { folder: dir })).code).toBe('INVALID_INPUT');
    expect((await callFails(t.core, 'backup:configure', { folder: path.join(dir, 'inside') })).code).toBe('INVALID_INPUT');
    expect((await callFails(t.core, 'backup:configure', { folder: 'relative/folder' })).code).toBe('INVALID_INPUT');
    expect(existsSync(path.join(dir, 'inside'))).toBe(false);
    expect(await call(t.core, 'backup:status', {})).toEqual(before);
  });
});

describe('Back up now', () => {
  it('writes into the backup folder with progress, and lists it', async () => {
    t.events.length = 0;
    const made = await call(t.core, 'backup:now', { operationId: 'b-1' });
    expect(made.counts).toMatchObject({ mentees: 1, organisations: 1 });
    expect(path.dirname(made.file)).toBe(`${dir} backups`);
    const progress = t.events
      .filter((e) => e.event === 'progress')
      .map((e) => e.payload as { operationId: string; done: number; total: number });
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    expect(progress.every((p) => p.operationId === 'b-1' && p.total === 4)).toBe(true);
    const status = await call(t.core, 'backup:status', {});
    expect(status.backups).toEqual([expect.objectContaining({ file: made.file, kind: 'manual', bytes: made.bytes })]);
    expect(status.lastBackupAt).toBe(made.createdAt);
  });

  it('saves a backup to a chosen file, but never inside the register folder', async () => {
    const file = path.join(tempDir(), 'chosen.bindeled-backup');
    const made = await call(t.core, 'backup:now', { file });
    expect(made.file).toBe(file);
    expect(readFileSync(file).subarray(0, 16).toString()).toBe('BINDELED-BACKUP\n');
    const before = hashFolder(dir);
    expect((await callFails(t.core, 'backup:now', { file: path.join(dir, 'x.bindeled-backup') })).code).toBe('INVALID_INPUT');
    expect(hashFolder(dir)).toEqual(before);
  });
});

describe('the backup on lock, and restore without an open register', () => {
  let auto = '';

  it('backs up when the register is locked', async () => {
    await call(t.core, 'mentees:save', { name: 'Jonas Berg', goals: ['education'] });
    await lock(t.core);
    const status = await call(t.core, 'backup:status', { dir });
    const autos = status.backups.filter((b) => b.kind === 'auto');
    expect(autos).toHaveLength(1);
    auto = autos[0]!.file;
    expect(status.label).toBe('Kanalforeningen');
  });

  it('inspects a backup with its passphrase: date, name and counts', async () => {
    const seen = await call(t.core, 'backup:inspect', { file: auto, secret });
    expect(seen).toMatchObject({ label: 'Kanalforeningen', ok: true, counts: { mentees: 2, organisations: 1 } });
  });

  it('answers a wrong passphrase, a damaged file and a file that is no backup with clear codes', async () => {
    expect(
      (await callFails(t.core, 'backup:inspect', { file: auto, secret: { kind: 'passphrase', passphrase: 'not the one at all' } })).code,
    ).toBe('WRONG_PASSPHRASE');
    const damaged = path.join(tempDir(), 'damaged.bindeled-backup');
    const bytes = readFileSync(auto);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(damaged, bytes);
    expect((await callFails(t.core, 'backup:inspect', { file: damaged, secret })).code).toBe('REGISTER_CORRUPT');
    const notes = path.join(tempDir(), 'notes.bindeled-backup');
    writeFileSync(notes, 'just some notes');
    expect((await callFails(t.core, 'backup:inspect', { file: notes, secret })).code).toBe('FILE_UNREADABLE');
    expect((await callFails(t.core, 'backup:inspect', { file: path.join(tempDir(), 'missing'), secret })).code).toBe('FILE_UNREADABLE');

    const target = path.join(tempDir(), 'never');
    for (const [file, pass, code] of [
      [auto, 'not the one at all', 'WRONG_PASSPHRASE'],
      [damaged, PASSPHRASE, 'REGISTER_CORRUPT'],
      [notes, PASSPHRASE, 'FILE_UNREADABLE'],
    ] as const) {
      expect(
        (await callFails(t.core, 'backup:restore', { file, dir: target, secret: { kind: 'passphrase', passphrase: pass } })).code,
      ).toBe(code);
      expect(existsSync(target)).toBe(false);
    }
  });

  it('restores into a new folder with the same counts, lists it on this computer and opens it', async () => {
    const target = path.join(tempDir(), 'Restored');
    const restored = await call(t.core, 'backup:restore', { file: auto, dir: target, secret });
    expect(restored).toMatchObject({ dir: target, label: 'Kanalforeningen', counts: { mentees: 2, organisations: 1 } });
    expect((await call(t.core, 'app:state', {})).registers[0]!.dir).toBe(target);
    await call(t.core, 'register:unlock', { dir: target, secret });
    expect((await call(t.core, 'mentees:list', {})).map((m) => m.name).sort()).toEqual(['Amina Hassan', 'Jonas Berg']);
    await lock(t.core);
  });

  it('never restores over a register or into a folder with files', async () => {
    const before = hashFolder(dir);
    expect((await callFails(t.core, 'backup:restore', { file: auto, dir, secret })).code).toBe('FOLDER_NOT_EMPTY');
    expect(hashFolder(dir)).toEqual(before);
    const full = path.join(tempDir(), 'Full');
    mkdirSync(full);
    writeFileSync(path.join(full, 'keep.txt'), 'mine');
    expect((await callFails(t.core, 'backup:restore', { file: auto, dir: full, secret })).code).toBe('FOLDER_NOT_EMPTY');
    expect(readdirSync(full)).toEqual(['keep.txt']);
  });

  it('lists every backup in the folder when the register’s key-slot file cannot be read', async () => {
    const broken = path.join(tempDir(), 'Broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'keyslots.json'), '{ damaged');
    const status = await call(t.core, 'backup:status', { dir: broken });
    expect(status).toMatchObject({ label: '', folder: `${broken} backups`, backups: [] });
  });
});

describe('the daily tick', () => {
  it('is core-internal, and backs up once a day while a register is open', async () => {
    expect((await callFails(t.core, 'backup:tick', {})).code).toBe('NOT_ALLOWED');
    await call(t.core, 'register:unlock', { dir, secret });
    // A backup from today exists already (the lock above), so nothing to do today.
    expect(await call(t.core, 'backup:tick', {}, 'internal')).toEqual({ started: false });
    await lock(t.core);
    expect(await call(t.core, 'backup:tick', {}, 'internal')).toEqual({ started: false });
  });
});

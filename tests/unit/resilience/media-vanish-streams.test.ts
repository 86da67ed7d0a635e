import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, callFails, cleanupTempDirs, lock, PASSPHRASE, unlock } from '../core/helpers';
import type { Channel } from '../../../shared/contract';
import { filesOn, inputOn, mediaRig, type MediaRig } from './media-rig';
import { mountTmpfs, unmount } from './tmpfs';

// A stick that goes away while Bindeled writes to it or reads from it. node:fs is wrapped:
// the `pullAt`-th write into a temp file first pulls the stick (removes the folder, or unmounts
// the tmpfs), then writes on; and a read of a file on the stick reads its first half, pulls the
// stick, and fails the rest with EIO, as a USB stick pulled out does (a lazily unmounted tmpfs
// would still serve a file already open, so that error is the one thing put in by hand).
// The contacts export (one buffer) and the partner directory (streamed, export/docx-stream.ts)
// must fail with IO_ERROR and leave nothing where the folder was; a restore from a backup on a
// stick pulled mid-read must refuse with FILE_UNREADABLE, make no register folder, and leave
// the open register as it was. A stick pulled after an output was renamed into place and logged
// (before its folder's fsync) is no failure: the output and its disclosure happened, so the
// call reports success, says so in a warning, and the log keeps the row. Then the register
// locks, reopens and verifies.

let pull: (() => void) | null = null;
let pullAt = 1;
let writes = 0;
let readsFrom: string | null = null;
let opensIn: string | null = null;
/** The folder whose own opening (its fsync, once the output is renamed and logged) pulls the stick. */
let fsyncOf: string | null = null;
/** Only temp files on the stick count, not the register's own (keyslots.json's anchor). */
let writesIn = '';
const tempFds = new Set<number>();

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = (file: import('node:fs').PathLike, ...rest: unknown[]) => {
    if (((opensIn && String(file).startsWith(opensIn)) || (fsyncOf && String(file) === fsyncOf)) && pull) {
      const now = pull;
      pull = null;
      now();
    }
    const fd = (fs.openSync as (...a: unknown[]) => number)(file, ...rest);
    if (String(file).endsWith('.tmp') && String(file).startsWith(writesIn) && pull) tempFds.add(fd);
    return fd;
  };
  const writeSync = (fd: number, ...rest: unknown[]) => {
    if (tempFds.has(fd) && pull && ++writes >= pullAt) {
      const now = pull;
      pull = null;
      now();
    }
    return (fs.writeSync as (...a: unknown[]) => number)(fd, ...rest);
  };
  const readFileSync = (file: import('node:fs').PathOrFileDescriptor, ...rest: unknown[]) => {
    if (readsFrom && pull && String(file).startsWith(readsFrom)) {
      const fd = fs.openSync(file as string, 'r');
      const half = Buffer.alloc(Math.ceil(fs.fstatSync(fd).size / 2));
      fs.readSync(fd, half, 0, half.length, 0);
      const now = pull;
      pull = null;
      now();
      fs.closeSync(fd);
      throw Object.assign(new Error(`EIO: i/o error, read '${String(file)}'`), { code: 'EIO', errno: -5, syscall: 'read' });
    }
    return (fs.readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
  };
  const patched = { openSync, writeSync, readFileSync };
  return { ...fs, default: { ...fs, ...patched }, ...patched };
});

// A wrap of node:fs cannot reach a worker thread, so the restores here run in core's own thread
// (the path taken where no worker can start, backup/off-thread.ts): the same restoreBackup either
// way. The worker's own path is covered by media-faults.test.ts and backup/off-thread.test.ts.
vi.mock('../../../electron/core/backup/worker-run', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../electron/core/backup/worker-run')>()),
  canBackUpInWorker: () => false,
}));

const probe = mountTmpfs('1m');
const skip = 'reason' in probe ? probe.reason : null;
if ('dir' in probe) unmount(probe.dir);
if (skip) process.stdout.write(`[media-vanish-streams] skipped: ${skip}\n`);
let rig: MediaRig;
const SMALL: { name: string; channel: Channel; paths: string[] }[] = [
  { name: 'import error file', channel: 'import:errorFile', paths: ['out'] },
  { name: 'access export', channel: 'rights:accessExport', paths: ['path'] },
  { name: 'evidence copy', channel: 'consents:saveEvidenceCopy', paths: ['path'] },
  { name: 'recall letter', channel: 'rights:recallLetter', paths: ['path'] },
  { name: 'feedback report', channel: 'reports:feedbackExport', paths: ['path'] },
];
let backupFile: string;

beforeAll(async () => {
  if (skip) return;
  rig = await mediaRig('Stikforeningen');
  backupFile = path.join(rig.fx.work, 'made.bindeled-backup');
  // Enough partners that the directory is written in many pieces, so the stick goes mid-file.
  for (let i = 0; i < 60; i++) {
    const org = await call(rig.core, 'organisations:save', { name: `Partner ${i} i Vejle`, sector: 'job-centre', municipality: 'Vejle' });
    await call(rig.core, 'contacts:save', { name: `Kontakt ${i} Holm`, memberships: [{ organisationId: org.id }] });
  }
  await call(rig.core, 'backup:now', { file: backupFile });
}, 120_000);

afterAll(() => {
  if (!skip) {
    process.stdout.write(`[media-vanish-streams] ${rig.tried.length} fault cases tried; the register stayed consistent after every one.\n`);
    rig.core.shutdown();
  }
  cleanupTempDirs();
});

/** A fresh stick with a folder on it; `how` pulls it. */
function stick(how: 'removed' | 'unmounted') {
  const mounted = mountTmpfs('4m');
  if (!('dir' in mounted)) throw new Error(mounted.reason);
  const folder = path.join(mounted.dir, 'USB', 'Ud');
  mkdirSync(folder, { recursive: true });
  return {
    media: mounted.dir,
    folder,
    pull: how === 'removed' ? () => rmSync(folder, { recursive: true, force: true }) : () => unmount(mounted.dir),
    done: () => unmount(mounted.dir),
  };
}

type Prepared = (folder: string) => Promise<() => Promise<{ code: string }>>;

/** `prepare` builds its input (before the stick is armed) and returns the call to make. */
async function writeWhile(label: string, how: 'removed' | 'unmounted', at: number, prepare: Prepared) {
  const s = stick(how);
  try {
    const run = await prepare(s.folder);
    const before = rig.fingerprint();
    writesIn = s.media;
    writes = 0;
    pullAt = at;
    pull = s.pull;
    const error = await run();
    expect(pull, `${label}: the write onto the stick was reached`).toBeNull();
    if (at > 1) expect(writes, `${label}: pulled mid-file`).toBeGreaterThanOrEqual(at);
    expect(error.code, label).toBe('IO_ERROR');
    expect(rig.fingerprint(), `${label}: the register changed`).toBe(before);
    if (how === 'removed') expect(filesOn(s.media), `${label}: files left on the stick`).toEqual([]);
    expect((await call(rig.core, 'register:info', {})).dir).toBe(rig.fx.dir);
    rig.tried.push(label);
  } finally {
    pull = null;
    tempFds.clear();
    s.done();
  }
}

describe.skipIf(skip !== null)('a stick that goes away mid-write or mid-read', () => {
  for (const how of ['removed', 'unmounted'] as const) {
    it(`the contacts export fails with IO_ERROR when the folder is ${how} while the file is written`, async () => {
      for (const format of ['csv', 'xlsx'] as const)
        await writeWhile(
          `contacts ${format} (folder ${how})`,
          how,
          1,
          async (folder) => () => callFails(rig.core, 'export:contacts', { path: path.join(folder, `contacts.${format}`), format }),
        );
    });

    it(`the streamed directory fails with IO_ERROR when the folder is ${how} in the middle of the file`, async () => {
      await writeWhile(
        `directory (folder ${how} mid-stream)`,
        how,
        3,
        async (folder) => () => callFails(rig.core, 'directory:generate', { path: path.join(folder, 'directory.docx') }),
      );
    });

    it(`the smaller outputs fail with IO_ERROR when the folder is ${how} while they are written`, async () => {
      for (const c of SMALL)
        await writeWhile(`${c.name} (folder ${how})`, how, 1, async (folder) => {
          const input = await inputOn(rig, c.channel, c.paths)(folder);
          return () => callFails(rig.core, c.channel, input);
        });
    });
  }

  it('a restore from a backup on a stick pulled while it is read refuses, and the open register is as it was', async () => {
    const s = stick('unmounted');
    try {
      const file = path.join(s.folder, 'register.bindeled-backup');
      await call(rig.core, 'backup:now', { file });
      const target = path.join(rig.fx.work, 'Restored');
      const before = rig.fingerprint();
      readsFrom = s.media;
      pull = s.pull;
      const error = await callFails(rig.core, 'backup:restore', {
        file,
        dir: target,
        secret: { kind: 'passphrase', passphrase: PASSPHRASE },
      });
      expect(pull, 'the read from the stick was reached').toBeNull();
      expect(error.code).toBe('FILE_UNREADABLE');
      expect(filesOn(rig.fx.work).filter((f) => f.startsWith('Restored'))).toEqual([]);
      expect(rig.fingerprint()).toBe(before);
      expect((await call(rig.core, 'register:info', {})).dir).toBe(rig.fx.dir);
      // The stick is gone for good now: the same restore still says the file cannot be read.
      expect(
        (await callFails(rig.core, 'backup:restore', { file, dir: target, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).code,
      ).toBe('FILE_UNREADABLE');
      rig.tried.push('restore from a stick pulled mid-read', 'restore from a stick that is gone');
    } finally {
      readsFrom = null;
      pull = null;
      s.done();
    }
  });

  it('a restore onto a stick pulled as the restored register is written fails with IO_ERROR and leaves nothing', async () => {
    for (const how of ['removed', 'unmounted'] as const) {
      const s = stick(how);
      try {
        const target = path.join(s.folder, 'Restored');
        const before = rig.fingerprint();
        opensIn = target;
        pull = s.pull;
        const error = await callFails(rig.core, 'backup:restore', {
          file: backupFile,
          dir: target,
          secret: { kind: 'passphrase', passphrase: PASSPHRASE },
        });
        expect(pull, 'the write onto the stick was reached').toBeNull();
        expect(error.code, how).toBe('IO_ERROR');
        if (how === 'removed') expect(filesOn(s.media)).toEqual([]);
        expect(rig.fingerprint()).toBe(before);
        rig.tried.push(`restore onto a stick (${how} mid-write)`);
      } finally {
        opensIn = null;
        pull = null;
        s.done();
      }
    }
  });

  it('an output renamed into place and logged before its folder went reports success, with a warning and its log row', async () => {
    type Committed = { name: string; action: string; prepare: (folder: string) => Promise<() => Promise<unknown>> };
    const small = (name: string, action: string): Committed => {
      const c = SMALL.find((x) => x.name === name)!;
      return {
        name,
        action,
        prepare: async (folder) => {
          const input = await inputOn(rig, c.channel, c.paths)(folder);
          return () => call(rig.core, c.channel, input as never);
        },
      };
    };
    const COMMITTED: Committed[] = [
      small('feedback report', 'feedback.report-written'),
      small('access export', 'access-export.written'),
      {
        name: 'contacts CSV',
        action: 'export.contacts',
        prepare: async (folder) => () => call(rig.core, 'export:contacts', { path: path.join(folder, 'contacts.csv'), format: 'csv' }),
      },
      {
        name: 'directory (streamed)',
        action: 'export.directory',
        prepare: async (folder) => () => call(rig.core, 'directory:generate', { path: path.join(folder, 'directory.docx') }),
      },
    ];
    const seq = () => (rig.fx.db().prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number }).seq;
    for (const how of ['removed', 'unmounted'] as const)
      for (const c of COMMITTED) {
        const label = `${c.name} (folder ${how} after the commit)`;
        const s = stick(how);
        let warned = '';
        const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
          warned += String(chunk);
          return true;
        });
        try {
          const run = await c.prepare(s.folder);
          const before = seq();
          fsyncOf = s.folder;
          pull = s.pull;
          await run();
          expect(pull, `${label}: the folder's fsync was reached`).toBeNull();
          const actions = (rig.fx.db().prepare('SELECT action FROM audit_log WHERE seq > ?').all(before) as { action: string }[]).map(
            (r) => r.action,
          );
          expect(actions, label).toContain(c.action);
          expect(warned, label).toContain('"event":"output.folder-fsync-failed"');
          expect((await call(rig.core, 'register:info', {})).dir).toBe(rig.fx.dir);
          rig.tried.push(label);
        } finally {
          stderr.mockRestore();
          fsyncOf = null;
          pull = null;
          s.done();
        }
      }
  });

  it('the register locks, reopens and verifies afterwards', async () => {
    await lock(rig.core);
    await unlock(rig.core, rig.fx.dir);
    expect((await call(rig.core, 'register:verify', {})).ok).toBe(true);
  });
});

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../shared/contract';
import { da } from '../../../shared/i18n/da';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { nb } from '../../../shared/i18n/nb';
import { sv } from '../../../shared/i18n/sv';
import { call, callFails, cleanupTempDirs, hashFolder, lock, PASSPHRASE, tempDir, unlock } from '../core/helpers';
import { filesOn, mediaRig, type MediaRig } from './media-rig';
import { bindReadOnly, mountTmpfs, unbind, unmount } from './tmpfs';

// An import into a register whose own folder cannot be written (the drive switched to
// read-only, a share whose permissions changed), and what comes around it: locking and
// unlocking there. The import is refused before it writes a row, with REGISTER_FOLDER_READ_ONLY
// (the open database might take the rows, but the audit anchor beside it could not follow
// them); the lock still locks; an unlock there says why it cannot open instead of SQLite's
// "unable to open database file", and changes no byte. With the folder writable again the
// register opens, verifies and takes the same import.

const probe = mountTmpfs('1m');
const skip = 'reason' in probe ? probe.reason : null;
if ('dir' in probe) unmount(probe.dir);
if (skip) process.stdout.write(`[media-register-ro] skipped: ${skip}\n`);
let rig: MediaRig;
let csv: string;
let mapping: Output<'import:preview'>['mapping'];
const ROWS = 800;

const contacts = () => (rig.fx.db().prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;

beforeAll(async () => {
  if (skip) return;
  rig = await mediaRig('Skrivebeskyttet forening');
  const lines = ['Name;Organisation;Email'];
  for (let i = 0; i < ROWS; i++) lines.push(`Person ${i} Holm;Holm-organisation ${i % 20};holm${i}@example.dk`);
  csv = path.join(tempDir('bindeled-ro-import-'), 'contacts.csv');
  writeFileSync(csv, `${lines.join('\r\n')}\r\n`);
  mapping = (await call(rig.core, 'import:preview', { path: csv, target: 'contacts' })).mapping;
}, 60_000);

afterAll(() => {
  if (!skip) {
    process.stdout.write(`[media-register-ro] ${rig.tried.length} fault cases tried; the register stayed consistent after every one.\n`);
    rig.core.shutdown();
  }
  cleanupTempDirs();
});

describe.skipIf(skip !== null)('import into a register whose folder is read-only', () => {
  it('has the error in all five languages, apart from the plain read-only disk', () => {
    for (const catalog of [en, da, nb, sv, fi]) {
      expect(catalog.errors.REGISTER_FOLDER_READ_ONLY).toMatch(/\S/);
      expect(catalog.errors.REGISTER_FOLDER_READ_ONLY).not.toBe(catalog.errors.READ_ONLY);
    }
  });

  it('refuses the import with REGISTER_FOLDER_READ_ONLY before a row is written', async () => {
    const before = contacts();
    bindReadOnly(rig.fx.dir);
    try {
      await rig.expectCleanFailure(
        'import into a read-only register folder',
        'REGISTER_FOLDER_READ_ONLY',
        () => callFails(rig.core, 'import:run', { path: csv, target: 'contacts', mapping, operationId: 'ro' }),
        rig.fx.dir,
      );
    } finally {
      unbind(rig.fx.dir);
    }
    expect(contacts()).toBe(before);
  });

  it('still locks when the folder turned read-only, and an unlock there fails clearly and changes nothing', async () => {
    bindReadOnly(rig.fx.dir);
    try {
      // The lock closes the register although its marker cannot be removed.
      await lock(rig.core);
      expect((await callFails(rig.core, 'register:info', {})).code).toBe('REGISTER_LOCKED');
      const files = hashFolder(rig.fx.dir);
      const error = await callFails(rig.core, 'register:unlock', {
        dir: rig.fx.dir,
        secret: { kind: 'passphrase', passphrase: PASSPHRASE },
      });
      expect(error.code).toBe('REGISTER_FOLDER_READ_ONLY');
      expect(hashFolder(rig.fx.dir)).toEqual(files);
      // A wrong passphrase still says so first: the folder is looked at only once the key is known.
      const wrong = await callFails(rig.core, 'register:unlock', {
        dir: rig.fx.dir,
        secret: { kind: 'passphrase', passphrase: 'x'.repeat(20) },
      });
      expect(wrong.code).toBe('WRONG_PASSPHRASE');
      rig.tried.push('lock in a read-only register folder', 'unlock in a read-only register folder');
    } finally {
      unbind(rig.fx.dir);
    }
  });

  it('with the folder writable again, the register opens, verifies and takes the same import whole', async () => {
    await unlock(rig.core, rig.fx.dir);
    expect((await call(rig.core, 'register:verify', {})).ok).toBe(true);
    const before = contacts();
    const done = await call(rig.core, 'import:run', { path: csv, target: 'contacts', mapping, operationId: 'rw' });
    expect(done.created).toBe(ROWS);
    expect(contacts()).toBe(before + ROWS);
    expect(filesOn(rig.fx.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await call(rig.core, 'register:verify', {})).ok).toBe(true);
  });
});

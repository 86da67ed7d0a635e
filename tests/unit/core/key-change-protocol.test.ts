import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTENT_FILE } from '../../../electron/core/crypto/keyslot-change';
import { keySlotPath } from '../../../electron/core/crypto/keyslots';
import { dbPath, openDatabase } from '../../../electron/core/db/driver';
import { CREATING_MARKER } from '../../../electron/core/register/open-register';
import {
  call,
  callFails,
  cleanupTempDirs,
  createRegister,
  dataKeyOf,
  lock,
  newCore,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  tempDir,
  unlock,
} from './helpers';

// The key-change and creation protocol's paths that are not crashes (the crashes are in
// tests/unit/resilience/key-change-crash.test.ts): a database that refuses the audit row, an
// intent another live process is still working on, and leftovers of an interrupted creation
// next to a file of the user's.

afterAll(cleanupTempDirs);

describe('a key change whose audit row the database refuses', () => {
  it('fails, puts the old keyslots.json back byte for byte, leaves no intent, and the old passphrase still opens', async () => {
    const t = newCore();
    const { dir } = await createRegister(t.core);
    const before = readFileSync(keySlotPath(dir));
    // A second connection makes the audit insert of this one change fail, as a full disk would.
    const other = openDatabase(dbPath(dir), await dataKeyOf(dir), { create: false });
    other.exec(
      "CREATE TRIGGER refuse BEFORE INSERT ON audit_log WHEN NEW.action = 'passphrase.changed' BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    const error = await callFails(t.core, 'register:changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE });
    // A constraint SQLite raised: no code of its own, so INTERNAL ("Nothing was changed. Try again").
    expect(error.code).toBe('INTERNAL');
    expect(readFileSync(keySlotPath(dir))).toEqual(before);
    expect(existsSync(path.join(dir, INTENT_FILE))).toBe(false);
    other.exec('DROP TRIGGER refuse');
    other.close();
    await lock(t.core);
    expect((await callFails(t.core, 'register:unlock', { dir, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    await unlock(t.core, dir, PASSPHRASE);
    await lock(t.core);
    t.core.shutdown();
  });
});

describe('an intent whose writer is still running', () => {
  it('is left alone by another process that unlocks meanwhile', async () => {
    const t = newCore();
    const { dir } = await createRegister(t.core);
    await lock(t.core);
    // The parent of this test process is alive: its intent is "in flight", not ours to settle.
    const intent = { format: 'bindeled-keyslot-intent', version: 1, token: 'in-flight-token', pid: process.ppid };
    const text = JSON.stringify({
      ...intent,
      temp: '.keyslots.json.1.2.tmp',
      oldSha256: '',
      newSha256: '',
      sealed: { iv: '', ct: '', tag: '' },
    });
    writeFileSync(path.join(dir, INTENT_FILE), text);
    await unlock(t.core, dir);
    expect(readFileSync(path.join(dir, INTENT_FILE), 'utf8')).toBe(text);
    await lock(t.core);
    t.core.shutdown();
  });
});

describe('creating again after an interrupted creation', () => {
  const create = (dir: string) => ({ dir, organisationName: 'Again', language: 'sv' as const, passphrase: PASSPHRASE });

  it('clears exactly what creation writes and creates the register', async () => {
    const dir = path.join(tempDir(), 'register');
    mkdirSync(dir);
    for (const name of [CREATING_MARKER, 'register.db', 'register.db-wal', '.keyslots.json.123.456.tmp'])
      writeFileSync(path.join(dir, name), 'x');
    const t = newCore();
    await call(t.core, 'register:create', create(dir));
    expect((await call(t.core, 'register:verify', {})).ok).toBe(true);
    await lock(t.core);
    t.core.shutdown();
    expect(
      readdirSync(dir)
        .filter((n) => !n.startsWith('.bindeled-open-'))
        .sort(),
    ).toEqual(['keyslots.json', 'register.db']);
  });

  it('refuses, and deletes nothing, when the folder also holds a file that is not ours', async () => {
    const dir = path.join(tempDir(), 'register');
    mkdirSync(dir);
    for (const name of [CREATING_MARKER, 'register.db', 'notes.txt']) writeFileSync(path.join(dir, name), 'x');
    const t = newCore();
    expect((await callFails(t.core, 'register:create', create(dir))).code).toBe('FOLDER_NOT_EMPTY');
    t.core.shutdown();
    expect(readdirSync(dir).sort()).toEqual([CREATING_MARKER, 'notes.txt', 'register.db']);
  });
});

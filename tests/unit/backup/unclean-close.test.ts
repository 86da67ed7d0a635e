import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo/generate';
import { CoreError } from '../../../electron/core/errors';
import { closeRegister, createRegister, unlockRegister } from '../../../electron/core/register/open-register';
import { cleanupTempDirs, hashFolder, PASSPHRASE, tempDir } from '../core/helpers';

// A register not closed cleanly (crash, power cut, killed process) leaves a marker; the next open
// runs quick_check first. Damage found that way is REGISTER_CORRUPT, and nothing is deleted.

let pristine: string;
const passphrase = { kind: 'passphrase' as const, passphrase: PASSPHRASE };
/** The pid of a process that has ended, as after a crash. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;
const markers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.bindeled-open-'));

beforeAll(async () => {
  pristine = path.join(tempDir(), 'register');
  const { register } = await createRegister({
    dir: pristine,
    organisationName: 'Markørforeningen',
    language: 'da',
    passphrase: PASSPHRASE,
  });
  generateDemo(register.db, 's', register.actor);
  closeRegister(register, 'test');
}, 60_000);
afterAll(cleanupTempDirs);

function copyOf(source: string): string {
  const dir = path.join(tempDir(), 'copy');
  cpSync(source, dir, { recursive: true });
  return dir;
}

describe('the open marker', () => {
  it('is there while the register is open and gone after a clean close', async () => {
    const dir = copyOf(pristine);
    const register = await unlockRegister(dir, passphrase);
    expect(markers(dir)).toEqual([`.bindeled-open-${process.pid}`]);
    closeRegister(register, 'test');
    expect(markers(dir)).toEqual([]);
  });

  it('after an unclean close: checks the file, opens a healthy register and clears the stale marker', async () => {
    const dir = copyOf(pristine);
    const stale = `.bindeled-open-${deadPid()}`;
    writeFileSync(path.join(dir, stale), 'x');
    const register = await unlockRegister(dir, passphrase);
    expect(markers(dir)).toEqual([`.bindeled-open-${process.pid}`]);
    closeRegister(register, 'test');
    expect(existsSync(path.join(dir, stale))).toBe(false);
  });

  it('keeps the marker of a process that still has the register open', async () => {
    const dir = copyOf(pristine);
    // This test's parent process is alive for sure.
    const live = `.bindeled-open-${process.ppid}`;
    writeFileSync(path.join(dir, live), 'x');
    closeRegister(await unlockRegister(dir, passphrase), 'test');
    expect(markers(dir)).toEqual([live]);
  });

  it('finds damage that a plain open misses, reports it as REGISTER_CORRUPT and changes no file', async () => {
    const size = readFileSync(path.join(pristine, 'register.db')).length;
    let found = 0;
    // Pages from the end: table pages a plain open (schema, users, audit tail) does not read.
    for (let page = size / 4096; page > 1 && found === 0; page -= 1) {
      const dir = copyOf(pristine);
      const file = path.join(dir, 'register.db');
      const bytes = readFileSync(file);
      bytes[(page - 1) * 4096 + 2048]! ^= 0x10;
      writeFileSync(file, bytes);
      let plainOpenWorks = true;
      try {
        closeRegister(await unlockRegister(dir, passphrase), 'test');
      } catch {
        plainOpenWorks = false;
      }
      if (!plainOpenWorks) continue;
      // The same damage, found after a crash: the marker makes the open look at every page.
      writeFileSync(path.join(dir, `.bindeled-open-${deadPid()}`), 'x');
      const before = hashFolder(dir);
      const error = await unlockRegister(dir, passphrase).then(
        () => null,
        (e: unknown) => e,
      );
      if (error === null) continue; // a free page: quick_check does not read it either (verify's page pass does)
      expect(error).toBeInstanceOf(CoreError);
      expect((error as CoreError).code).toBe('REGISTER_CORRUPT');
      expect(hashFolder(dir)).toEqual(before);
      found = page;
    }
    expect(found, 'a page whose damage only quick_check finds').toBeGreaterThan(0);
  }, 120_000);
});

import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYSLOT_FILE } from '../../../electron/core/crypto/keyslots';
import { dbPath } from '../../../electron/core/db/driver';
import { exportDataKey } from '../../../electron/core/register/export-key';
import { cleanupTempDirs, PASSPHRASE, tempDir } from './helpers';
import { CoreProcess } from './core-process';

// Invariant 1: no register content reaches disk unencrypted. A child core process (the real
// entry) writes marker strings with its temp folder pointed at a fresh folder, which is scanned
// together with the register folder, before and after locking.

const MARKER = 'MARKER-Ørsted-7f3a9c';
const NEEDLES = [MARKER, 'rsted-7f3a9c'].flatMap((text) => [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')]);

/** Every file under a folder, with the needles found in it. */
function scan(dir: string): { file: string; found: string[] }[] {
  const out: { file: string; found: string[] }[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const bytes = readFileSync(full);
        out.push({ file: full, found: NEEDLES.filter((n) => bytes.includes(n)).map((n) => n.toString('hex')) });
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}
const leaks = (dir: string) => scan(dir).filter((f) => f.found.length > 0);

// SQLCipher's own code; an optional dependency that compiles from source.
const require = createRequire(import.meta.url);
let sqlcipher: typeof import('@journeyapps/sqlcipher') | undefined;
let sqlcipherMissing = '';
try {
  sqlcipher = require('@journeyapps/sqlcipher') as typeof import('@journeyapps/sqlcipher');
} catch (error) {
  sqlcipherMissing = (error as Error).message.split('\n')[0] ?? 'unknown';
}
const onCi = process.env.CI === 'true';
if (!sqlcipher && !onCi)
  console.warn(`[at-rest] skipping the SQLCipher check: @journeyapps/sqlcipher could not be loaded (${sqlcipherMissing})`);

let registerDir: string;
let childTmp: string;
let profileDir: string;
let openScan: { file: string; found: string[] }[];
let walWhileOpen = 0;

beforeAll(async () => {
  registerDir = path.join(tempDir(), 'register');
  childTmp = tempDir('bindeled-child-tmp-');
  profileDir = tempDir('bindeled-profile-');
  const core = await CoreProcess.start({ TMPDIR: childTmp, TMP: childTmp, TEMP: childTmp, BINDELED_PROFILE_DIR: profileDir });
  const ok = async (channel: string, input: unknown) => {
    const result = await core.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  };
  await ok('register:create', { dir: registerDir, organisationName: 'Neutral label', language: 'da', passphrase: PASSPHRASE });
  for (let i = 0; i < 20; i++) await ok('settings:update', { organisationName: `${MARKER}-${i}-æøå`, autoLockMinutes: 1 + i });
  await ok('register:lock', { reason: 'user' });
  await ok('register:unlock', { dir: registerDir, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
  for (let i = 20; i < 30; i++) await ok('settings:update', { organisationName: `${MARKER}-${i}-æøå` });
  // Scanned while the register is open, when the WAL holds the newest pages.
  openScan = scan(registerDir);
  walWhileOpen = statSync(`${dbPath(registerDir)}-wal`).size;
  await ok('register:lock', { reason: 'user' });
  await core.stop();
});
afterAll(cleanupTempDirs);

describe('at rest', () => {
  it('the scanner finds the marker where it is (control)', () => {
    const plain = Buffer.concat([Buffer.from('x'), Buffer.from(`${MARKER}-1`, 'utf16le')]);
    expect(NEEDLES.some((n) => plain.includes(n))).toBe(true);
  });

  it('has no marker in register.db, its WAL and WAL index, or the key-slot file, while open and after locking', () => {
    expect(openScan.map((f) => path.basename(f.file))).toEqual(
      expect.arrayContaining(['register.db', 'register.db-wal', 'register.db-shm', KEYSLOT_FILE]),
    );
    expect(walWhileOpen).toBeGreaterThan(0);
    expect(openScan.filter((f) => f.found.length > 0)).toEqual([]);
    expect(scan(registerDir).map((f) => path.basename(f.file))).toContain('register.db');
    expect(leaks(registerDir)).toEqual([]);
  });

  it('has no marker in any file the core process left in its temp folder or profile', () => {
    expect(leaks(childTmp)).toEqual([]);
    expect(leaks(profileDir)).toEqual([]);
  });

  it('cannot be read by plain SQLite (not a database without the key)', () => {
    const db = new Database(dbPath(registerDir), { readonly: true, fileMustExist: true });
    try {
      expect(() => db.prepare('SELECT name FROM sqlite_schema').all()).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }));
    } finally {
      db.close();
    }
  });

  it.skipIf(!sqlcipher && !onCi)('opens with SQLCipher’s own code given the raw key, and holds the markers', async () => {
    if (!sqlcipher) throw new Error(`CI=true but @journeyapps/sqlcipher is not available: ${sqlcipherMissing}`);
    const { keyHex } = await exportDataKey(registerDir, PASSPHRASE);
    expect(keyHex).toMatch(/^[0-9a-f]{64}$/);
    const readSettings = (hex: string) =>
      new Promise<{ key: string; value: string }[]>((resolve, reject) => {
        const db = new sqlcipher!.Database(dbPath(registerDir), (openError) => openError && reject(openError));
        db.serialize(() => {
          db.run('PRAGMA cipher_compatibility = 4');
          db.run(`PRAGMA key = "x'${hex}'"`);
          db.all('SELECT key, value FROM settings ORDER BY key', (error, rows) => {
            db.close();
            if (error) reject(error);
            else resolve(rows as { key: string; value: string }[]);
          });
        });
      });
    const rows = await readSettings(keyHex);
    expect(rows.find((r) => r.key === 'organisationName')?.value).toBe(JSON.stringify(`${MARKER}-29-æøå`));
    expect(rows.find((r) => r.key === 'autoLockMinutes')?.value).toBe('20');
    // And the same code refuses a wrong key: the file really is encrypted, not merely obscure.
    await expect(readSettings('00'.repeat(32))).rejects.toThrow(/not a database|SQLITE_NOTADB/);
  });
});

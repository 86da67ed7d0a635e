import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dbPath, openDatabase } from '../../../electron/core/db/driver';
import { verifyRegister } from '../../../electron/core/register/inspect';
import { closeRegister, createRegister, unlockRegister } from '../../../electron/core/register/open-register';
import { verifyRegisterReadOnly } from '../../../electron/core/register/verify-read-only';
import { cleanupTempDirs, hashFolder, PASSPHRASE, tempDir } from './helpers';

// verify changes no file it checks: not register.db, its -wal or -shm, nor keyslots.json; no
// checkpoint, no audit row, no open-marker. Also while another connection holds a write
// transaction whose pages have spilled into the WAL (frames with no commit frame after them).

afterAll(cleanupTempDirs);

const secret = { kind: 'passphrase' as const, passphrase: PASSPHRASE };

async function newRegister(): Promise<string> {
  const dir = path.join(tempDir(), 'register');
  const created = await createRegister({ dir, organisationName: 'Læseforeningen', language: 'da', passphrase: PASSPHRASE });
  closeRegister(created.register, 'user');
  return dir;
}

describe('verify is read-only', () => {
  it('leaves a closed register byte-identical, and creates no -wal or -shm', async () => {
    const dir = await newRegister();
    const before = hashFolder(dir);
    expect(Object.keys(before).sort()).toEqual(['keyslots.json', 'register.db']);
    expect((await verifyRegisterReadOnly(dir, secret)).ok).toBe(true);
    expect(hashFolder(dir)).toEqual(before);
  });

  it('leaves every file byte-identical while the app has it open with uncommitted frames in the WAL', async () => {
    const dir = await newRegister();
    const open = await unlockRegister(dir, secret);
    const writer = openDatabase(dbPath(dir), open.dataKey, { create: false });
    try {
      // A tiny page cache makes SQLite spill the transaction's pages into the WAL before COMMIT.
      writer.pragma('cache_size = 2');
      const walBefore = hashFolder(dir)['register.db-wal'];
      writer.exec('BEGIN IMMEDIATE');
      const insert = writer.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
      for (let i = 0; i < 400; i++) insert.run(`spill-${i}`, JSON.stringify('x'.repeat(900)));
      // Written inside the open transaction, so none of these frames is followed by a commit frame.
      expect(hashFolder(dir)['register.db-wal']).not.toBe(walBefore);
      expect(statSync(`${dbPath(dir)}-wal`).size).toBeGreaterThan(100 * (24 + 4096));
      expect(existsSync(`${dbPath(dir)}-shm`)).toBe(true);

      const before = hashFolder(dir);
      const report = await verifyRegisterReadOnly(dir, secret);
      expect(hashFolder(dir)).toEqual(before);
      // What verify saw is the committed register: the spilled rows are not in it.
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);
      writer.exec('ROLLBACK');
    } finally {
      writer.close();
      closeRegister(open, 'user');
    }
  });

  it('the open register’s own verify does not checkpoint its WAL', async () => {
    const dir = await newRegister();
    const open = await unlockRegister(dir, secret);
    try {
      const before = hashFolder(dir);
      expect(statSync(`${dbPath(dir)}-wal`).size).toBeGreaterThan(0);
      expect(verifyRegister(open).ok).toBe(true);
      expect(hashFolder(dir)).toEqual(before);
    } finally {
      closeRegister(open, 'user');
    }
  });
});

import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { VerifyReport } from '../../../shared/contract';
import { privateTempDir } from '../backup/backup';
import { readKeySlots, unwrapWithMethod } from '../crypto/keyslots';
import { dbPath } from '../db/driver';
import { keySlotPath } from '../crypto/keyslots';
import { openOrExplain } from './foreign-keyslots';
import { CoreError } from '../errors';
import { verifyRegister } from './inspect';

// `verify` without unlocking: no audit row, no open-marker, no migration, no checkpoint. SQLite
// opens a WAL database read-only without touching it only with the `readonly_shm` URI parameter,
// and this driver is built without URI filenames (SQLITE_USE_URI=0); a plain read-only open
// rebuilds the -shm or creates -wal and -shm. So the register's files are only read, byte for
// byte, into an owner-only temp folder (they are ciphertext), and the copy is what SQLite opens:
// it recovers the committed part of the WAL there and ignores uncommitted frames, as the app would.

const PARTS = ['', '-wal'] as const;

type Stamp = string;
function stamp(file: string): Stamp {
  if (!existsSync(file)) return 'absent';
  const s = statSync(file);
  return `${s.size}:${s.mtimeMs}`;
}

/** Copies register.db and its WAL; again when either changed meanwhile (the app has it open). */
function snapshot(dir: string, into: string): void {
  const source = dbPath(dir);
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = PARTS.map((p) => stamp(source + p));
    for (const p of PARTS) {
      rmSync(dbPath(into) + p, { force: true });
      if (existsSync(source + p)) copyFileSync(source + p, dbPath(into) + p);
    }
    copyFileSync(keySlotPath(dir), keySlotPath(into));
    if (PARTS.every((p, i) => stamp(source + p) === before[i])) return;
  }
  throw new CoreError('REGISTER_BUSY', 'the register changed during the check');
}

export type VerifySecret = { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; recoveryKey: string };

/** Verifies the register in `dir` without changing any file in it. */
export async function verifyRegisterReadOnly(dirInput: string, secret: VerifySecret): Promise<z.output<typeof VerifyReport>> {
  const dir = path.resolve(dirInput);
  const slots = readKeySlots(dir);
  if (!existsSync(dbPath(dir))) throw new CoreError('REGISTER_NOT_FOUND', dbPath(dir));
  const { dataKey } = await unwrapWithMethod(slots, secret);
  const work = privateTempDir();
  try {
    snapshot(dir, work);
    const db = openOrExplain(dbPath(work), dataKey, { readonly: true });
    try {
      return verifyRegister({ dir: work, db, dataKey, slots });
    } finally {
      db.close();
    }
  } finally {
    dataKey.fill(0);
    rmSync(work, { recursive: true, force: true });
  }
}

import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { snapshotBackup } from '../electron/core/backup/backup';
import type { OpenRegister } from '../electron/core/register/open-register';

// Backups: the VACUUM INTO snapshot on both registers (the encrypted one writes encrypted pages),
// and Bindeled's whole backup file (snapshot, check that the copy is encrypted and authenticates,
// counts, SHA-256, one file written atomically), which has no plain counterpart.

interface Row {
  operation: string;
  encrypted: number | string;
  plain: number | string;
}

function timed(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

function vacuumInto(register: OpenRegister, file: string): number {
  rmSync(file, { force: true });
  const ms = timed(() => {
    register.db.prepare('VACUUM INTO ?').run(file);
    // What a backup does with the copy next: read it whole and hash it.
    createHash('sha256').update(readFileSync(file)).digest('hex');
  });
  rmSync(file, { force: true });
  return ms;
}

export function measureBackup(encrypted: OpenRegister, plain: OpenRegister, out: string): Row[] {
  const size = statSync(path.join(encrypted.dir, 'register.db')).size;
  const snapshotEncrypted = vacuumInto(encrypted, path.join(out, 'snapshot-encrypted.db'));
  const snapshotPlain = vacuumInto(plain, path.join(out, 'snapshot-plain.db'));
  const file = path.join(out, 'bench.bindeled-backup');
  let bytes = 0;
  const wholeMs = timed(() => {
    bytes = snapshotBackup(encrypted, file).bytes;
  });
  writeFileSync(path.join(out, 'backup-size.txt'), String(bytes));
  rmSync(file, { force: true });
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
  return [
    { operation: `backup snapshot: VACUUM INTO + SHA-256 (${mib(size)} register)`, encrypted: snapshotEncrypted, plain: snapshotPlain },
    { operation: `backup file, whole (snapshot, page check, counts, write ${mib(bytes)})`, encrypted: wholeMs, plain: '–' },
  ];
}

import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callFails, cleanupTempDirs, lock, newCore, PASSPHRASE, unlock, withDb, type TestCore } from '../core/helpers';
import { fillUp, mountTmpfs, remount, unmount } from './tmpfs';

// An import with the register itself on a nearly full disk (a register kept on a USB stick):
// DISK_FULL, nothing of the import in the register, no journal or temp file left, and the
// register reopens and verifies. And an import FROM a read-only stick, which must simply work.

const mounted = mountTmpfs('6m');
const skip = 'reason' in mounted ? mounted.reason : null;
if (skip) process.stdout.write(`[media-import] skipped: ${skip}\n`);
const media = 'dir' in mounted ? mounted.dir : '';
const stick = mountTmpfs('1m');
const stickDir = 'dir' in stick ? stick.dir : '';

let t: TestCore;
let dir: string;
let csv: string;

const contacts = () => withDb(dir, (db) => (db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n);
const registerFiles = () => readdirSync(dir).sort();

beforeAll(async () => {
  if (skip || !stickDir) return;
  t = newCore();
  dir = path.join(media, 'Register');
  await call(t.core, 'register:create', { dir, organisationName: 'Pindeforeningen', language: 'da', passphrase: PASSPHRASE });
  await call(t.core, 'organisations:save', { name: 'Jobcenter Kolding', sector: 'job-centre' });
  await lock(t.core);
  const lines = ['Name;Organisation;Email'];
  for (let i = 0; i < 4000; i++) lines.push(`Person ${i} Jensen;Pinde-organisation ${i % 30};person${i}@example.dk`);
  csv = path.join(stickDir, 'contacts.csv');
  writeFileSync(csv, `${lines.join('\r\n')}\r\n`);
  remount(stickDir, 'ro');
}, 60_000);

afterAll(() => {
  t?.core.shutdown();
  if (stickDir) unmount(stickDir);
  if (!skip) unmount(media);
  cleanupTempDirs();
});

describe.skipIf(skip !== null || !stickDir)('import and a register on a full disk', () => {
  it('fails the import with DISK_FULL, keeps the register as it was, and it reopens and verifies', async () => {
    const before = { files: registerFiles(), contacts: await contacts() };
    await unlock(t.core, dir);
    // From the read-only stick: reading it is all an import does there.
    const preview = await call(t.core, 'import:preview', { path: csv, target: 'contacts' });
    fillUp(media);
    const error = await callFails(t.core, 'import:run', { path: csv, target: 'contacts', mapping: preview.mapping, operationId: 'full' });
    expect(error.code).toBe('DISK_FULL');
    expect(await contacts()).toBe(before.contacts);
    // Locking on the full disk still locks (its audit row cannot be written; the log says so).
    await lock(t.core);
    expect((await callFails(t.core, 'register:info', {})).code).toBe('REGISTER_LOCKED');
    expect(registerFiles()).toEqual(before.files);
    rmSync(path.join(media, 'filler'));
    await unlock(t.core, dir);
    const report = await call(t.core, 'register:verify', {});
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    // With room again, the same file from the read-only stick imports.
    const done = await call(t.core, 'import:run', { path: csv, target: 'contacts', mapping: preview.mapping, operationId: 'room' });
    expect(done).toMatchObject({ created: expect.any(Number) as number });
    expect(await contacts()).toBeGreaterThan(before.contacts);
    await lock(t.core);
    process.stdout.write(
      '[media-import] 2 fault cases tried (register on a full disk, import from a read-only stick); the register stayed consistent.\n',
    );
  }, 120_000);
});

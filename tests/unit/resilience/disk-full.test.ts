import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbPath } from '../../../electron/core/db/driver';
import { call, cleanupTempDirs, createRegister, lock, newCore, PASSPHRASE, tempDir, unlock, withDb } from '../core/helpers';
import { CoreProcess } from '../core/core-process';

// Issue 7: a write that runs out of room fails cleanly. The core process gets a file-size limit
// (prlimit --fsize, what `ulimit -f` sets): any file it writes, the database's WAL included,
// cannot grow past it, which SQLite sees as a full disk. The operation must answer with a clear
// error (DISK_FULL or IO_ERROR, both translated), roll back, leave no half-written file where
// the user looks, and the register must reopen and verify with its data as before.

const ROWS = 5000;
let dir: string;
let csv: string;
let limit: number;

const countContacts = (folder: string) =>
  withDb(folder, (db) => (db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n);

beforeAll(async () => {
  const t = newCore();
  ({ dir } = await createRegister(t.core, { organisationName: 'Disk full' }));
  const org = await call(t.core, 'organisations:save', { name: 'Jobcenter Odense', sector: 'job-centre' });
  await call(t.core, 'contacts:save', { name: 'Lone Madsen', memberships: [{ organisationId: org.id }] });
  await lock(t.core);
  t.core.shutdown();
  const lines = ['Name;Organisation;Email'];
  for (let i = 0; i < ROWS; i++) lines.push(`Person ${i} Hansen;Disk-organisation ${i % 40};person${i}@example.dk`);
  csv = path.join(tempDir('bindeled-diskfull-csv-'), 'contacts.csv');
  writeFileSync(csv, `${lines.join('\r\n')}\r\n`);
  // Room for the register as it is, plus a little: far less than the import needs.
  limit = statSync(dbPath(dir)).size + 96 * 1024;
});
afterAll(cleanupTempDirs);

describe('a write that exceeds the file-size limit', () => {
  it('fails the import with a clear error, rolls it back, and the register reopens as before', async () => {
    const before = await countContacts(dir);
    const core = await CoreProcess.start({ BINDELED_PROFILE_DIR: tempDir('bindeled-diskfull-profile-') }, { fsize: limit });
    expect((await core.invoke('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).ok).toBe(true);
    const preview = await core.invoke('import:preview', { path: csv, target: 'contacts' });
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    const mapping = (preview.value as { mapping: unknown }).mapping;
    const result = await core.invoke('import:run', { path: csv, target: 'contacts', mapping, operationId: 'full' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['DISK_FULL', 'IO_ERROR']).toContain(result.error.code);

    // The same core carries on: the register answers, with nothing of the import in it.
    const list = await core.invoke('contacts:list', { includeArchived: true });
    expect(list.ok).toBe(true);
    if (list.ok) expect((list.value as unknown[]).length).toBe(before);
    await core.stop();

    const t = newCore();
    await unlock(t.core, dir);
    const report = await call(t.core, 'register:verify', {});
    await lock(t.core);
    t.core.shutdown();
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(await countContacts(dir)).toBe(before);
  });

  it('fails an export cleanly and leaves no half-written file in the chosen folder', async () => {
    // Fill the register first (no limit), so that its export is larger than the limit allows.
    const t = newCore();
    await unlock(t.core, dir);
    const preview = await call(t.core, 'import:preview', { path: csv, target: 'contacts' });
    await call(t.core, 'import:run', { path: csv, target: 'contacts', mapping: preview.mapping, operationId: 'fill' });
    await lock(t.core);
    t.core.shutdown();

    const out = tempDir('bindeled-diskfull-out-');
    const core = await CoreProcess.start({ BINDELED_PROFILE_DIR: tempDir('bindeled-diskfull-profile-') }, { fsize: 64 * 1024 });
    expect((await core.invoke('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).ok).toBe(true);
    const file = path.join(out, 'contacts.xlsx');
    const result = await core.invoke('export:contacts', { path: file, format: 'xlsx' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['DISK_FULL', 'IO_ERROR']).toContain(result.error.code);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(out)).toEqual([]);
    // And the register still answers in the same session.
    expect((await core.invoke('register:verify', {})).ok).toBe(true);
    await core.stop();
  });
});

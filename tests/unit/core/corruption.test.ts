import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cleanupTempDirs, createRegister, lock, newCore, PASSPHRASE, tempDir, withDb, type TestCore } from './helpers';

// One flipped bit anywhere in register.db must never pass silently: unlocking refuses it as
// REGISTER_CORRUPT, or verify names a failed check. SQLCipher 4 authenticates every page.

let t: TestCore;
let pristine: string;
let pages: number;

beforeAll(async () => {
  t = newCore();
  ({ dir: pristine } = await createRegister(t.core, { organisationName: 'Bitflip' }));
  await call(t.core, 'settings:update', { autoLockMinutes: 17 });
  await lock(t.core);
  pages = readFileSync(path.join(pristine, 'register.db')).length / 4096;
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

/** What a user sees when opening a copy of the register with one bit flipped at `offset`. */
async function openFlipped(offset: number, source = pristine): Promise<string> {
  const dir = path.join(tempDir(), 'flipped');
  cpSync(source, dir, { recursive: true });
  const file = path.join(dir, 'register.db');
  const bytes = readFileSync(file);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0x10;
  writeFileSync(file, bytes);
  const unlocked = await t.core.invoke('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
  if (!unlocked.ok) return `unlock: ${unlocked.error.code}`;
  const verified = await t.core.invoke('register:verify', {});
  await lock(t.core);
  if (!verified.ok) return `verify: ${verified.error.code}`;
  const failed = (verified.value as { checks: { name: string; ok: boolean }[] }).checks.filter((c) => !c.ok).map((c) => c.name);
  return failed.length ? `failed: ${failed.join(', ')}` : 'verified ok';
}

describe('a flipped bit in register.db', () => {
  it('is never accepted silently, whichever page it is in', async () => {
    expect(pages).toBeGreaterThanOrEqual(3);
    const outcomes: Record<number, string> = {};
    for (let page = 1; page <= pages; page++) outcomes[page] = await openFlipped((page - 1) * 4096 + 2048);
    for (const [page, outcome] of Object.entries(outcomes))
      expect(outcome, `page ${page}`).toMatch(/^(unlock: REGISTER_CORRUPT|failed: .*cipher_integrity_check)/);
  });

  it('in the page authentication code or IV at the end of a page is caught too', async () => {
    expect(await openFlipped(2 * 4096 - 1)).toMatch(/^(unlock: REGISTER_CORRUPT|failed: .*cipher_integrity_check)/);
    expect(await openFlipped(2 * 4096 - 80)).toMatch(/^(unlock: REGISTER_CORRUPT|failed: .*cipher_integrity_check)/);
  });

  it('in a free page, which no query reads, fails the page-authentication check', async () => {
    // Fill and drop a table: its pages stay in the file on the free list.
    const withFree = path.join(tempDir(), 'with-free-pages');
    cpSync(pristine, withFree, { recursive: true });
    const free = await withDb(withFree, (db) => {
      db.exec(`CREATE TABLE filler (x BLOB);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) INSERT INTO filler SELECT randomblob(3000) FROM n;
        DROP TABLE filler;`);
      const used = new Set((db.prepare('SELECT DISTINCT pageno FROM dbstat').all() as { pageno: number }[]).map((r) => r.pageno));
      const count = db.pragma('page_count', { simple: true }) as number;
      return Array.from({ length: count }, (_, i) => i + 1).filter((p) => !used.has(p) && p > 1);
    });
    expect(free.length).toBeGreaterThan(10);
    const page = free[Math.floor(free.length / 2)] ?? 0;
    expect(await openFlipped((page - 1) * 4096 + 1000, withFree)).toBe('failed: cipher_integrity_check');
  });
});

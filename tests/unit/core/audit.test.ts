import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import type { Db } from '../../../electron/core/db/driver';
import {
  call,
  cleanupTempDirs,
  createRegister,
  lock,
  newCore,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  tempDir,
  unlock,
  withDb,
  type TestCore,
} from './helpers';
import { runCli } from './run-cli';

let t: TestCore;
let pristine: string;
const tamperedDirs: string[] = [];

beforeAll(async () => {
  t = newCore();
  ({ dir: pristine } = await createRegister(t.core, { organisationName: 'Revisionsforeningen' }));
  await lock(t.core);
  await unlock(t.core, pristine);
  await call(t.core, 'register:changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE });
  await lock(t.core);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

const auditRows = (db: Db) =>
  db.prepare('SELECT seq, actor, action, details FROM audit_log ORDER BY seq').all() as {
    seq: number;
    actor: string;
    action: string;
    details: string;
  }[];

/** A copy of the register folder to tamper with, so every case starts from the same register. */
function copyOfRegister(): string {
  const dir = path.join(tempDir(), 'copy');
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

describe('audit log', () => {
  it('records create, unlock, passphrase change and lock, naming no organisation data', async () => {
    const rows = await withDb(pristine, auditRows, OTHER_PASSPHRASE);
    expect(rows.map((r) => r.action)).toEqual([
      'register.created',
      'register.locked',
      'register.unlocked',
      'passphrase.changed',
      'register.locked',
      // The automatic backup on close, after a session that changed something: taken in the
      // background once the register is locked (backup/auto.ts).
      'register.backed-up',
    ]);
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['owner']));
    expect(JSON.stringify(rows)).not.toContain('Revisionsforeningen');
  });

  it('shows the newest rows through audit:recent and verifies the chain', async () => {
    await unlock(t.core, pristine, OTHER_PASSPHRASE);
    const recent = await call(t.core, 'audit:recent', { limit: 2 });
    expect(recent.map((r) => r.action)).toEqual(['register.unlocked', 'register.backed-up']);
    const report = await call(t.core, 'register:verify', {});
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'audit_chain')).toMatchObject({ ok: true, detail: '7 rows' });
    await lock(t.core);
    expect(await withDb(pristine, verifyAuditChain, OTHER_PASSPHRASE)).toEqual({ ok: true, rows: 8 });
  });

  const tamperings: [string, (db: Db) => void][] = [
    ['a row’s action edited', (db) => db.prepare("UPDATE audit_log SET action = 'register.created' WHERE seq = 3").run()],
    ['a middle row deleted', (db) => db.prepare('DELETE FROM audit_log WHERE seq = 3').run()],
    [
      'the last row’s actor edited',
      (db) => db.prepare("UPDATE audit_log SET actor = 'someone' WHERE seq = (SELECT max(seq) FROM audit_log)").run(),
    ],
  ];

  it.each(tamperings)('detects %s (with the key, triggers dropped) in register:verify', async (_name, tamper) => {
    const dir = copyOfRegister();
    await withDb(
      dir,
      (db) => {
        // The append-only triggers stop the app itself; someone holding the key can drop them.
        expect(() => db.prepare("UPDATE audit_log SET action = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
        db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
        tamper(db);
      },
      OTHER_PASSPHRASE,
    );
    tamperedDirs.push(dir);
    const other = newCore();
    await unlock(other.core, dir, OTHER_PASSPHRASE);
    const report = await call(other.core, 'register:verify', {});
    await lock(other.core);
    other.core.shutdown();
    expect(report.ok).toBe(false);
    expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['audit_chain']);
  });

  it('makes the CLI verify exit non-zero, naming the audit chain', async () => {
    // The first tampering (an edited row); the CLI test covers a deleted row.
    const run = await runCli(['verify', '--dir', tamperedDirs[0] ?? ''], { env: { BINDELED_PASSPHRASE: OTHER_PASSPHRASE } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL\s+audit_chain/);
    expect(run.stderr).toContain('Verification failed: audit_chain');
  });
});

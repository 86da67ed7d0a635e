import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/backup';
import { restoreBackup } from '../../../electron/core/backup/restore';
import { saveOrganisation } from '../../../electron/core/partners/organisations-repo';
import { closeRegister, createRegister, unlockRegister } from '../../../electron/core/register/open-register';
import { OrganisationInput } from '../../../shared/contract/partners-schemas';
import { formatRecoveryKey } from '../../../shared/recovery-key';
import { cleanupTempDirs, codeOf, PASSPHRASE, tempDir, withDb } from '../core/helpers';
import { runCli } from '../core/run-cli';

// Restore with the recovery key instead of the passphrase: the user who forgot the passphrase
// still has the printed key, and it opens every backup of that register. A wrong or mistyped key
// is refused before anything is written to the new folder.

let dir: string;
let recoveryKey: string;
let backupFile: string;
let otherKey: string;

const organisations = (folder: string) =>
  withDb(folder, (db) => (db.prepare('SELECT name FROM organisations ORDER BY name').all() as { name: string }[]).map((r) => r.name));

beforeAll(async () => {
  dir = path.join(tempDir(), 'register');
  const created = await createRegister({ dir, organisationName: 'Nøgleforeningen', language: 'da', passphrase: PASSPHRASE });
  recoveryKey = created.recoveryKey;
  saveOrganisation(
    created.register.db,
    OrganisationInput.parse({ name: 'Jobcenter Aarhus', sector: 'job-centre' }),
    created.register.actor,
  );
  backupFile = path.join(tempDir(), 'key.bindeled-backup');
  createBackup(created.register, backupFile);
  closeRegister(created.register, 'test');
  const other = await createRegister({
    dir: path.join(tempDir(), 'other'),
    organisationName: 'Anden',
    language: 'da',
    passphrase: PASSPHRASE,
  });
  otherKey = other.recoveryKey;
  closeRegister(other.register, 'test');
}, 120_000);
afterAll(cleanupTempDirs);

describe('restore with the recovery key', () => {
  it('restores in core with the recovery key, typed as printed, and the restored register opens with both secrets', async () => {
    const target = path.join(tempDir(), 'restored');
    const restored = await restoreBackup(backupFile, target, { kind: 'recovery', recoveryKey: formatRecoveryKey(recoveryKey) });
    expect(restored.checks.every((c) => c.ok)).toBe(true);
    expect(await organisations(target)).toEqual(await organisations(dir));
    closeRegister(await unlockRegister(target, { kind: 'passphrase', passphrase: PASSPHRASE }), 'test');
    const audit = await withDb(target, (db) => db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'register.restored'").get());
    expect(audit).toEqual({ n: 1 });
  }, 60_000);

  it("refuses another register's key and a mistyped key, writing nothing", async () => {
    const target = path.join(tempDir(), 'never');
    expect(await codeOf(restoreBackup(backupFile, target, { kind: 'recovery', recoveryKey: otherKey }))).toBe('WRONG_RECOVERY_KEY');
    expect(existsSync(target)).toBe(false);
    const mistyped = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('A') ? 'B' : 'A'}`;
    expect(await codeOf(restoreBackup(backupFile, target, { kind: 'recovery', recoveryKey: mistyped }))).toBe('RECOVERY_KEY_MALFORMED');
    expect(existsSync(target)).toBe(false);
  }, 60_000);

  it('restores through the command line with --recovery-key, from the environment or typed at the prompt', async () => {
    const fromEnv = path.join(tempDir(), 'cli-env');
    const run = await runCli(['restore', '--from', backupFile, '--dir', fromEnv, '--recovery-key', '--json'], {
      env: { BINDELED_PASSPHRASE: undefined, BINDELED_RECOVERY_KEY: recoveryKey },
    });
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { label: string }).label).toBe('Nøgleforeningen');
    expect(await organisations(fromEnv)).toEqual(await organisations(dir));

    const typed = path.join(tempDir(), 'cli-typed');
    const prompted = await runCli(['restore', '--from', backupFile, '--dir', typed, '--recovery-key'], {
      env: { BINDELED_PASSPHRASE: PASSPHRASE, BINDELED_RECOVERY_KEY: undefined },
      input: `${formatRecoveryKey(recoveryKey)}\n`,
    });
    expect(prompted.code, prompted.stderr).toBe(0);
    expect(prompted.stdout).toContain('All checks passed.');
  }, 120_000);

  it('the command line names a wrong recovery key and leaves the folder unmade', async () => {
    const target = path.join(tempDir(), 'cli-wrong');
    const run = await runCli(['restore', '--from', backupFile, '--dir', target, '--recovery-key'], {
      env: { BINDELED_RECOVERY_KEY: otherKey },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('recovery key does not belong to this register');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(path.dirname(target))).not.toContain('cli-wrong');
  }, 60_000);
});

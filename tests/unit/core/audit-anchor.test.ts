import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/backup';
import { restoreBackup } from '../../../electron/core/backup/restore';
import { keySlotPath, readKeySlots } from '../../../electron/core/crypto/keyslots';
import { dbPath } from '../../../electron/core/db/driver';
import { closeRegister, unlockRegister } from '../../../electron/core/register/open-register';
import { verifyRegisterReadOnly } from '../../../electron/core/register/verify-read-only';
import { cleanupTempDirs, hashFolder, PASSPHRASE, tempDir } from './helpers';
import { anchorCheck, register, secret, sqlcipherExec, withSqlcipher, work } from './anchor-fixture';

// The audit anchor (electron/core/audit/anchor.ts). Each case edits the files the way someone
// without Bindeled would: with SQLCipher's own code (@journeyapps/sqlcipher) given the raw key,
// or with a text editor on keyslots.json. Then verify (read-only) and unlock must say what happened.

afterAll(cleanupTempDirs);

describe('audit anchor', () => {
  it('a new register is anchored, and verify passes, writing nothing', async () => {
    const dir = await register();
    const before = hashFolder(dir);
    const { report, anchor } = await anchorCheck(dir);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(anchor?.detail).toMatch(/^ok: anchor at (\d+), table ends at \1$/);
    expect(readKeySlots(dir).auditAnchor?.seq).toBeGreaterThanOrEqual(4);
    expect(hashFolder(dir)).toEqual(before);
  });

  withSqlcipher('deleting the newest audit rows is reported as a cut tail, by verify and at unlock', async () => {
    const dir = await register();
    const anchored = readKeySlots(dir).auditAnchor!.seq;
    await sqlcipherExec(dir, `DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq > ${anchored - 2};`);
    const { report, anchor } = await anchorCheck(dir);
    // The chain that is left is still a valid chain: only the anchor can tell.
    expect(report.checks.find((c) => c.name === 'audit_chain')?.ok).toBe(true);
    expect(anchor).toMatchObject({ ok: false, detail: `truncated: anchor at ${anchored}, table ends at ${anchored - 2}` });
    expect(report.ok).toBe(false);

    const opened = await unlockRegister(dir, secret);
    expect(opened.anchorProblem).toMatchObject({ kind: 'truncated', anchorSeq: anchored, headSeq: anchored - 2 });
    const row = opened.db.prepare("SELECT details FROM audit_log WHERE action = 'audit.anchor-mismatch'").get() as { details: string };
    expect(JSON.parse(row.details)).toMatchObject({ problem: 'truncated', anchorSeq: anchored });
    closeRegister(opened, 'user');
    // The anchor is kept as evidence: the next check still sees the problem.
    expect(readKeySlots(dir).auditAnchor?.seq).toBe(anchored);
    expect((await anchorCheck(dir)).anchor?.ok).toBe(false);
  });

  it('an older copy of register.db put back is reported as a rollback, by verify and at unlock', async () => {
    const dir = await register();
    const aside = path.join(tempDir(), 'aside.db');
    copyFileSync(dbPath(dir), aside);
    await work(dir);
    await work(dir);
    const anchored = readKeySlots(dir).auditAnchor!.seq;
    copyFileSync(aside, dbPath(dir));
    const { anchor } = await anchorCheck(dir);
    expect(anchor).toMatchObject({ ok: false, detail: `rolled-back: anchor at ${anchored}, table ends at ${anchored - 4}` });

    // Work done on the old copy does not hide it: the anchor names a row the table no longer has.
    const opened = await unlockRegister(dir, secret);
    expect(opened.anchorProblem?.kind).toBe('rolled-back');
    closeRegister(opened, 'user');
    await work(dir);
    await work(dir);
    expect((await anchorCheck(dir)).anchor?.detail).toMatch(/^rolled-back: anchor at \d+, table ends at \d+$/);
  });

  it('a keyslots.json from another register is recognised, by verify and at unlock, and changes nothing', async () => {
    const dir = await register('Forening A');
    const other = await register('Forening B');
    copyFileSync(keySlotPath(other), keySlotPath(dir));
    const before = hashFolder(dir);
    await expect(verifyRegisterReadOnly(dir, secret)).rejects.toMatchObject({ code: 'KEYSLOTS_FOREIGN' });
    await expect(unlockRegister(dir, secret)).rejects.toMatchObject({ code: 'KEYSLOTS_FOREIGN' });
    expect(hashFolder(dir)).toEqual(before);
  });

  it('a key file that opens the database but names another register id is reported', async () => {
    // Two folders of one register share the data key; the id binds each key file to its database.
    const dir = await register();
    const slots = JSON.parse(readFileSync(keySlotPath(dir), 'utf8')) as { registerId: string };
    writeFileSync(keySlotPath(dir), JSON.stringify({ ...slots, registerId: '00000000-0000-4000-8000-000000000000' }));
    // The slots' AAD names the register id, so no slot opens any more: the edit cannot be used to unlock.
    await expect(verifyRegisterReadOnly(dir, secret)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('an edited anchor is reported as forged, and a removed one as missing', async () => {
    const dir = await register();
    const text = readFileSync(keySlotPath(dir), 'utf8');
    const file = JSON.parse(text) as { auditAnchor: { seq: number; hash: string; mac: string } };
    writeFileSync(keySlotPath(dir), JSON.stringify({ ...file, auditAnchor: { ...file.auditAnchor, seq: file.auditAnchor.seq + 5 } }));
    expect((await anchorCheck(dir)).anchor).toMatchObject({ ok: false, detail: expect.stringMatching(/^forged: /) as unknown });
    const opened = await unlockRegister(dir, secret);
    expect(opened.anchorProblem?.kind).toBe('forged');
    closeRegister(opened, 'user');

    const { auditAnchor: _dropped, ...without } = file;
    writeFileSync(keySlotPath(dir), JSON.stringify(without));
    expect((await anchorCheck(dir)).anchor).toMatchObject({ ok: false, detail: expect.stringMatching(/^missing: /) as unknown });
  });

  it('a register restored from a backup opens without an alarm, though the original moved on', async () => {
    const dir = await register();
    const opened = await unlockRegister(dir, secret);
    const file = path.join(tempDir(), 'register.bindeled-backup');
    createBackup(opened, file);
    closeRegister(opened, 'user');
    await work(dir);
    const restoredDir = path.join(tempDir(), 'restored');
    const restored = await restoreBackup(file, restoredDir, PASSPHRASE);
    expect(restored.checks.find((c) => c.name === 'audit_anchor')?.ok).toBe(true);
    const again = await unlockRegister(restoredDir, secret);
    expect(again.anchorProblem).toBeUndefined();
    closeRegister(again, 'user');
    expect((await anchorCheck(restoredDir)).report.ok).toBe(true);
  });
});

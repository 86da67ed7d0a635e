import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keySlotPath, readKeySlots } from '../../../electron/core/crypto/keyslots';
import { dbPath } from '../../../electron/core/db/driver';
import { acceptAuditHead, closeRegister, unlockRegister, type OpenRegister } from '../../../electron/core/register/open-register';
import { anchorCheck, register, secret, sqlcipherExec, withSqlcipher, work } from './anchor-fixture';
import { cleanupTempDirs, tempDir } from './helpers';

// "Continue with this copy" (acceptAuditHead, audit:acceptHead): after an anchor finding the
// administrator may accept the copy as it is. The acceptance is an audit row naming the finding,
// the anchor then seals the head including that row, the alarm ends for good, and a key file
// from another register is refused with nothing written.

afterAll(cleanupTempDirs);

function acceptedRows(opened: OpenRegister) {
  return (
    opened.db.prepare("SELECT seq, actor, details FROM audit_log WHERE action = 'audit.anchor-accepted' ORDER BY seq").all() as {
      seq: number;
      actor: string;
      details: string;
    }[]
  ).map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}

/** Accepts on an open register and checks what every acceptance must leave behind. */
async function acceptAndCheck(dir: string, kind: string) {
  const opened = await unlockRegister(dir, secret);
  expect(opened.anchorProblem?.kind).toBe(kind);
  const held = opened.anchorProblem!;
  const accepted = acceptAuditHead(opened);
  expect(accepted?.problem.kind).toBe(kind);
  const rows = acceptedRows(opened);
  expect(rows).toHaveLength(1);
  // What was found and who accepted it, in the chain.
  expect(rows[0]!.actor).toBe('owner');
  expect(rows[0]!.details).toMatchObject({ problem: kind, headSeq: held.headSeq });
  if ('anchorSeq' in held) expect(rows[0]!.details.anchorSeq).toBe(held.anchorSeq);
  // The anchor now seals the acceptance row itself.
  expect(readKeySlots(dir).auditAnchor?.seq).toBe(rows[0]!.seq);
  expect(accepted?.seq).toBe(rows[0]!.seq);
  expect(opened.anchorProblem).toBeUndefined();
  // Accepting again finds nothing to accept and writes nothing.
  expect(acceptAuditHead(opened)).toBeUndefined();
  expect(acceptedRows(opened)).toHaveLength(1);
  closeRegister(opened, 'user');
  // From now on the copy checks out, at verify and at the next unlocks.
  expect((await anchorCheck(dir)).anchor?.ok).toBe(true);
  await work(dir);
  const again = await unlockRegister(dir, secret);
  expect(again.anchorProblem).toBeUndefined();
  closeRegister(again, 'user');
  return rows[0]!.details;
}

describe('accepting this copy of the audit log', () => {
  it('an older copy put back (rolled back) can be accepted', async () => {
    const dir = await register();
    const aside = path.join(tempDir(), 'aside.db');
    copyFileSync(dbPath(dir), aside);
    await work(dir);
    await work(dir);
    copyFileSync(aside, dbPath(dir));
    const details = await acceptAndCheck(dir, 'rolled-back');
    expect(Number(details.anchorSeq)).toBeGreaterThan(Number(details.headSeq));
  });

  withSqlcipher('a cut tail (truncated) can be accepted', async () => {
    const dir = await register();
    const anchored = readKeySlots(dir).auditAnchor!.seq;
    await sqlcipherExec(dir, `DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq > ${anchored - 2};`);
    const details = await acceptAndCheck(dir, 'truncated');
    expect(details).toMatchObject({ anchorSeq: anchored, headSeq: anchored - 2 });
  });

  it('an edited anchor (forged) and a removed one (missing) can be accepted', async () => {
    const dir = await register();
    const file = JSON.parse(readFileSync(keySlotPath(dir), 'utf8')) as { auditAnchor: { seq: number } };
    writeFileSync(keySlotPath(dir), JSON.stringify({ ...file, auditAnchor: { ...file.auditAnchor, seq: file.auditAnchor.seq + 5 } }));
    await acceptAndCheck(dir, 'forged');

    const { auditAnchor: _dropped, ...without } = JSON.parse(readFileSync(keySlotPath(dir), 'utf8')) as { auditAnchor: unknown };
    writeFileSync(keySlotPath(dir), JSON.stringify(without));
    // A second acceptance on the same register is a row of its own.
    const opened = await unlockRegister(dir, secret);
    expect(opened.anchorProblem?.kind).toBe('missing');
    expect(acceptAuditHead(opened)?.problem.kind).toBe('missing');
    expect(acceptedRows(opened).map((r) => r.details.problem)).toEqual(['forged', 'missing']);
    closeRegister(opened, 'user');
    expect((await anchorCheck(dir)).anchor?.ok).toBe(true);
  });

  it('with nothing found there is nothing to accept, and no row', async () => {
    const dir = await register();
    const opened = await unlockRegister(dir, secret);
    expect(acceptAuditHead(opened)).toBeUndefined();
    expect(acceptedRows(opened)).toEqual([]);
    closeRegister(opened, 'user');
  });

  withSqlcipher('a key file from another register is refused, and nothing is written', async () => {
    // The database names another register than keyslots.json, though its key opens it.
    const dir = await register();
    await sqlcipherExec(
      dir,
      `DROP TRIGGER audit_log_no_update;
       UPDATE audit_log SET details = json_set(details, '$.registerId', '00000000-0000-4000-8000-000000000000')
       WHERE action = 'register.created';`,
    );
    const opened = await unlockRegister(dir, secret);
    expect(opened.anchorProblem?.kind).toBe('foreign');
    const slotsBefore = readFileSync(keySlotPath(dir));
    expect(() => acceptAuditHead(opened)).toThrow(expect.objectContaining({ code: 'KEYSLOTS_FOREIGN' }) as Error);
    expect(acceptedRows(opened)).toEqual([]);
    expect(readFileSync(keySlotPath(dir)).equals(slotsBefore)).toBe(true);
    expect(opened.anchorProblem?.kind).toBe('foreign');
    closeRegister(opened, 'user');
  });
});

import { cpSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTENT_FILE } from '../../../electron/core/crypto/keyslot-change';
import { KEYSLOT_FILE, readKeySlots } from '../../../electron/core/crypto/keyslots';
import type { Db } from '../../../electron/core/db/driver';
import { CRASH_AT_ENV, CREATE_STEPS, KEY_CHANGE_STEPS } from '../../../electron/core/storage/crash-point';
import {
  call,
  callFails,
  cleanupTempDirs,
  createRegister,
  lock,
  newCore,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  tempDir,
  THIRD_PASSPHRASE,
  withDb,
} from '../core/helpers';
import { CoreProcess } from '../core/core-process';

// A key change or a register creation killed with SIGKILL at every step of its protocol
// (electron/core/storage/crash-point.ts names the steps; core kills itself there). After each
// kill a fresh core reopens the register: exactly one of the old and the new credential works,
// the audit log records the change exactly when it took effect, verify passes, the data are
// intact, and no intent or temp file is left behind.

const DEVICE = 'ab'.repeat(32);
const REMOVABLE = 'Removable Colleague';
type Secret =
  { kind: 'passphrase'; passphrase: string } | { kind: 'device'; secretHex: string } | { kind: 'recovery'; recoveryKey: string };
const pass = (passphrase: string) => ({ kind: 'passphrase' as const, passphrase });

interface Operation {
  name: string;
  /** The action of the audit row that records it. */
  action: string;
  /** How the notice after the recovering unlock names it (Session.keyChangeRecovered.operation). */
  notice: string;
  /** How the crashing core gets there: unlock with what, then which call. */
  unlock: { kind: 'passphrase'; passphrase: string } | { kind: 'recovery' };
  run: (core: CoreProcess, ids: { removable: string }) => Promise<unknown>;
  /** The credential that works before the change, and the one that works after it. */
  before: Secret | null;
  after: Secret | null;
}

const OPERATIONS: Operation[] = [
  {
    name: 'passphrase change',
    action: 'passphrase.changed',
    notice: 'passphrase-change',
    unlock: { kind: 'passphrase', passphrase: PASSPHRASE },
    run: (core) => core.invoke('register:changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE }),
    before: pass(PASSPHRASE),
    after: pass(OTHER_PASSPHRASE),
  },
  {
    name: 'new passphrase after a recovery-key unlock',
    action: 'passphrase.reset-with-recovery-key',
    notice: 'passphrase-reset',
    unlock: { kind: 'recovery' },
    run: (core) => core.invoke('register:setPassphrase', { passphrase: OTHER_PASSPHRASE }),
    before: pass(PASSPHRASE),
    after: pass(OTHER_PASSPHRASE),
  },
  {
    name: 'user added',
    action: 'user.added',
    notice: 'user-added',
    unlock: { kind: 'passphrase', passphrase: PASSPHRASE },
    run: (core) => core.invoke('users:add', { displayName: 'New Colleague', role: 'coordinator', passphrase: OTHER_PASSPHRASE }),
    before: null,
    after: pass(OTHER_PASSPHRASE),
  },
  {
    name: 'user removed',
    action: 'user.removed',
    notice: 'user-removed',
    unlock: { kind: 'passphrase', passphrase: PASSPHRASE },
    run: (core, ids) => core.invoke('users:remove', { id: ids.removable }),
    before: pass(THIRD_PASSPHRASE),
    after: null,
  },
  {
    name: 'device slot added',
    action: 'device-slot.added',
    notice: 'device-slot-added',
    unlock: { kind: 'passphrase', passphrase: PASSPHRASE },
    run: (core) => core.invoke('device:addSlot', { secretHex: DEVICE }, 'internal'),
    before: null,
    after: { kind: 'device', secretHex: DEVICE },
  },
];

let base: string;
let withDevice: string;
let recoveryKey: string;
let removable: string;
const tried: string[] = [];

const countAudit = (db: Db, action: string) =>
  (db.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

beforeAll(async () => {
  const t = newCore();
  ({ dir: base, recoveryKey } = await createRegister(t.core, { organisationName: 'Key crash' }));
  const org = await call(t.core, 'organisations:save', { name: 'Jobcenter Tampere', sector: 'job-centre' });
  await call(t.core, 'contacts:save', { name: 'Aino Virtanen', memberships: [{ organisationId: org.id }] });
  removable = (await call(t.core, 'users:add', { displayName: REMOVABLE, role: 'coordinator', passphrase: THIRD_PASSPHRASE })).id;
  await lock(t.core);
  t.core.shutdown();
  // The same register with a device slot, for the removal of one.
  withDevice = path.join(tempDir('bindeled-keycrash-device-'), 'register');
  cpSync(base, withDevice, { recursive: true });
  const d = newCore();
  await call(d.core, 'register:unlock', { dir: withDevice, secret: pass(PASSPHRASE) });
  await call(d.core, 'device:addSlot', { secretHex: DEVICE }, 'internal');
  await lock(d.core);
  d.core.shutdown();
}, 120_000);
afterAll(() => {
  console.log(`key-change crash points tried: ${tried.length}, every one reopened consistently:\n  ${tried.join('\n  ')}`);
  cleanupTempDirs();
});

/** What each successful unlock's answer said about recovering an interrupted key change (the notice). */
const notices: unknown[] = [];

/** Tries one credential on a fresh core; 'opens' or the error code. */
async function tryOpen(dir: string, secret: Secret): Promise<string> {
  const t = newCore();
  try {
    const result =
      secret.kind === 'device'
        ? await t.core.invoke('device:unlock', { dir, secretHex: secret.secretHex }, 'internal')
        : await t.core.invoke('register:unlock', { dir, secret });
    if (!result.ok) return result.error.code;
    const recovered = (result.value as { keyChangeRecovered?: unknown }).keyChangeRecovered;
    if (recovered) notices.push(recovered);
    // A recovery-key unlock allows nothing but a new passphrase; the other credentials check the rest.
    if (secret.kind === 'recovery') {
      await lock(t.core);
      return 'opens';
    }
    const report = await call(t.core, 'register:verify', {});
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect((await call(t.core, 'contacts:list', { includeArchived: true })).length).toBe(1);
    await lock(t.core);
    return 'opens';
  } finally {
    t.core.shutdown();
  }
}

/** Our own leftovers in the folder: an intent, temp key-slot files, a creation marker. */
const leftovers = (dir: string) =>
  readdirSync(dir).filter((n) => n === INTENT_FILE || n.startsWith(`.${KEYSLOT_FILE}.`) || n === '.bindeled-creating');

const removeDevice: Operation = {
  name: 'device slot removed',
  action: 'device-slot.removed',
  notice: 'device-slot-removed',
  unlock: { kind: 'passphrase', passphrase: PASSPHRASE },
  run: (core) => core.invoke('device:removeSlot', {}, 'internal'),
  before: { kind: 'device', secretHex: DEVICE },
  after: null,
};

// The new recovery key dies with core, unseen: the old one opens exactly when the change did not take.
const rotateRecovery: Operation = {
  name: 'recovery-key rotation',
  action: 'recovery-key.rotated',
  notice: 'recovery-key-rotation',
  unlock: { kind: 'passphrase', passphrase: PASSPHRASE },
  run: (core) => core.invoke('register:rotateRecoveryKey', { passphrase: PASSPHRASE }),
  before: { kind: 'recovery', recoveryKey: '' },
  after: null,
};

const cases = [...OPERATIONS, removeDevice, rotateRecovery].flatMap((op) => KEY_CHANGE_STEPS.map((step) => [op.name, step, op] as const));

describe('SIGKILL at every step of a key change', () => {
  it.each(cases)('%s, killed at %s: exactly one state, audited, intact', async (_name, step, op) => {
    const dir = path.join(tempDir('bindeled-keycrash-'), 'register');
    cpSync(op === removeDevice ? withDevice : base, dir, { recursive: true });
    const audited = () => withDb(dir, (db) => countAudit(db, op.action));
    const auditBefore = await audited();
    const core = await CoreProcess.start({ BINDELED_PROFILE_DIR: tempDir('bindeled-keycrash-profile-'), [CRASH_AT_ENV]: step });
    const secret = op.unlock.kind === 'recovery' ? { kind: 'recovery' as const, recoveryKey } : op.unlock;
    const unlocked = await core.invoke('register:unlock', { dir, secret });
    expect(unlocked.ok, JSON.stringify(unlocked)).toBe(true);
    const result = await op.run(core, { removable });
    // Core must have died at the step, not finished or failed before it.
    expect(result).toEqual({ ok: false, error: { code: 'CORE_CRASHED' } });
    await core.kill();

    notices.length = 0;
    // The first unlock (the owner's passphrase, which no operation here changes except the
    // passphrase ones, so those try both) finishes or rolls back; then every credential is tried.
    const opens: Record<string, string> = {};
    if (op.before) opens.before = await tryOpen(dir, op.before.kind === 'recovery' ? { kind: 'recovery', recoveryKey } : op.before);
    if (op.after) opens.after = await tryOpen(dir, op.after);
    if (!op.before || !op.after) expect(await tryOpen(dir, pass(PASSPHRASE))).toBe('opens');
    expect(await tryOpen(dir, { kind: 'passphrase', passphrase: 'wrong wrong wrong wrong' } as Secret)).toBe('WRONG_PASSPHRASE');
    const took = op.after ? opens.after === 'opens' : opens.before !== 'opens';
    if (op.before && op.after) expect([opens.before, opens.after].filter((o) => o === 'opens')).toHaveLength(1);
    for (const o of Object.values(opens)) expect(['opens', 'WRONG_PASSPHRASE', 'WRONG_RECOVERY_KEY']).toContain(o);
    // From the rename on, the change has been made; before it, it has not.
    expect(took).toBe(KEY_CHANGE_STEPS.indexOf(step) >= KEY_CHANGE_STEPS.indexOf('renamed'));
    // The unlock that found the intent says so, once: finished when it took, undone when not.
    // Before the intent is written and after it is removed there is nothing to tell.
    const hadIntent = step !== 'temp-written' && step !== 'intent-removed';
    expect(notices).toEqual(hadIntent ? [{ outcome: took ? 'finished' : 'undone', operation: op.notice }] : []);
    // The audit log agrees: one row when it took effect, none when it did not.
    const ownerOpens = op.before?.kind === 'passphrase' && op.before.passphrase === PASSPHRASE && took ? OTHER_PASSPHRASE : PASSPHRASE;
    const auditAfter = await withDb(dir, (db) => countAudit(db, op.action), ownerOpens);
    expect(auditAfter - auditBefore).toBe(took ? 1 : 0);
    // An intent that never took effect is rolled back on the next unlock, and that is logged too.
    const rolledBack = await withDb(dir, (db) => countAudit(db, 'keyslots.change-rolled-back'), ownerOpens);
    expect(rolledBack).toBe(step === 'intent-written' ? 1 : 0);
    if (op.name === 'user removed' || op.name === 'user added') {
      const users = await withDb(
        dir,
        (db) => db.prepare('SELECT display_name AS n, removed_at AS r FROM users').all() as { n: string; r: string | null }[],
      );
      const active = users.filter((u) => u.r === null).map((u) => u.n);
      if (op.name === 'user removed') expect(active.includes(REMOVABLE)).toBe(!took);
      else expect(active.includes('New Colleague')).toBe(took);
    }
    // After a recovery-key unlock the recovery key keeps working whatever happened.
    if (op.unlock.kind === 'recovery' || op === rotateRecovery) {
      expect(readKeySlots(dir).slots.filter((s) => s.kind === 'recovery')).toHaveLength(1);
    }
    if (op.unlock.kind === 'recovery') {
      const t = newCore();
      expect((await t.core.invoke('register:unlock', { dir, secret: { kind: 'recovery', recoveryKey } })).ok).toBe(true);
      await lock(t.core);
      t.core.shutdown();
    }
    expect(leftovers(dir)).toEqual([]);
    tried.push(`${op.name} @ ${step}: ${took ? 'new' : 'old'} state`);
  });
});

describe('SIGKILL at every step of register creation', () => {
  it.each(CREATE_STEPS)('killed at %s: a whole register, or a folder the next create takes', async (step) => {
    const folder = path.join(tempDir('bindeled-keycrash-create-'), 'new-register');
    const core = await CoreProcess.start({ BINDELED_PROFILE_DIR: tempDir('bindeled-keycrash-profile-'), [CRASH_AT_ENV]: step });
    const create = { dir: folder, organisationName: 'Halfway', language: 'fi' as const, passphrase: PASSPHRASE };
    expect(await core.invoke('register:create', create)).toEqual({ ok: false, error: { code: 'CORE_CRASHED' } });
    await core.kill();
    const whole = existsSync(path.join(folder, KEYSLOT_FILE));
    expect(whole).toBe(CREATE_STEPS.indexOf(step) >= CREATE_STEPS.indexOf('create-keyslots-written'));
    const t = newCore();
    if (whole) {
      await call(t.core, 'register:unlock', { dir: folder, secret: pass(PASSPHRASE) });
      expect((await call(t.core, 'register:verify', {})).ok).toBe(true);
      expect(await call(t.core, 'settings:get', {})).toMatchObject({ organisationName: 'Halfway', defaultLanguage: 'fi' });
      await lock(t.core);
      // A whole register is never cleared: creating again there is refused.
      expect((await callFails(t.core, 'register:create', create)).code).toBe('FOLDER_NOT_EMPTY');
    } else {
      expect((await callFails(t.core, 'register:unlock', { dir: folder, secret: pass(PASSPHRASE) })).code).toBe('REGISTER_NOT_FOUND');
      // The user simply creates again, in the same folder.
      await call(t.core, 'register:create', create);
      expect((await call(t.core, 'register:verify', {})).ok).toBe(true);
      await lock(t.core);
    }
    t.core.shutdown();
    expect(leftovers(folder)).toEqual([]);
    tried.push(`creation @ ${step}: ${whole ? 'whole register' : 'created again'}`);
  });
});

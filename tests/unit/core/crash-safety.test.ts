import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/languages';
import { KEYSLOT_FILE } from '../../../electron/core/crypto/keyslots';
import { call, callFails, cleanupTempDirs, createRegister, lock, newCore, OTHER_PASSPHRASE, PASSPHRASE, tempDir, unlock } from './helpers';
import { CoreProcess, sleep } from './core-process';

// Invariant 4: a crash at any moment loses at most the operation in flight. The real core
// process is killed with SIGKILL (no lock, no checkpoint, no cleanup) at random points, then the
// register is reopened by a fresh core: it unlocks, verifies, and every write is all or nothing.

const random = (min: number, max: number) => Math.round(min + Math.random() * (max - min));
/** The settings written by update number i: all three keys tell which update they came from. */
const patchFor = (round: number, i: number) => ({
  organisationName: `crash-${round}-${i}`,
  autoLockMinutes: (i % 240) + 1,
  defaultLanguage: LANGUAGES[i % LANGUAGES.length],
});

let dir: string;
const profileDir = () => tempDir('bindeled-crash-profile-');

beforeAll(async () => {
  const t = newCore();
  ({ dir } = await createRegister(t.core, { organisationName: 'Crash test' }));
  await lock(t.core);
  t.core.shutdown();
});
afterAll(cleanupTempDirs);

/** Reopens the register in a fresh core and checks it the way a user would: unlock, verify. */
async function reopen(folder: string, passphrase = PASSPHRASE) {
  const t = newCore();
  await unlock(t.core, folder, passphrase);
  const report = await call(t.core, 'register:verify', {});
  const settings = await call(t.core, 'settings:get', {});
  await lock(t.core);
  t.core.shutdown();
  return { report, settings };
}

describe('crash safety (SIGKILL of the core process)', () => {
  it.each([0, 1, 2, 3, 4, 5])(
    'round %i: killed during a stream of settings updates, the register reopens with one whole update',
    async (round) => {
      const core = await CoreProcess.start({ BINDELED_PROFILE_DIR: profileDir() });
      const unlocked = await core.invoke('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
      expect(unlocked.ok).toBe(true);
      const total = 1500;
      let acked = -1;
      let firstAck: () => void = () => undefined;
      const started = new Promise<void>((resolve) => (firstAck = resolve));
      for (let i = 0; i < total; i++) {
        void core.invoke('settings:update', patchFor(round, i)).then((result) => {
          if (result.ok) acked = Math.max(acked, i);
          firstAck();
        });
      }
      await started;
      const delay = random(5, 400);
      await sleep(delay);
      await core.kill();
      const killedAfter = acked;
      console.log(`round ${round}: killed after ${delay} ms, ${killedAfter + 1} updates acknowledged`);
      expect(killedAfter, `killed after ${delay} ms`).toBeLessThan(total - 1);

      const { report, settings } = await reopen(dir);
      expect(
        report.checks.filter((c) => !c.ok),
        `killed after ${delay} ms`,
      ).toEqual([]);
      const match = /^crash-(\d+)-(\d+)$/.exec(settings.organisationName);
      expect(match?.[1]).toBe(String(round));
      const i = Number(match?.[2]);
      // Every update core acknowledged is on disk; nothing newer than what was sent, and no mix.
      expect(i).toBeGreaterThanOrEqual(killedAfter);
      expect(settings).toEqual(patchFor(round, i));
    },
  );

  it.each([0, 1])('kill %i: killed during register:create, the folder holds a whole register or no key slots at all', async () => {
    const folder = path.join(tempDir(), 'new-register');
    const core = await CoreProcess.start({ BINDELED_PROFILE_DIR: profileDir() });
    void core.invoke('register:create', { dir: folder, organisationName: 'Halfway', language: 'fi', passphrase: PASSPHRASE });
    await sleep(random(100, 700));
    await core.kill();
    if (existsSync(path.join(folder, KEYSLOT_FILE))) {
      const { report, settings } = await reopen(folder);
      expect(report.ok).toBe(true);
      expect(settings).toMatchObject({ organisationName: 'Halfway', defaultLanguage: 'fi' });
    } else {
      const t = newCore();
      expect(
        (await callFails(t.core, 'register:unlock', { dir: folder, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).code,
      ).toBe('REGISTER_NOT_FOUND');
      t.core.shutdown();
    }
  });

  it('killed during passphrase changes, exactly one of the two passphrases opens the register', async () => {
    const { dir: folder } = await createRegister(newCore().core, { organisationName: 'Passphrase crash' });
    for (let round = 0; round < 2; round++) {
      const core = await CoreProcess.start({ BINDELED_PROFILE_DIR: profileDir() });
      let current = PASSPHRASE;
      let unlockResult = await core.invoke('register:unlock', { dir: folder, secret: { kind: 'passphrase', passphrase: current } });
      if (!unlockResult.ok) {
        current = OTHER_PASSPHRASE;
        unlockResult = await core.invoke('register:unlock', { dir: folder, secret: { kind: 'passphrase', passphrase: current } });
      }
      expect(unlockResult.ok).toBe(true);
      let stop = false;
      const loop = (async () => {
        while (!stop) {
          const next = current === PASSPHRASE ? OTHER_PASSPHRASE : PASSPHRASE;
          const result = await core.invoke('register:changePassphrase', { current, next });
          if (!result.ok) return;
          current = next;
        }
      })();
      await sleep(random(300, 1500));
      await core.kill();
      stop = true;
      await loop;
      const t = newCore();
      const opens = [];
      for (const passphrase of [PASSPHRASE, OTHER_PASSPHRASE]) {
        const result = await t.core.invoke('register:unlock', { dir: folder, secret: { kind: 'passphrase', passphrase } });
        opens.push(result.ok ? 'opens' : result.error.code);
        if (result.ok) expect((await call(t.core, 'register:verify', {})).ok).toBe(true);
        await lock(t.core);
      }
      t.core.shutdown();
      expect(opens.sort()).toEqual(['WRONG_PASSPHRASE', 'opens']);
    }
  });
});

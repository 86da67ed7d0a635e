import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dbPath } from '../../../electron/core/db/driver';
import { da } from '../../../shared/i18n/da';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { nb } from '../../../shared/i18n/nb';
import { sv } from '../../../shared/i18n/sv';
import { isSecurityAction, SECURITY_ACTIONS } from '../../../shared/security-events';
import { call, cleanupTempDirs, createRegister, lock, newCore, OTHER_PASSPHRASE, PASSPHRASE, REPO_ROOT, tempDir, unlock } from './helpers';

// The overview's "Recent security events" (audit:recent with `security`): core picks the rows,
// so they are there however much ordinary work came after them, and every kind of change to who
// and what can open the register is among them, with the audit anchor's findings. Each has a
// plain-words label in every language.

afterAll(cleanupTempDirs);

/** Every .ts file under a folder of the repository. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('recent security events', () => {
  it('lists the key, user, device, backup and anchor events newest first, however much ordinary work came after them', async () => {
    const t = newCore();
    const { dir } = await createRegister(t.core, { organisationName: 'Sikkerhedsforeningen' });
    const user = await call(t.core, 'users:add', { displayName: 'Kari Nordmann', role: 'read-only', passphrase: OTHER_PASSPHRASE });
    await call(t.core, 'users:setRole', { id: user.id, role: 'coordinator' });
    await call(t.core, 'users:remove', { id: user.id });
    await call(t.core, 'register:changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE });
    await call(t.core, 'register:rotateRecoveryKey', { passphrase: OTHER_PASSPHRASE });
    await call(t.core, 'device:addSlot', { secretHex: 'cd'.repeat(32) }, 'internal');
    await call(t.core, 'device:removeSlot', {}, 'internal');
    await call(t.core, 'backup:configure', { folder: tempDir('bindeled-backups-') });
    await call(t.core, 'backup:configure', { folder: null });
    await call(t.core, 'audit:export', { filter: {}, path: path.join(tempDir(), 'audit.csv') });
    // An older copy of the database put back by hand: the anchor finds it, an administrator accepts it.
    await lock(t.core);
    const aside = path.join(tempDir(), 'aside.db');
    copyFileSync(dbPath(dir), aside);
    await unlock(t.core, dir, OTHER_PASSPHRASE);
    await lock(t.core);
    copyFileSync(aside, dbPath(dir));
    await unlock(t.core, dir, OTHER_PASSPHRASE);
    expect((await call(t.core, 'audit:acceptHead', {})).accepted).toBe(true);
    // A day of ordinary work: more rows than the old page of 200 the overview filtered.
    for (let i = 0; i < 210; i++) await call(t.core, 'contacts:save', { name: `Kontakt ${i} Holm` });
    expect((await call(t.core, 'audit:recent', { limit: 200 })).filter((r) => isSecurityAction(r.action))).toEqual([]);

    const events = await call(t.core, 'audit:recent', { limit: 100, security: true });
    expect(events.every((r) => isSecurityAction(r.action))).toBe(true);
    expect(events.map((r) => r.seq)).toEqual(events.map((r) => r.seq).sort((a, b) => b - a));
    expect(events.slice(0, 3).map((r) => r.action)).toEqual(['audit.anchor-accepted', 'register.unlocked', 'audit.anchor-mismatch']);
    expect(new Set(events.map((r) => r.action))).toEqual(
      new Set([
        'register.created',
        'register.unlocked',
        'register.locked',
        'user.added',
        'user.role-changed',
        'user.removed',
        'passphrase.changed',
        'recovery-key.rotated',
        'device-slot.added',
        'device-slot.removed',
        'backup.configured',
        'audit.exported',
        'audit.anchor-mismatch',
        'audit.anchor-accepted',
      ]),
    );
    // The overview's eight.
    const eight = await call(t.core, 'audit:recent', { limit: 8, security: true });
    expect(eight).toEqual(events.slice(0, 8));
    t.core.shutdown();
  }, 60_000);

  it('names only actions core really writes (no typo hides an event)', () => {
    const written = [...sources(path.join(REPO_ROOT, 'electron/core')), ...sources(path.join(REPO_ROOT, 'electron/cli'))]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const action of SECURITY_ACTIONS) expect(written, action).toContain(`'${action}'`);
  });

  it('has a plain-words label for each in all five languages', () => {
    for (const catalog of [en, da, nb, sv, fi]) {
      const labels = catalog.home.actions as Record<string, string>;
      for (const action of SECURITY_ACTIONS) {
        expect(labels[action], action).toMatch(/\S/);
        expect(labels[action], action).not.toContain(action);
      }
      // Two events never read the same.
      const texts = SECURITY_ACTIONS.map((a) => labels[a]);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

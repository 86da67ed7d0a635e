import { appendAudit, recentAudit } from '../audit/audit-log';
import { createRegister, unlockRegister, type OpenRegister } from '../register/open-register';
import { registerInfo, verifyRegister } from '../register/inspect';
import { readSettings, writeSettings } from '../register/settings-repo';
import { unlockedSessionOf } from '../users/session-view';
import { backupDeps } from './backup-deps';
import { unlockHooks } from '../backup/auto';
import type { CoreContext, CoreHandlers } from './types';

function adopt(ctx: CoreContext, register: OpenRegister) {
  if (ctx.session.lock('switch')) ctx.emit('register:locked', { reason: 'user' });
  ctx.session.adopt(register);
  ctx.profile.touch(register.dir, register.actor);
  return unlockedSessionOf(register);
}

export const registerHandlers = {
  'register:create': async (input, ctx) => {
    const { register, recoveryKey } = await createRegister(input);
    adopt(ctx, register);
    return { dir: register.dir, recoveryKey };
  },
  'register:unlock': async ({ dir, secret }, ctx) => {
    const method = secret.kind === 'passphrase' ? secret : { kind: 'recovery' as const, recoveryKey: secret.recoveryKey };
    // The user who last unlocked this register here is tried first: one Argon2 run, not one per user.
    // Before a migration changes the file, a backup of it as it was (backup/auto.ts).
    const hooks = unlockHooks(backupDeps(ctx));
    const register = await unlockRegister(dir, method, { preferUser: ctx.profile.lastUserOf(dir), beforeMigrate: hooks.beforeMigrate });
    hooks.afterUnlock(register);
    return adopt(ctx, register);
  },
  'device:unlock': async ({ dir, secretHex }, ctx) => {
    const hooks = unlockHooks(backupDeps(ctx));
    const register = await unlockRegister(
      dir,
      { kind: 'device', secret: Buffer.from(secretHex, 'hex') },
      { beforeMigrate: hooks.beforeMigrate },
    );
    hooks.afterUnlock(register);
    return adopt(ctx, register);
  },
  'device:addSlot': async ({ secretHex }, ctx) => {
    await ctx.session.addDeviceSlot(Buffer.from(secretHex, 'hex'));
    return {};
  },
  'device:removeSlot': (_input, ctx) => {
    ctx.session.removeDeviceSlot();
    return {};
  },
  'register:setPassphrase': async ({ passphrase }, ctx) => {
    await ctx.session.setPassphraseAfterRecovery(passphrase);
    return {};
  },
  'register:changePassphrase': async ({ current, next }, ctx) => {
    await ctx.session.changePassphrase(current, next);
    return {};
  },
  'register:rotateRecoveryKey': async ({ passphrase }, ctx) => ({ recoveryKey: await ctx.session.rotateRecoveryKey(passphrase) }),
  'register:lock': ({ reason }, ctx) => {
    if (ctx.session.lock(reason)) ctx.emit('register:locked', { reason });
    return {};
  },
  'register:info': (_input, ctx) => registerInfo(ctx.session.require()),
  'register:verify': (_input, ctx) => verifyRegister(ctx.session.require()),
  'settings:get': (_input, ctx) => readSettings(ctx.session.require().db),
  'settings:update': (patch, ctx) => {
    const register = ctx.session.require();
    register.db.transaction(() => {
      writeSettings(register.db, patch);
      // Which settings changed, by key; never the values (the organisation's name is one).
      const keys = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
      appendAudit(register.db, { actor: register.actor, action: 'settings.updated', details: { keys: keys.sort().join(',') } });
    })();
    return readSettings(register.db);
  },
  'audit:recent': ({ limit, security }, ctx) => recentAudit(ctx.session.require().db, limit, security),
} satisfies Pick<CoreHandlers, Extract<keyof CoreHandlers, `${'register' | 'device' | 'settings'}:${string}` | 'audit:recent'>>;

import { existsSync } from 'node:fs';
import { readKeySlots } from '../crypto/keyslots';
import { sessionOf } from '../users/session-view';
import type { CoreHandlers } from './types';

/** What the unlock screen may show before unlocking: the plain-text label and which slots exist. */
function describe(dir: string): { label: string; available: boolean; deviceUnlock: boolean } {
  try {
    const slots = readKeySlots(dir);
    return { label: slots.label, available: true, deviceUnlock: slots.slots.some((s) => s.kind === 'device') };
  } catch {
    return { label: '', available: existsSync(dir), deviceUnlock: false };
  }
}

export const appHandlers = {
  'app:state': (_input, ctx) => {
    const open = ctx.session.open;
    return {
      language: ctx.profile.language,
      registers: ctx.profile.registers.map((r) => ({ ...r, ...describe(r.dir) })),
      defaultDir: ctx.defaultRegisterDir,
      session: open ? sessionOf(open) : null,
      appVersion: ctx.appVersion,
    };
  },
  'app:setLanguage': ({ language }, ctx) => {
    ctx.profile.setLanguage(language);
    return {};
  },
  'app:forgetRegister': ({ dir }, ctx) => {
    ctx.profile.forget(dir);
    return {};
  },
} satisfies Pick<CoreHandlers, 'app:state' | 'app:setLanguage' | 'app:forgetRegister'>;

import { existsSync } from 'node:fs';
import { readKeySlots } from '../crypto/keyslots';
import type { CoreHandlers } from './types';

function labelOf(dir: string): { label: string; available: boolean } {
  try {
    return { label: readKeySlots(dir).label, available: true };
  } catch {
    return { label: '', available: existsSync(dir) };
  }
}

export const appHandlers = {
  'app:state': (_input, ctx) => {
    const open = ctx.session.open;
    return {
      language: ctx.profile.language,
      registers: ctx.profile.registers.map((r) => ({ ...r, ...labelOf(r.dir) })),
      defaultDir: ctx.defaultRegisterDir,
      session: open ? { dir: open.dir, label: open.slots.label, mustSetPassphrase: open.mustSetPassphrase } : null,
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

import type { z } from 'zod';
import type { KeyChangeOperation } from '../../../shared/contract/schemas';
import type { OpenRegister } from '../register/open-register';
import { currentUser } from './users';

/** What app:state and register:unlock tell the renderer about the open register and who opened it. */
export function sessionOf(register: OpenRegister) {
  return { dir: register.dir, label: register.slots.label, mustSetPassphrase: register.mustSetPassphrase, user: currentUser(register) };
}

/** The audit action of each key change, as the notice after unlock names it. */
const OPERATION: Record<string, z.infer<typeof KeyChangeOperation>> = {
  'passphrase.changed': 'passphrase-change',
  'passphrase.reset-with-recovery-key': 'passphrase-reset',
  'user.added': 'user-added',
  'user.removed': 'user-removed',
  'recovery-key.rotated': 'recovery-key-rotation',
  'device-slot.added': 'device-slot-added',
  'device-slot.removed': 'device-slot-removed',
};

/** The answer to an unlock: the session, and what the unlock's recovery of an interrupted key change did (told once). */
export function unlockedSessionOf(register: OpenRegister) {
  const recovery = register.keyChangeRecovery;
  const operation = recovery && 'action' in recovery ? OPERATION[recovery.action] : undefined;
  if (!recovery || !('action' in recovery) || !operation) return sessionOf(register);
  return {
    ...sessionOf(register),
    keyChangeRecovered: { outcome: recovery.outcome === 'finished' ? ('finished' as const) : ('undone' as const), operation },
  };
}

import { testKdfAllowed } from '../crypto/kdf';

// The crash tests' seam: they start core with BINDELED_TEST_CRASH_AT=<name> and core kills
// itself with SIGKILL (no cleanup, no lock, like a power cut as far as the process can tell)
// when it reaches the step of that name. It works only together with the tests' key-derivation
// switch (crypto/kdf.ts), which the shell strips from the app's core, so in the app it is inert.

export const CRASH_AT_ENV = 'BINDELED_TEST_CRASH_AT';

/** Every named step of the key-change and creation protocols (docs/security.md), in order. */
export const KEY_CHANGE_STEPS = ['temp-written', 'intent-written', 'renamed', 'dir-synced', 'audit-committed', 'intent-removed'] as const;
export const CREATE_STEPS = ['create-marked', 'create-db-written', 'create-keyslots-written', 'create-unmarked'] as const;
export type CrashStep = (typeof KEY_CHANGE_STEPS)[number] | (typeof CREATE_STEPS)[number];

/** Dies here when a crash test asked for this step. */
export function crashPoint(step: CrashStep): void {
  if (process.env[CRASH_AT_ENV] === step && testKdfAllowed()) process.kill(process.pid, 'SIGKILL');
}

import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel, CoreChannel, Input, Output } from '../../shared/contract';
import type { AppError } from '../../shared/errors';
import { pendingAutoBackups } from '../core/backup/auto';
import { createCore } from '../core/dispatcher';
import type { CommandContext } from './options';

/** A contract call that failed: carries the core's AppError to the exit-code logic. */
export class CallFailed extends Error {
  override name = 'CallFailed';
  constructor(readonly error: AppError) {
    super(error.code);
  }
}

export type Call = <K extends CoreChannel & Channel>(channel: K, input: Input<K>) => Promise<Output<K>>;

/**
 * Runs `fn` against an in-process core, the same dispatcher and validation the app uses. The
 * device profile lives in a throwaway folder so the tool never adds to the desktop app's list of
 * recent registers; the register is locked (audited) and the folder deleted afterwards.
 */
export async function withCore<T>(fn: (call: Call) => Promise<T>): Promise<T> {
  const profileDir = path.join(os.tmpdir(), `bindeled-cli-${process.pid}`);
  const core = createCore({
    profileDir,
    defaultRegisterDir: process.cwd(),
    appVersion: process.env.npm_package_version ?? 'cli',
    emit: () => undefined,
  });
  const call: Call = async (channel, input) => {
    const result = await core.invoke(channel, input);
    if (!result.ok) throw new CallFailed(result.error);
    return result.value as Output<typeof channel>;
  };
  try {
    return await fn(call);
  } finally {
    try {
      await core.invoke('register:lock', { reason: 'user' });
      // The automatic backup on close runs in the background: let it finish before the throwaway profile goes.
      await pendingAutoBackups();
    } finally {
      core.shutdown();
      rmSync(profileDir, { recursive: true, force: true });
    }
  }
}

/** Unlocks the register in `dir` with the passphrase `ctx` gives (environment, prompt or pipe). */
export async function unlock(call: Call, dir: string, ctx: CommandContext): Promise<void> {
  await call('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: await ctx.passphrase() } });
}

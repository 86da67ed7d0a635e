import { contract, isChannel, type Channel, type CoreChannel } from '../../shared/contract';
import type { EventName } from '../../shared/contract/events';
import { runContractCall } from '../../shared/contract/run-call';
import { fail, type Result } from '../../shared/errors';
import { roleAllows } from '../../shared/roles';
import { toAppError } from './errors';
import { handlers as defaultHandlers } from './handlers';
import { restoringFolderNamed } from './backup/off-thread';
import { installAutoBackup } from './handlers/backup';
import type { CoreContext, CoreHandlers, Handler } from './handlers/types';
import { log } from './logger';
import { RegisterSession } from './register/session';
import { Profile } from './storage/profile';

export interface CoreOptions {
  /** Folder for the device profile (recent registers, language). The app's userData in Electron. */
  profileDir: string;
  /** Where the create screen suggests putting a new register. */
  defaultRegisterDir: string;
  appVersion: string;
  emit: (event: EventName, payload: unknown) => void;
  /** Let the host call internal channels (the Electron main process does; the renderer never can). */
  handlers?: CoreHandlers;
}

export interface Core {
  /** Validates and runs one call. Never throws: every failure is a Result with an ErrorCode. */
  invoke(channel: unknown, input: unknown, from?: 'renderer' | 'internal'): Promise<Result<unknown>>;
  /** Locks the open register (audited) before the process ends. */
  shutdown(): void;
}

/** Creates the core: the one place that validates calls, runs handlers one at a time, and answers Results. */
export function createCore(options: CoreOptions): Core {
  const ctx: CoreContext = {
    session: new RegisterSession(),
    profile: new Profile(options.profileDir),
    defaultRegisterDir: options.defaultRegisterDir,
    appVersion: options.appVersion,
    emit: (event, payload) => options.emit(event, payload),
  };
  const handlers = options.handlers ?? defaultHandlers;
  // A backup of the register each time it is closed (backup/auto.ts).
  installAutoBackup(ctx);
  // One call at a time: the database connection and the key in memory are shared state, and a
  // lock arriving during an unlock must not interleave with it.
  let queue: Promise<unknown> = Promise.resolve();

  const hooks = {
    toError(error: unknown) {
      const appError = toAppError(error);
      if (appError.code === 'INTERNAL') log.error('core.handler-failed', { detail: appError.detail ?? '' });
      return appError;
    },
    onOutputInvalid: (path: string) => log.error('core.output-invalid', { path }),
  };

  function run(channel: CoreChannel, input: unknown): Promise<Result<unknown>> {
    const handler = handlers[channel] as Handler<CoreChannel>;
    return runContractCall(channel, contract[channel], input, (parsed) => handler(parsed as never, ctx), hooks);
  }

  return {
    invoke(channel, input, from = 'renderer') {
      if (!isChannel(channel)) return Promise.resolve(fail('UNKNOWN_CHANNEL', String(channel).slice(0, 80)));
      const def = contract[channel as Channel];
      if (def.side !== 'core') return Promise.resolve(fail('UNKNOWN_CHANNEL', `${channel} is answered by the shell`));
      if (def.access === 'internal' && from !== 'internal') return Promise.resolve(fail('NOT_ALLOWED', channel));
      // Roles are enforced here, for every caller (the renderer and the CLI alike), not in the UI.
      const register = ctx.session.open;
      if (register && !roleAllows(register.role, def.minRole ?? 'coordinator')) return Promise.resolve(fail('ROLE_NOT_ALLOWED', channel));
      // A restore runs beside other calls (backup/off-thread.ts): nothing may open, create or write into its folder meanwhile.
      const restoring = restoringFolderNamed(input);
      if (restoring !== null) return Promise.resolve(fail('RESTORE_RUNNING', 'a restore into that folder is running'));
      // A cancel must reach a long call that is still running, and a backup or restore runs in a
      // worker thread while the queue goes on (backup/off-thread.ts), so these do not wait their turn.
      if (def.concurrent) return run(channel as CoreChannel, input);
      const next = queue.then(() => run(channel as CoreChannel, input));
      queue = next.catch(() => undefined);
      return next;
    },
    shutdown() {
      try {
        ctx.session.lock('shutdown');
      } catch (error) {
        log.error('core.shutdown-failed', { detail: String((error as Error).message) });
      }
    },
  };
}

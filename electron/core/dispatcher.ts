import { contract, isChannel, type Channel, type CoreChannel } from '../../shared/contract';
import type { EventName } from '../../shared/contract/events';
import { fail, ok, type Result } from '../../shared/errors';
import { toAppError } from './errors';
import { handlers as defaultHandlers } from './handlers';
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

/**
 * Every contract input is an object, but zod's object schemas accept any object without extra
 * own keys: a Date, Map, Set or Promise would pass as `{}` and run the handler. Only plain data
 * (what JSON and structured clone of a literal produce) may reach a schema.
 */
function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null) return false;
  const proto: unknown = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
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
  // One call at a time: the database connection and the key in memory are shared state, and a
  // lock arriving during an unlock must not interleave with it.
  let queue: Promise<unknown> = Promise.resolve();

  async function run(channel: CoreChannel, input: unknown): Promise<Result<unknown>> {
    const def = contract[channel];
    if (!isPlainObject(input)) return fail('INVALID_INPUT', channel, [{ path: '', message: 'expected a plain object' }]);
    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      return fail(
        'INVALID_INPUT',
        channel,
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    }
    try {
      const handler = handlers[channel] as Handler<CoreChannel>;
      const value: unknown = await handler(parsed.data as never, ctx);
      const checked = def.output.safeParse(value);
      if (!checked.success) {
        log.error('core.output-invalid', { channel, path: checked.error.issues[0]?.path.join('.') ?? '' });
        return fail('INTERNAL', `output of ${channel} does not match the contract`);
      }
      return ok(checked.data);
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'INTERNAL') log.error('core.handler-failed', { channel, detail: appError.detail ?? '' });
      return { ok: false, error: appError };
    }
  }

  return {
    invoke(channel, input, from = 'renderer') {
      if (!isChannel(channel)) return Promise.resolve(fail('UNKNOWN_CHANNEL', String(channel).slice(0, 80)));
      const def = contract[channel as Channel];
      if (def.side !== 'core') return Promise.resolve(fail('UNKNOWN_CHANNEL', `${channel} is answered by the shell`));
      if (def.access === 'internal' && from !== 'internal') return Promise.resolve(fail('NOT_ALLOWED', channel));
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

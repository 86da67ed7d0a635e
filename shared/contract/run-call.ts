import { fail, ok, type AppError, type Result } from '../errors';
import type { ChannelDef } from './define';

// zod treats a Date, Map, RegExp or Promise as an object with no keys, so `{}` schemas would
// accept them; a call's input must be a plain JSON-like object before the schema even looks.
function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null) return false;
  const proto: unknown = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
}

export interface CallHooks {
  /** Turns what a handler threw into an AppError (a known failure keeps its code). */
  toError(error: unknown): AppError;
  /** Told when a handler's value breaks the contract: a bug, answered as INTERNAL. */
  onOutputInvalid(path: string): void;
}

/**
 * Runs one contract call on either side of a process boundary: the input must be a plain object
 * matching the channel's schema (else INVALID_INPUT with the failing fields), the handler's value
 * must match the output schema (else INTERNAL), and nothing throws past here.
 */
export async function runContractCall(
  channel: string,
  def: ChannelDef,
  input: unknown,
  handler: (parsed: unknown) => unknown,
  hooks: CallHooks,
): Promise<Result<unknown>> {
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
    const checked = def.output.safeParse(await handler(parsed.data));
    if (checked.success) return ok(checked.data);
    hooks.onOutputInvalid(checked.error.issues[0]?.path.join('.') ?? '');
    return fail('INTERNAL', `output of ${channel} does not match the contract`);
  } catch (error) {
    return { ok: false, error: hooks.toError(error) };
  }
}

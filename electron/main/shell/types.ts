import type { Channel, Input, Output, ParsedInput, ShellChannel } from '../../../shared/contract';
import type { ErrorCode, Result } from '../../../shared/errors';

/** How the shell reaches core: `internal` for its own calls (device slots, locking), never for the renderer's. */
export type CallCore = <K extends Channel>(channel: K, input: Input<K>, from: 'renderer' | 'internal') => Promise<Result<unknown>>;

export type ShellHandler<K extends ShellChannel> = (input: ParsedInput<K>) => Output<K> | Promise<Output<K>>;

/** One handler per shell channel: leaving one out is a compile error, as for core's handlers. */
export type ShellHandlers = { [K in ShellChannel]: ShellHandler<K> };

/** A failure a shell handler reports to the renderer as a Result error code. */
export class ShellError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ShellError';
  }
}

/** Unwraps a core Result inside a shell handler: a core failure becomes the shell's failure, code intact. */
export function unwrap<T>(result: Result<unknown>): T {
  if (result.ok) return result.value as T;
  throw new ShellError(result.error.code, result.error.detail);
}

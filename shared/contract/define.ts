import type { z } from 'zod';

/** Who answers a channel: core (data, in the utility process) or the shell (dialogs, keychain). */
export type Side = 'core' | 'shell';
/** Who may call it: the renderer through the preload, or only the Electron main process. */
export type Access = 'renderer' | 'internal';
/** The least role a register user needs for a core channel; core refuses the rest (ROLE_NOT_ALLOWED). */
export type MinRole = 'read-only' | 'coordinator' | 'administrator';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  side: Side;
  access: Access;
  input: I;
  output: O;
  /** Answered outside core's one-call-at-a-time queue (see coreConcurrentCall, and the backup channels). */
  concurrent?: true;
  /** Core channels: the least role needed while a register is open. Missing means 'coordinator'. */
  minRole?: MinRole;
}

/** Declares a channel answered by core and callable from the renderer. */
export function coreCall<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelDef<I, O> & { side: 'core'; access: 'renderer' } {
  return { side: 'core', access: 'renderer', input, output };
}

/** Declares a core channel that only reads: every user may call it, read-only users included. */
export function coreRead<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelDef<I, O> & { side: 'core'; access: 'renderer'; minRole: 'read-only' } {
  return { side: 'core', access: 'renderer', input, output, minRole: 'read-only' };
}

/** Declares a core channel only an administrator of the register may call (users, retention runs). */
export function coreAdmin<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelDef<I, O> & { side: 'core'; access: 'renderer'; minRole: 'administrator' } {
  return { side: 'core', access: 'renderer', input, output, minRole: 'administrator' };
}

/** Declares a channel answered by core that only the main process may call (never the renderer). */
export function internalCall<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelDef<I, O> & { side: 'core'; access: 'internal' } {
  return { side: 'core', access: 'internal', input, output };
}

/** Declares a channel answered by the shell (Electron main, or the test harness standing in for it). */
export function shellCall<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelDef<I, O> & { side: 'shell'; access: 'renderer' } {
  return { side: 'shell', access: 'renderer', input, output };
}

/**
 * Declares a core channel that core answers at once, even while another call is running (the
 * dispatcher otherwise runs calls one at a time). Only for calls that touch no register data,
 * such as cancelling a running operation.
 */
export function coreConcurrentCall<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelDef<I, O> & { side: 'core'; access: 'renderer'; concurrent: true } {
  return { side: 'core', access: 'renderer', input, output, concurrent: true };
}

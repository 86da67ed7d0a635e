import { z } from 'zod';
import { LockReason } from './schemas';

/** Events flow from core (or the shell) to the renderer. */
export const events = {
  'register:locked': z.object({ reason: LockReason }),
  progress: z.object({ operationId: z.string(), done: z.number(), total: z.number() }),
  'core:crashed': z.object({ detail: z.string() }),
  /**
   * A backup is being written in the background (core): an automatic one after a lock or daily,
   * or "Back up now"; or a backup is being restored (`what: 'restore'`). Step `done` of `total`,
   * then `running: false` once it is finished or failed. The shell waits for it before it lets
   * core go when quitting.
   */
  'backup:background': z.object({ running: z.boolean(), done: z.number(), total: z.number(), what: z.literal('restore').optional() }),
  /** The app is quitting (shell): the window stays up while core finishes, and may say why. */
  'app:closing': z.object({}),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

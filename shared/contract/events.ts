import { z } from 'zod';
import { LockReason } from './schemas';

/** Events flow from core (or the shell) to the renderer. */
export const events = {
  'register:locked': z.object({ reason: LockReason }),
  progress: z.object({ operationId: z.string(), done: z.number(), total: z.number() }),
  'core:crashed': z.object({ detail: z.string() }),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

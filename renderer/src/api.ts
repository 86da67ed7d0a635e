import type { Input, Output, RendererChannel } from '../../shared/contract';
import type { EventName, EventPayload } from '../../shared/contract/events';
import type { AppError } from '../../shared/errors';
import type { BindeledApi } from '../../shared/protocol';

declare global {
  interface Window {
    api: BindeledApi;
  }
}

/** A failed contract call, carrying the error code the UI translates. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.code);
    this.name = 'ApiError';
  }
}

/** Calls a contract channel and returns its value, or throws an ApiError with the code. */
export async function call<K extends RendererChannel>(channel: K, input: Input<K>): Promise<Output<K>> {
  let result;
  try {
    result = await window.api.invoke(channel, input);
  } catch {
    // The relay itself failed (core gone, harness gone): the same as a crash for the user.
    throw new ApiError({ code: 'CORE_CRASHED' });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value as Output<K>;
}

/** Subscribes to an event from core or the shell; returns the unsubscribe function. */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.api.on(event, (payload) => listener(payload as EventPayload<E>));
}

/** The error of a failed call as an AppError, whatever was thrown. */
export function asAppError(error: unknown): AppError {
  return error instanceof ApiError ? error.error : { code: 'INTERNAL', detail: String(error) };
}

import type { Result } from './errors';
import type { EventName } from './contract/events';

// The message protocol between a host (Electron main, the harness, a test) and the core process.
// Over Electron's utilityProcess port and over Node's child-process IPC alike.

export interface InvokeMessage {
  kind: 'invoke';
  id: number;
  channel: string;
  input: unknown;
  /** Set by the host: 'internal' only for the main process's own calls, never for the renderer's. */
  from?: 'renderer' | 'internal';
}
export interface ResultMessage {
  kind: 'result';
  id: number;
  result: Result<unknown>;
}
export interface EventMessage {
  kind: 'event';
  event: EventName;
  payload: unknown;
}
export interface ReadyMessage {
  kind: 'ready';
}

export type ToCore = InvokeMessage;
export type FromCore = ResultMessage | EventMessage | ReadyMessage;

/** The object the preload exposes as `window.api`, and the harness imitates. */
export interface BindeledApi {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

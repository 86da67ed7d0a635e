// The sandboxed preload: exposes `window.api` (invoke + on) and nothing else. It knows the list
// of renderer channels and refuses any other name before a message is sent. It must not import
// zod or anything else that is not `electron`: a sandboxed preload can only require `electron`.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { RENDERER_CHANNEL_NAMES } from '../../shared/contract/channel-names';
import type { EventName } from '../../shared/contract/events';
import type { Result } from '../../shared/errors';
import type { BindeledApi } from '../../shared/protocol';

const INVOKE_CHANNEL = 'bindeled:invoke';
const EVENT_CHANNEL = 'bindeled:event';
const EVENT_LIST = [
  'register:locked',
  'progress',
  'core:crashed',
  'backup:background',
  'app:closing',
] as const satisfies readonly EventName[];
/** Fails to compile when shared/contract/events.ts gains an event this list lacks. */
export const everyEventListed: [Exclude<EventName, (typeof EVENT_LIST)[number]>] extends [never] ? true : never = true;
const EVENT_NAMES: ReadonlySet<string> = new Set(EVENT_LIST);
const CHANNELS: ReadonlySet<string> = new Set(RENDERER_CHANNEL_NAMES);

const api: BindeledApi = {
  invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    if (typeof channel !== 'string' || !CHANNELS.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'NOT_ALLOWED', detail: String(channel).slice(0, 80) } });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input) as Promise<Result<unknown>>;
  },
  on(event: EventName, listener: (payload: unknown) => void): () => void {
    if (!EVENT_NAMES.has(event) || typeof listener !== 'function') return () => undefined;
    // The renderer never sees Electron's event object (it carries `sender`): only the payload.
    const wrapped = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);

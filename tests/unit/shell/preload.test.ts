import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDERER_CHANNEL_NAMES } from '../../../shared/contract/channel-names';
import type { BindeledApi } from '../../../shared/protocol';

const exposed: Record<string, unknown> = {};
const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
const invoke = vi.fn(async () => ({ ok: true, value: {} }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      ),
  },
}));

await import('../../../electron/preload/index');
const api = exposed.api as BindeledApi;

beforeEach(() => invoke.mockClear());

describe('preload', () => {
  it('exposes exactly window.api with invoke and on', () => {
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('sends renderer channels over the one invoke channel', async () => {
    for (const channel of RENDERER_CHANNEL_NAMES) {
      await api.invoke(channel, { a: 1 });
      expect(invoke).toHaveBeenLastCalledWith('bindeled:invoke', channel, { a: 1 });
    }
  });

  it('refuses internal and unknown channels without sending anything', async () => {
    for (const channel of ['device:addSlot', 'device:unlock', 'nope', '', 'constructor']) {
      expect(await api.invoke(channel, {})).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    }
    expect(await api.invoke(5 as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('delivers only the named event’s payload, never the IPC event, and unsubscribes', () => {
    const got: unknown[] = [];
    const off = api.on('register:locked', (payload) => got.push(payload));
    const fire = (...args: unknown[]) => (listeners.get('bindeled:event') ?? []).forEach((l) => l({ sender: 'secret' }, ...args));
    fire('progress', { done: 1 });
    fire('register:locked', { reason: 'idle' });
    expect(got).toEqual([{ reason: 'idle' }]);
    off();
    fire('register:locked', { reason: 'user' });
    expect(got).toHaveLength(1);
  });

  it('ignores subscriptions to undeclared events', () => {
    const before = listeners.get('bindeled:event')?.length ?? 0;
    api.on('nope' as never, () => undefined);
    expect(listeners.get('bindeled:event')?.length ?? 0).toBe(before);
  });
});

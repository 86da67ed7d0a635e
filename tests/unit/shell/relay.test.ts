import { describe, expect, it, vi } from 'vitest';
import { RENDERER_CHANNEL_NAMES } from '../../../shared/contract/channel-names';
import { fail, ok } from '../../../shared/errors';
import { createRelay, isTrustedSender, routeRendererCall, type SenderInfo } from '../../../electron/main/relay';
import type { ShellHandlers } from '../../../electron/main/shell/types';
import { ShellError } from '../../../electron/main/shell/types';

const origin = { protocol: 'app:', host: 'bindeled' };
const trusted: SenderInfo = { fromMainWindow: true, isMainFrame: true, url: 'app://bindeled/index.html#/unlock' };

function shellHandlers(overrides: Partial<ShellHandlers> = {}): ShellHandlers {
  return {
    'shell:capabilities': () => ({ deviceKeychain: 'available', chooseFolder: true }),
    'shell:chooseFolder': () => ({ dir: '/picked' }),
    'shell:chooseFile': () => ({ path: '/picked/file.csv' }),
    'shell:chooseSaveFile': () => ({ path: '/picked/out.csv' }),
    'shell:rememberOnDevice': () => ({}),
    'shell:unlockWithDevice': ({ dir }) => ({
      dir,
      label: 'Org',
      mustSetPassphrase: false,
      user: { id: 'owner', displayName: 'Owner', role: 'administrator' },
    }),
    'shell:restartCore': () => ({}),
    ...overrides,
  };
}

describe('sender check', () => {
  it('accepts only the main window top frame showing the app', () => {
    expect(isTrustedSender(trusted, origin)).toBe(true);
    expect(isTrustedSender({ ...trusted, fromMainWindow: false }, origin)).toBe(false);
    expect(isTrustedSender({ ...trusted, isMainFrame: false }, origin)).toBe(false);
    expect(isTrustedSender({ ...trusted, url: undefined }, origin)).toBe(false);
    expect(isTrustedSender({ ...trusted, url: 'https://evil.example/index.html' }, origin)).toBe(false);
    expect(isTrustedSender({ ...trusted, url: 'app://other/index.html' }, origin)).toBe(false);
    expect(isTrustedSender({ ...trusted, url: 'file:///work/out/renderer/index.html' }, origin)).toBe(false);
    expect(isTrustedSender({ ...trusted, url: 'not a url' }, origin)).toBe(false);
  });

  it('accepts the dev server origin in development, and no other port', () => {
    const dev = { protocol: 'http:', host: 'localhost:5173' };
    expect(isTrustedSender({ ...trusted, url: 'http://localhost:5173/' }, dev)).toBe(true);
    expect(isTrustedSender({ ...trusted, url: 'http://localhost:5174/' }, dev)).toBe(false);
  });
});

describe('routing', () => {
  it('sends core channels to core and shell channels to the shell', () => {
    expect(routeRendererCall('register:unlock')).toEqual({ to: 'core', channel: 'register:unlock' });
    expect(routeRendererCall('shell:chooseFolder')).toEqual({ to: 'shell', channel: 'shell:chooseFolder' });
  });

  it('refuses internal channels, unknown names and non-strings', () => {
    for (const channel of [
      'device:addSlot',
      'device:unlock',
      'device:removeSlot',
      'nope',
      '__proto__',
      'constructor',
      42,
      null,
      undefined,
      {},
    ]) {
      expect(routeRendererCall(channel)).toEqual({ to: 'refuse' });
    }
  });

  it('routes every renderer channel somewhere', () => {
    for (const channel of RENDERER_CHANNEL_NAMES) expect(routeRendererCall(channel).to).not.toBe('refuse');
  });
});

describe('relay', () => {
  it('refuses an untrusted sender without calling anything', async () => {
    const callCore = vi.fn();
    const relay = createRelay({ origin: () => origin, callCore, shell: shellHandlers() });
    const result = await relay.handle({ ...trusted, isMainFrame: false }, 'app:state', {});
    expect(result).toEqual({ ok: false, error: { code: 'NOT_ALLOWED', detail: 'sender' } });
    expect(callCore).not.toHaveBeenCalled();
  });

  it('refuses an internal channel from the renderer with NOT_ALLOWED', async () => {
    const callCore = vi.fn();
    const relay = createRelay({ origin: () => origin, callCore, shell: shellHandlers() });
    const result = await relay.handle(trusted, 'device:addSlot', { secretHex: 'a'.repeat(64) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('NOT_ALLOWED');
    expect(callCore).not.toHaveBeenCalled();
  });

  it('forwards core channels marked as the renderer’s', async () => {
    const callCore = vi.fn().mockResolvedValue(ok({ done: true }));
    const relay = createRelay({ origin: () => origin, callCore, shell: shellHandlers() });
    expect(await relay.handle(trusted, 'register:lock', { reason: 'user' })).toEqual(ok({ done: true }));
    expect(callCore).toHaveBeenCalledWith('register:lock', { reason: 'user' }, 'renderer');
  });

  it('validates shell input and output against the contract', async () => {
    const relay = createRelay({
      origin: () => origin,
      callCore: vi.fn(),
      shell: shellHandlers({ 'shell:chooseFolder': () => ({ dir: 5 }) as never }),
    });
    const bad = await relay.handle(trusted, 'shell:chooseFolder', { purpose: 'steal' });
    expect(bad.ok === false && bad.error.code).toBe('INVALID_INPUT');
    const wrongOutput = await relay.handle(trusted, 'shell:chooseFolder', { purpose: 'create' });
    expect(wrongOutput.ok === false && wrongOutput.error.code).toBe('INTERNAL');
  });

  it('refuses a Date, Map or array posing as an empty input, before any shell handler runs', async () => {
    const restartCore = vi.fn(() => ({}));
    const relay = createRelay({ origin: () => origin, callCore: vi.fn(), shell: shellHandlers({ 'shell:restartCore': restartCore }) });
    for (const junk of [new Date(), new Map(), [], null, 'x']) {
      const result = await relay.handle(trusted, 'shell:restartCore', junk);
      expect(result.ok === false && result.error.code).toBe('INVALID_INPUT');
    }
    expect(restartCore).not.toHaveBeenCalled();
    expect((await relay.handle(trusted, 'shell:restartCore', {})).ok).toBe(true);
  });

  it('answers shell channels and turns ShellError and crashes into Results', async () => {
    const relay = createRelay({
      origin: () => origin,
      callCore: vi.fn(),
      shell: shellHandlers({
        'shell:rememberOnDevice': () => {
          throw new ShellError('NOT_AVAILABLE', 'device keychain insecure');
        },
        'shell:restartCore': () => {
          throw new Error('boom');
        },
      }),
    });
    expect(await relay.handle(trusted, 'shell:capabilities', {})).toEqual(ok({ deviceKeychain: 'available', chooseFolder: true }));
    expect(await relay.handle(trusted, 'shell:rememberOnDevice', { enabled: true })).toEqual(
      fail('NOT_AVAILABLE', 'device keychain insecure'),
    );
    expect(await relay.handle(trusted, 'shell:restartCore', {})).toEqual(fail('INTERNAL', 'shell:restartCore'));
  });
});

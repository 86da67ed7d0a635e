// The pure part of the IPC relay: who may call, and where each call goes. No `electron` import,
// so it is unit-tested under plain Node (tests/unit/shell/relay.test.ts).
import { contract, isChannel, type Channel, type ShellChannel } from '../../shared/contract';
import { RENDERER_CHANNEL_NAMES } from '../../shared/contract/channel-names';
import { runContractCall } from '../../shared/contract/run-call';
import { fail, type Result } from '../../shared/errors';
import { log } from './logger';
import { ShellError, type CallCore, type ShellHandler, type ShellHandlers } from './shell/types';

/** Where the app's own pages live: `app://bindeled/…` when packaged, the dev server's origin in development. */
export interface AppOrigin {
  protocol: string;
  host: string;
}

/** What the relay knows about the frame that sent an IPC message. */
export interface SenderInfo {
  /** The message came from the main window's web contents (not another window or a webview). */
  fromMainWindow: boolean;
  /** The sending frame is that window's top frame (not an iframe). */
  isMainFrame: boolean;
  /** The sending frame's URL; undefined when the frame has gone. */
  url: string | undefined;
}

/** True when `url` is one of the app's own pages (same scheme and host as the app origin). */
export function isAppUrl(url: string | undefined, origin: AppOrigin): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === origin.protocol && parsed.host === origin.host;
  } catch {
    return false;
  }
}

/**
 * Only the main window's top frame, showing the app's own page, may call the contract. A page
 * that somehow navigated elsewhere, an iframe, or any other web contents is refused.
 */
export function isTrustedSender(sender: SenderInfo, origin: AppOrigin): boolean {
  return sender.fromMainWindow && sender.isMainFrame && isAppUrl(sender.url, origin);
}

export type Route = { to: 'core'; channel: Channel } | { to: 'shell'; channel: ShellChannel } | { to: 'refuse' };

const rendererChannels: ReadonlySet<string> = new Set(RENDERER_CHANNEL_NAMES);

/** Where a renderer call goes. Internal channels and anything undeclared are refused. */
export function routeRendererCall(channel: unknown): Route {
  if (typeof channel !== 'string' || !rendererChannels.has(channel) || !isChannel(channel)) return { to: 'refuse' };
  const def = contract[channel];
  if (def.access !== 'renderer') return { to: 'refuse' };
  return def.side === 'shell' ? { to: 'shell', channel: channel as ShellChannel } : { to: 'core', channel };
}

/** Runs a shell channel under the same contract checks as core's calls; throws become Results. */
export function runShellCall(channel: ShellChannel, input: unknown, handlers: ShellHandlers): Promise<Result<unknown>> {
  const handler = handlers[channel] as ShellHandler<ShellChannel>;
  return runContractCall(channel, contract[channel], input, (parsed) => handler(parsed as never), {
    toError(error) {
      if (error instanceof ShellError)
        return error.detail === undefined ? { code: error.code } : { code: error.code, detail: error.detail };
      log.error('shell.handler-failed', { channel, detail: (error as Error)?.message ?? 'unknown' });
      return { code: 'INTERNAL', detail: channel };
    },
    onOutputInvalid: () => log.error('shell.output-invalid', { channel }),
  });
}

export interface Relay {
  /** Answers one renderer message: refuses untrusted senders and non-renderer channels, forwards the rest. */
  handle(sender: SenderInfo, channel: unknown, input: unknown): Promise<Result<unknown>>;
}

/** Builds the relay from the app origin, the way to reach core, and the shell's own handlers. */
export function createRelay(deps: { origin: () => AppOrigin; callCore: CallCore; shell: ShellHandlers }): Relay {
  return {
    async handle(sender, channel, input) {
      if (!isTrustedSender(sender, deps.origin())) {
        log.warn('ipc.untrusted-sender', { mainWindow: sender.fromMainWindow, mainFrame: sender.isMainFrame });
        return fail('NOT_ALLOWED', 'sender');
      }
      const route = routeRendererCall(channel);
      switch (route.to) {
        case 'refuse':
          log.warn('ipc.channel-refused', { channel: typeof channel === 'string' ? channel.slice(0, 80) : typeof channel });
          return fail('NOT_ALLOWED', typeof channel === 'string' ? channel.slice(0, 80) : 'channel');
        case 'shell':
          return runShellCall(route.channel, input, deps.shell);
        case 'core':
          // Core validates the input itself; marking the call as the renderer's keeps internal channels shut.
          return deps.callCore(route.channel, input as never, 'renderer');
      }
    },
  };
}

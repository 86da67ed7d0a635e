// The core process entry. The Electron shell starts it as a utilityProcess (messages over
// process.parentPort); the test harness and the Electron-less e2e tests start it with Node's
// child_process.fork (messages over process.send). The protocol is the same: see shared/protocol.ts.
import os from 'node:os';
import path from 'node:path';
import type { FromCore, ToCore } from '../../shared/protocol';
import { pendingAutoBackups } from './backup/auto';
import { createCore } from './dispatcher';
import { log } from './logger';

interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
const send: (message: FromCore) => void = parentPort
  ? (message) => parentPort.postMessage(message)
  : (message) => {
      process.send?.(message);
    };

const profileDir = process.env.BINDELED_PROFILE_DIR ?? path.join(os.homedir(), '.bindeled');
const core = createCore({
  profileDir,
  defaultRegisterDir: process.env.BINDELED_DEFAULT_REGISTER_DIR ?? path.join(os.homedir(), 'Documents', 'Bindeled'),
  appVersion: process.env.BINDELED_APP_VERSION ?? '0.0.0',
  emit: (event, payload) => send({ kind: 'event', event, payload }),
});

function onMessage(raw: unknown): void {
  const message = raw as Partial<ToCore> | null;
  if (!message || message.kind !== 'invoke' || typeof message.id !== 'number') {
    log.warn('core.bad-message');
    return;
  }
  // Only the host talks to this process, and the host marks what the renderer sent. Internal
  // channels are callable when the host says the call is its own.
  const from = (message as { from?: unknown }).from === 'internal' ? 'internal' : 'renderer';
  void core.invoke(message.channel, message.input, from).then((result) => send({ kind: 'result', id: message.id as number, result }));
}

if (parentPort) parentPort.on('message', (e) => onMessage(e.data));
else process.on('message', onMessage);

// The daily automatic backup while a register stays open for days: core asks itself every ten
// minutes, through the dispatcher's queue so it never runs in the middle of another call
// (backup/auto.ts decides whether one is due). unref: the timer never keeps core alive.
const DAILY_CHECK_MS = 10 * 60 * 1000;
setInterval(() => void core.invoke('backup:tick', {}, 'internal'), DAILY_CHECK_MS).unref();

// Quitting locks the register, and so may start its automatic backup in the background:
// wait for it, so the backup file is complete (it is written to a temp file and renamed).
function stop(): void {
  core.shutdown();
  void pendingAutoBackups().finally(() => process.exit(0));
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
send({ kind: 'ready' });
log.info('core.ready', { profile: profileDir === undefined ? 'none' : 'set' });

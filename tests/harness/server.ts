// The browser test harness: stands in for the Electron shell so the real built renderer can be
// driven in Chromium against the real core. It uses the shell's own Electron-free parts — the
// core host (start, crash handling, restart), the relay (routing, contract checks) and the shell
// handlers with the device-keychain logic — and swaps only what needs Electron: core runs as a
// Node child process instead of a utilityProcess, the IPC is loopback HTTP (POST /invoke and
// server-sent events), the folder and file pickers and the OS keychain are test stand-ins.
// Test-only: never part of the packaged app.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { EVENT_NAMES } from '../../shared/contract/events';
import { createCoreHost, type CoreProcess } from '../../electron/main/core-host';
import { createRelay } from '../../electron/main/relay';
import { createDeviceKeychain } from '../../electron/main/shell/device-keychain';
import { createShellHandlers } from '../../electron/main/shell/handlers';
import { TEST_KDF_ENV, TEST_KDF_VALUE } from '../../electron/core/crypto/test-seam';
import { fakeKeychain, type FakeKeychainMode } from './fake-keychain';
import { serveStatic } from './static';

const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'out', 'renderer');
const coreEntry = path.join(root, 'out', 'main', 'core.js');
const appVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const port = Number(process.argv[process.argv.indexOf('--port') + 1] || process.env.HARNESS_PORT || 4173);
const origin = { protocol: 'http:', host: `127.0.0.1:${port}` };

let workDir = '';
let keychainMode: FakeKeychainMode = 'none';
let nextFolder: string | null = null;
// What the next file dialog answers: a path, or null for "the user cancelled"; undefined = not set.
let nextFile: string | null | undefined;
let nextSaveFile: string | null | undefined;
const listeners = new Set<ServerResponse>();
let coreChild: ChildProcess | null = null;

function broadcast(event: string, payload: unknown): void {
  const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
  for (const res of listeners) res.write(line);
}

function newWorkDir(): void {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-harness-'));
  mkdirSync(path.join(workDir, 'registers'));
}

/** Core as a Node child process, speaking the same protocol as the app's utilityProcess. */
function spawnCore(): CoreProcess {
  const child = fork(coreEntry, [], {
    env: {
      ...process.env,
      BINDELED_PROFILE_DIR: path.join(workDir, 'profile'),
      BINDELED_DEFAULT_REGISTER_DIR: path.join(workDir, 'registers', 'Bindeled'),
      BINDELED_APP_VERSION: appVersion,
      // Browser tests create and unlock hundreds of registers: the harness's core uses the
      // tests' cheap key derivation (electron/core/crypto/kdf.ts). The app's shell never does.
      [TEST_KDF_ENV]: TEST_KDF_VALUE,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // The harness itself runs through tsx; the built core needs no loader (fork would pass it on).
    execArgv: [],
    // Structured clone, like Electron's utilityProcess port: JSON IPC takes seconds on a 50,000-row list.
    serialization: 'advanced',
  });
  coreChild = child;
  return {
    postMessage: (message) => child.send(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code, signal) => listener(code ?? (signal ? 128 : 1))),
    kill: () => child.kill('SIGTERM'),
  };
}

const host = createCoreHost({
  spawn: spawnCore,
  onEvent: broadcast,
  onCrash: (detail) => broadcast('core:crashed', { detail }),
  stopTimeoutMs: 3000,
});
const callCore = (channel: string, input: unknown, from: 'renderer' | 'internal') => host.invoke(channel, input, from);
const relay = createRelay({
  origin: () => origin,
  callCore,
  shell: createShellHandlers({
    device: createDeviceKeychain({
      keysDir: path.join(os.tmpdir(), `bindeled-harness-keys-${port}`),
      keychain: fakeKeychain(() => keychainMode),
      callCore,
    }),
    chooseFolder: async () => {
      const dir = nextFolder ?? path.join(workDir, 'registers', `chosen-${Date.now()}`);
      nextFolder = null;
      return dir;
    },
    chooseFile: async () => {
      const file = nextFile ?? null;
      nextFile = undefined;
      return file;
    },
    // A save dialog answers with a fresh path in the work folder, so a test can find what was written.
    chooseSaveFile: async (_purpose, suggestedName) => {
      const file = nextSaveFile !== undefined ? nextSaveFile : path.join(workDir, 'saved', `${Date.now()}-${path.basename(suggestedName)}`);
      nextSaveFile = undefined;
      if (file) mkdirSync(path.dirname(file), { recursive: true });
      return file;
    },
    restartCore: () => host.restart(),
  }),
});

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      try {
        resolve(body ? (JSON.parse(body) as Record<string, unknown>) : {});
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

function json(res: ServerResponse, value: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (req.method === 'POST' && url.pathname === '/invoke') {
    const body = await readJson(req);
    // The page's origin stands in for Electron's sender frame: only the app's own page may call.
    const sender = { fromMainWindow: true, isMainFrame: true, url: req.headers.origin ?? req.headers.referer };
    return json(res, await relay.handle(sender, body.channel, body.input));
  }
  if (url.pathname === '/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(': connected\n\n');
    listeners.add(res);
    req.on('close', () => listeners.delete(res));
    return;
  }
  // Test controls.
  if (req.method === 'POST' && url.pathname === '/__harness/reset') {
    const body = await readJson(req);
    keychainMode = (body.keychain as FakeKeychainMode | undefined) ?? 'none';
    await host.stop();
    newWorkDir();
    host.start();
    return json(res, { workDir });
  }
  if (req.method === 'POST' && url.pathname === '/__harness/kill-core') {
    // SIGKILL, not the host's orderly stop: the crash path is what is under test.
    coreChild?.kill('SIGKILL');
    return json(res, {});
  }
  if (req.method === 'POST' && url.pathname === '/__harness/next-folder') {
    nextFolder = String((await readJson(req)).dir);
    return json(res, {});
  }
  if (req.method === 'POST' && url.pathname === '/__harness/next-file') {
    const file = (await readJson(req)).path;
    nextFile = typeof file === 'string' ? file : null;
    return json(res, {});
  }
  if (req.method === 'POST' && url.pathname === '/__harness/next-save-file') {
    const file = (await readJson(req)).path;
    nextSaveFile = typeof file === 'string' ? file : null;
    return json(res, {});
  }
  if (req.method === 'POST' && url.pathname === '/__harness/emit') {
    // Stands in for the shell (app:closing) or core (backup:background) to show the window's
    // side of quitting at a moment of the test's choosing; only declared events.
    const body = await readJson(req);
    if (typeof body.event !== 'string' || !(EVENT_NAMES as string[]).includes(body.event)) return json(res, { error: 'event' }, 400);
    broadcast(body.event, body.payload);
    return json(res, {});
  }
  if (req.method === 'GET' && url.pathname === '/__harness/state')
    return json(res, { workDir, coreRunning: host.isRunning(), pid: process.pid });
  return serveStatic(rendererDir, url.pathname, res);
}

const server = createServer((req, res) => {
  route(req, res, new URL(req.url ?? '/', 'http://127.0.0.1')).catch((error: unknown) => json(res, { error: String(error) }, 500));
});

newWorkDir();
host.start();
server.listen(port, '127.0.0.1', () => process.stdout.write(`harness on http://127.0.0.1:${port}\n`));
// Stopping waits for core's backup at close, as the app does, but never long enough for the
// test runner to give up on the worker: a harness left running would keep the port, and the
// next worker's tests would talk to it. Past the deadline core is killed and the harness ends.
const STOP_DEADLINE_MS = 20_000;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    const deadline = setTimeout(() => {
      process.stderr.write(`harness: core did not stop within ${STOP_DEADLINE_MS} ms; killed\n`);
      coreChild?.kill('SIGKILL');
      process.exit(0);
    }, STOP_DEADLINE_MS);
    void host.stop().finally(() => {
      clearTimeout(deadline);
      server.close();
      process.exit(0);
    });
  });
}

// The browser test harness: stands in for the Electron shell so the real built renderer can be
// driven in Chromium against the real core. It starts core exactly as the app does (a child
// process speaking shared/protocol.ts), serves out/renderer, relays contract calls over
// loopback (POST /invoke, events over server-sent events), and answers the shell channels the
// way a test needs. Test-only: never part of the packaged app.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { contract, isChannel, type ShellChannel } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/errors';
import type { FromCore } from '../../shared/protocol';
import { serveStatic } from './static';

const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'out', 'renderer');
const coreEntry = path.join(root, 'out', 'main', 'core.js');
const appVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const port = Number(process.argv[process.argv.indexOf('--port') + 1] || process.env.HARNESS_PORT || 4173);

let workDir = '';
let core: ChildProcess | null = null;
let nextId = 1;
const pending = new Map<number, (result: Result<unknown>) => void>();
const listeners = new Set<ServerResponse>();
let nextFolder: string | null = null;

function broadcast(event: string, payload: unknown): void {
  const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
  for (const res of listeners) res.write(line);
}

/** Starts core; `fresh` gives it a new profile and temp folder (a test reset), else it keeps them (a restart). */
function startCore(fresh: boolean): void {
  if (fresh || !workDir) {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-harness-'));
    mkdirSync(path.join(workDir, 'registers'));
  }
  const child = fork(coreEntry, [], {
    env: {
      ...process.env,
      BINDELED_PROFILE_DIR: path.join(workDir, 'profile'),
      BINDELED_DEFAULT_REGISTER_DIR: path.join(workDir, 'registers', 'Bindeled'),
      BINDELED_APP_VERSION: appVersion,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.on('message', (message: FromCore) => {
    if (message.kind === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message.kind === 'event') broadcast(message.event, message.payload);
  });
  child.on('exit', (code, signal) => {
    if (core !== child) return; // a deliberate restart
    core = null;
    for (const resolve of pending.values()) resolve(fail('CORE_CRASHED', `core exited (${signal ?? code})`));
    pending.clear();
    broadcast('core:crashed', { detail: `core exited (${signal ?? code})` });
  });
  core = child;
}

function stopCore(): void {
  const child = core;
  core = null;
  child?.kill('SIGTERM');
}

function toCore(channel: string, input: unknown): Promise<Result<unknown>> {
  const child = core;
  if (!child) return Promise.resolve(fail('CORE_CRASHED', 'core is not running'));
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    child.send({ kind: 'invoke', id, channel, input, from: 'renderer' });
  });
}

/** The shell channels as the harness answers them: no OS keychain, folders chosen by the test. */
const shell: { [K in ShellChannel]: (input: unknown) => Result<unknown> | Promise<Result<unknown>> } = {
  'shell:capabilities': () => ok({ deviceKeychain: 'unavailable', chooseFolder: true }),
  'shell:chooseFolder': () => {
    const dir = nextFolder ?? path.join(workDir, 'registers', `chosen-${Date.now()}`);
    nextFolder = null;
    return ok({ dir });
  },
  'shell:rememberOnDevice': () => fail('NOT_AVAILABLE'),
  'shell:unlockWithDevice': () => fail('NOT_AVAILABLE'),
  'shell:restartCore': () => {
    stopCore();
    startCore(false);
    return ok({});
  },
};

async function invoke(channel: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL');
  const def = contract[channel];
  if (def.access !== 'renderer') return fail('NOT_ALLOWED', channel);
  if (def.side === 'core') return toCore(channel, input);
  const parsed = def.input.safeParse(input);
  if (!parsed.success) return fail('INVALID_INPUT', channel);
  return shell[channel as ShellChannel](parsed.data);
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      try {
        resolve(body ? JSON.parse(body) : {});
      } catch (error) {
        reject(error);
      }
    });
  });
}

function json(res: ServerResponse, value: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  void (async () => {
    if (req.method === 'POST' && url.pathname === '/invoke') {
      const body = (await readJson(req)) as { channel?: unknown; input?: unknown };
      return json(res, await invoke(body.channel, body.input));
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
      stopCore();
      startCore(true);
      return json(res, { workDir });
    }
    if (req.method === 'POST' && url.pathname === '/__harness/kill-core') {
      core?.kill('SIGKILL');
      return json(res, {});
    }
    if (req.method === 'POST' && url.pathname === '/__harness/next-folder') {
      nextFolder = ((await readJson(req)) as { dir: string }).dir;
      return json(res, {});
    }
    if (req.method === 'GET' && url.pathname === '/__harness/state') return json(res, { workDir, coreRunning: core !== null });
    return serveStatic(rendererDir, url.pathname, res);
  })().catch((error: unknown) => json(res, { error: String(error) }, 500));
});

startCore(true);
server.listen(port, '127.0.0.1', () => process.stdout.write(`harness on http://127.0.0.1:${port}\n`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopCore();
    server.close();
    process.exit(0);
  });
}

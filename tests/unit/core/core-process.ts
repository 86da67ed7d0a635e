import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import type { Result } from '../../../shared/errors';
import type { FromCore, ToCore } from '../../../shared/protocol';
import { BUILT_CORE } from '../support/built-core';
import { REPO_ROOT } from './helpers';

/**
 * The real core, built (out/main/core.js, from electron/core/main.ts; tests/unit/support/built-core.ts
 * keeps it fresh), as a child process speaking the message protocol, the way the harness starts it.
 */
export class CoreProcess {
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private readonly eventListeners = new Set<(event: string, payload: unknown) => void>();
  private readonly exited: Promise<NodeJS.Signals | number | null>;
  stderr = '';

  private constructor(readonly child: ChildProcess) {
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (this.stderr += s));
    child.on('message', (raw) => {
      const message = raw as FromCore;
      if (message.kind === 'event') for (const listener of this.eventListeners) listener(message.event, message.payload);
      if (message.kind !== 'result') return;
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    });
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        // Calls in flight when the process dies are answered the way a host would answer them.
        for (const answer of this.pending.values()) answer({ ok: false, error: { code: 'CORE_CRASHED' } });
        this.pending.clear();
        resolve(signal ?? code);
      }),
    );
  }

  /**
   * Starts core. `limits` are applied to the child with prlimit right after it starts (e.g.
   * `{ fsize: bytes }`, the largest file it may write: a full disk, as far as SQLite can tell).
   * `base` is the environment it inherits (the test process's, with the tests' cheap key derivation).
   */
  static async start(
    env: Record<string, string>,
    limits: { fsize?: number } = {},
    base: NodeJS.ProcessEnv = process.env,
  ): Promise<CoreProcess> {
    const child = fork(BUILT_CORE, [], {
      cwd: REPO_ROOT,
      env: { ...base, BINDELED_APP_VERSION: 'test', ...env },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const core = new CoreProcess(child);
    if (limits.fsize !== undefined && child.pid !== undefined) {
      execFileSync('prlimit', ['--pid', String(child.pid), `--fsize=${limits.fsize}:${limits.fsize}`]);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`core did not start: ${core.stderr}`)), 30_000);
      child.on('message', (m) => {
        if ((m as FromCore).kind === 'ready') {
          clearTimeout(timer);
          resolve(core);
        }
      });
      child.on('error', reject);
    });
  }

  /** Sends one call (`internal`: as the shell would, for its own channels); the promise settles when core answers (never, if it is killed first). */
  invoke(channel: string, input: unknown, from?: 'internal'): Promise<Result<unknown>> {
    const id = this.nextId++;
    const message: ToCore = { kind: 'invoke', id, channel, input, ...(from ? { from } : {}) };
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.send(message);
    });
  }

  /** Calls `listener` for every event core emits (e.g. 'progress'); returns the unsubscribe. */
  onEvent(listener: (event: string, payload: unknown) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Kills the process without warning (no lock, no checkpoint) and waits until it is gone. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Ends the process the normal way (disconnect → lock → exit). */
  async stop(): Promise<void> {
    this.child.disconnect();
    await this.exited;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

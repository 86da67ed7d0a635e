// Starts and talks to the core process. The process itself is injected (`spawn`), so this file
// has no `electron` import and its crash handling is unit-tested with a fake process.
import type { EventName } from '../../shared/contract/events';
import { fail, type Result } from '../../shared/errors';
import type { FromCore, ToCore } from '../../shared/protocol';
import { log } from './logger';

/** The little we need from Electron's UtilityProcess (or a test double). */
export interface CoreProcess {
  postMessage(message: ToCore): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number) => void): void;
  kill(): void;
}

export interface CoreHostOptions {
  spawn: () => CoreProcess;
  onEvent: (event: EventName, payload: unknown) => void;
  /** Called once per unexpected exit, after pending calls have been answered with CORE_CRASHED. */
  onCrash: (detail: string) => void;
  /** How long stop() waits for the process to exit on its own before it gives up on it. */
  stopTimeoutMs?: number;
  /**
   * How long stop() waits for the next step of a backup core is writing in the background
   * (`backup:background` events) before it stops waiting: the wait goes on as long as steps come.
   */
  backupStepTimeoutMs?: number;
}

interface Running {
  process: CoreProcess;
  ready: Promise<void>;
  exited: Promise<void>;
  stopping: boolean;
  pending: Map<number, (result: Result<unknown>) => void>;
  /** The last `backup:background` event said a backup is being written. */
  backupRunning: boolean;
  /** Settles when the running backup has finished (resolved while none runs). */
  backupDone: Promise<void>;
  /** Called on every `backup:background` event (stop() waits on them). */
  onBackupEvent: (() => void) | null;
}

/**
 * Resolves 'done' when `done` settles, or 'timeout' after `ms` without one; each backup event
 * from core starts the `ms` again, so a backup that keeps progressing is never cut off.
 */
function waitWhileProgressing(run: Running, done: Promise<unknown>, ms: number): Promise<'done' | 'timeout'> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (how: 'done' | 'timeout') => {
      clearTimeout(timer);
      run.onBackupEvent = null;
      resolve(how);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish('timeout'), ms);
      timer.unref?.();
    };
    run.onBackupEvent = arm;
    void done.then(() => finish('done'));
    arm();
  });
}

export interface CoreHost {
  start(): void;
  invoke(channel: string, input: unknown, from: 'renderer' | 'internal'): Promise<Result<unknown>>;
  /** Ends the process (core locks the register on SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Stops any running core and starts a fresh one: the fatal-error screen's "try again". */
  restart(): Promise<void>;
  isRunning(): boolean;
}

/** Creates the host. Calls made while core is starting wait for its `ready` message. */
export function createCoreHost(options: CoreHostOptions): CoreHost {
  let current: Running | null = null;
  let nextId = 1;

  function start(): void {
    if (current) return;
    const proc = options.spawn();
    let markReady: () => void = () => undefined;
    let markExited: () => void = () => undefined;
    const run: Running = {
      process: proc,
      ready: new Promise((resolve) => (markReady = resolve)),
      exited: new Promise((resolve) => (markExited = resolve)),
      stopping: false,
      pending: new Map(),
      backupRunning: false,
      backupDone: Promise.resolve(),
      onBackupEvent: null,
    };
    let markBackupDone: () => void = () => undefined;
    current = run;
    proc.onMessage((raw) => {
      const message = raw as Partial<FromCore> | null;
      if (!message || typeof message !== 'object') return;
      if (message.kind === 'ready') markReady();
      else if (message.kind === 'result' && typeof message.id === 'number') {
        const resolve = run.pending.get(message.id);
        run.pending.delete(message.id);
        resolve?.(message.result ?? fail('INTERNAL', 'empty result'));
      } else if (message.kind === 'event' && typeof message.event === 'string') {
        if (message.event === 'backup:background') {
          const running = (message.payload as { running?: unknown } | undefined)?.running === true;
          if (running && !run.backupRunning) run.backupDone = new Promise((resolve) => (markBackupDone = resolve));
          if (!running) markBackupDone();
          run.backupRunning = running;
          run.onBackupEvent?.();
        }
        options.onEvent(message.event, message.payload);
      }
    });
    proc.onExit((code) => {
      if (current === run) current = null;
      const detail = `core exited with code ${code}`;
      for (const resolve of run.pending.values()) resolve(fail('CORE_CRASHED', detail));
      run.pending.clear();
      markReady(); // unblock calls waiting for a ready that will never come; they fail below
      markExited();
      if (run.stopping) log.info('core.stopped', { code });
      else {
        log.error('core.crashed', { code });
        options.onCrash(detail);
      }
    });
    log.info('core.started');
  }

  async function invoke(channel: string, input: unknown, from: 'renderer' | 'internal'): Promise<Result<unknown>> {
    const run = current;
    if (!run || run.stopping) return fail('CORE_CRASHED', 'core is not running');
    await run.ready;
    if (current !== run) return fail('CORE_CRASHED', 'core exited before it was ready');
    const id = nextId++;
    return new Promise((resolve) => {
      run.pending.set(id, resolve);
      try {
        run.process.postMessage({ kind: 'invoke', id, channel, input, from });
      } catch (error) {
        run.pending.delete(id);
        resolve(fail('CORE_CRASHED', (error as Error).message));
      }
    });
  }

  async function stop(): Promise<void> {
    const run = current;
    if (!run) return;
    run.stopping = true;
    // Core writes the automatic backup after the lock has answered. Ending it half-way (kill()
    // is a hard kill on Windows) would lose that backup: wait for it first, as long as it moves.
    if (run.backupRunning) {
      const finished = Promise.race([run.backupDone, run.exited]);
      if ((await waitWhileProgressing(run, finished, options.backupStepTimeoutMs ?? 30_000)) === 'timeout')
        log.warn('core.backup-wait-timeout');
    }
    run.process.kill();
    // A backup the kill itself started (core locks on SIGTERM) keeps the wait going too.
    if ((await waitWhileProgressing(run, run.exited, options.stopTimeoutMs ?? 5000)) === 'timeout') log.warn('core.stop-timeout');
    if (current === run) current = null;
  }

  return {
    start,
    invoke,
    stop,
    async restart() {
      await stop();
      start();
    },
    isRunning: () => current !== null,
  };
}

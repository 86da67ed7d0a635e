import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/errors';
import type { ToCore } from '../../../shared/protocol';
import { createCoreHost, type CoreProcess } from '../../../electron/main/core-host';

/** A stand-in for the utility process: records what main sends and lets the test answer. */
class FakeCore implements CoreProcess {
  sent: ToCore[] = [];
  killed = false;
  private messageListeners: ((m: unknown) => void)[] = [];
  private exitListeners: ((code: number) => void)[] = [];
  postMessage(message: ToCore): void {
    this.sent.push(message);
  }
  onMessage(listener: (m: unknown) => void): void {
    this.messageListeners.push(listener);
  }
  onExit(listener: (code: number) => void): void {
    this.exitListeners.push(listener);
  }
  kill(): void {
    this.killed = true;
    queueMicrotask(() => this.exit(0));
  }
  emit(message: unknown): void {
    for (const l of this.messageListeners) l(message);
  }
  exit(code: number): void {
    for (const l of this.exitListeners) l(code);
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(options: { backupStepTimeoutMs?: number } = {}) {
  const processes: FakeCore[] = [];
  const onEvent = vi.fn();
  const onCrash = vi.fn();
  const host = createCoreHost({
    spawn: () => {
      const p = new FakeCore();
      processes.push(p);
      return p;
    },
    onEvent,
    onCrash,
    stopTimeoutMs: 100,
    ...options,
  });
  return { host, processes, onEvent, onCrash };
}

describe('core host', () => {
  it('waits for ready, then matches results to calls by id', async () => {
    const { host, processes } = setup();
    host.start();
    const core = processes[0]!;
    const pending = host.invoke('app:state', {}, 'renderer');
    await tick();
    expect(core.sent).toHaveLength(0);
    core.emit({ kind: 'ready' });
    await tick();
    expect(core.sent[0]).toMatchObject({ kind: 'invoke', channel: 'app:state', from: 'renderer' });
    core.emit({ kind: 'result', id: core.sent[0]!.id, result: ok({ x: 1 }) });
    expect(await pending).toEqual(ok({ x: 1 }));
  });

  it('passes core events on', async () => {
    const { host, processes, onEvent } = setup();
    host.start();
    processes[0]!.emit({ kind: 'event', event: 'register:locked', payload: { reason: 'idle' } });
    expect(onEvent).toHaveBeenCalledWith('register:locked', { reason: 'idle' });
  });

  it('answers pending calls with CORE_CRASHED and reports the crash when core dies', async () => {
    const { host, processes, onCrash } = setup();
    host.start();
    const core = processes[0]!;
    core.emit({ kind: 'ready' });
    const pending = host.invoke('register:unlock', { dir: '/r', secret: { kind: 'passphrase', passphrase: 'x' } }, 'renderer');
    await tick();
    core.exit(134);
    const result = await pending;
    expect(result.ok === false && result.error.code).toBe('CORE_CRASHED');
    expect(onCrash).toHaveBeenCalledWith('core exited with code 134');
    expect(host.isRunning()).toBe(false);
    const after = await host.invoke('app:state', {}, 'renderer');
    expect(after.ok === false && after.error.code).toBe('CORE_CRASHED');
  });

  it('also fails calls that were waiting for a ready that never came', async () => {
    const { host, processes } = setup();
    host.start();
    const pending = host.invoke('app:state', {}, 'renderer');
    processes[0]!.exit(1);
    const result = await pending;
    expect(result.ok === false && result.error.code).toBe('CORE_CRASHED');
  });

  it('on stop, waits for a backup core is writing before it ends core, as long as its steps come', async () => {
    vi.useFakeTimers();
    try {
      const { host, processes } = setup({ backupStepTimeoutMs: 1000 });
      host.start();
      const core = processes[0]!;
      const step = (running: boolean, done: number) =>
        core.emit({ kind: 'event', event: 'backup:background', payload: { running, done, total: 4 } });
      step(true, 0);
      let stopped = false;
      void host.stop().then(() => (stopped = true));
      // Each step comes within the step timeout; together they take far longer than it.
      for (let done = 1; done <= 3; done++) {
        await vi.advanceTimersByTimeAsync(900);
        expect(core.killed).toBe(false);
        step(true, done);
      }
      await vi.advanceTimersByTimeAsync(900);
      expect(core.killed).toBe(false);
      step(false, 4);
      await vi.advanceTimersByTimeAsync(0);
      expect(core.killed).toBe(true);
      expect(stopped).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('on stop, gives up on a backup that stops moving, and does not wait when none runs', async () => {
    vi.useFakeTimers();
    try {
      const { host, processes } = setup({ backupStepTimeoutMs: 1000 });
      host.start();
      processes[0]!.emit({ kind: 'event', event: 'backup:background', payload: { running: true, done: 1, total: 4 } });
      void host.stop();
      await vi.advanceTimersByTimeAsync(999);
      expect(processes[0]!.killed).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(processes[0]!.killed).toBe(true);
      // A fresh core with no backup running is ended at once.
      host.start();
      void host.stop();
      await vi.advanceTimersByTimeAsync(0);
      expect(processes[1]!.killed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('restarts with a fresh process, and a deliberate stop is not a crash', async () => {
    const { host, processes, onCrash } = setup();
    host.start();
    await host.restart();
    expect(processes).toHaveLength(2);
    expect(processes[0]!.killed).toBe(true);
    expect(onCrash).not.toHaveBeenCalled();
    expect(host.isRunning()).toBe(true);
    processes[1]!.emit({ kind: 'ready' });
    const pending = host.invoke('app:state', {}, 'internal');
    await tick();
    expect(processes[1]!.sent[0]).toMatchObject({ channel: 'app:state', from: 'internal' });
    processes[1]!.emit({ kind: 'result', id: processes[1]!.sent[0]!.id, result: ok({}) });
    expect((await pending).ok).toBe(true);
  });
});

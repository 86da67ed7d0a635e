import { CoreError } from '../errors';

// Long exports that can be cancelled, by the operation id the caller chose (export:cancel). Each
// running one holds an AbortController; a cancel that arrives before its export starts is
// remembered, so a quick "Cancel" is never lost (as import/operations.ts does for imports).

const running = new Map<string, AbortController>();
const early = new Set<string>();

/** Starts a cancellable export; without an id it cannot be cancelled and gets no signal. */
export function beginExport(id: string | undefined): AbortSignal | undefined {
  if (!id) return undefined;
  const controller = new AbortController();
  running.set(id, controller);
  if (early.delete(id)) controller.abort();
  return controller.signal;
}

export function endExport(id: string | undefined): void {
  if (id) running.delete(id);
}

/** Asks the export with this id to stop; it removes what it wrote and fails with CANCELLED. */
export function cancelExport(id: string): void {
  const controller = running.get(id);
  if (controller) controller.abort();
  else {
    early.add(id);
    // Keep early cancels for ids never started from growing without bound.
    if (early.size > 1000) for (const old of [...early].slice(0, 500)) early.delete(old);
  }
}

/** Lets a pending cancel message in, then stops if it asked to: call between the steps of an export. */
export async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  signal.throwIfAborted();
}

/**
 * Runs an export that export:cancel can stop, by the caller's operation id: a cancelled one fails
 * with CANCELLED (it checks its signal between steps and has removed whatever it wrote).
 */
export async function cancellable<T>(operationId: string | undefined, run: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
  const signal = beginExport(operationId);
  try {
    return await run(signal);
  } catch (error) {
    if (signal?.aborted) throw new CoreError('CANCELLED');
    throw error;
  } finally {
    endExport(operationId);
  }
}

// Running imports that can be cancelled, by the operation id the caller chose. A cancel that
// arrives before its import starts is remembered, so a quick "Cancel" is never lost.

const running = new Set<string>();
const cancelled = new Set<string>();

export function startOperation(id: string): void {
  running.add(id);
}

export function endOperation(id: string): void {
  running.delete(id);
  cancelled.delete(id);
}

export function cancelOperation(id: string): void {
  cancelled.add(id);
  // Keep early cancels for ids never started from growing without bound.
  if (cancelled.size > 1000) for (const old of [...cancelled].slice(0, 500)) if (!running.has(old)) cancelled.delete(old);
}

export function isCancelled(id: string): boolean {
  return cancelled.has(id);
}

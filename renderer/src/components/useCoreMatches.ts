import { useEffect, useState } from 'react';

/** How long typing may pause before core is asked (one call per pause, not per key). */
export const MATCH_DEBOUNCE_MS = 120;

/**
 * A picker's matches, asked of core as the user types instead of loading every row into the
 * window: a register of 500,000 contacts must open a form as fast as one of 50. The answer to the
 * last text typed wins; an earlier call that comes back later is dropped. `null` while the first
 * answer is on its way, so the picker can tell "looking" from "nothing found".
 */
export function useCoreMatches<T>(key: string, ask: () => Promise<T[]>): T[] | null {
  const [state, setState] = useState<{ key: string; rows: T[] } | null>(null);
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(
      () =>
        void ask().then(
          (rows) => live && setState({ key, rows }),
          () => live && setState({ key, rows: [] }),
        ),
      state === null ? 0 : MATCH_DEBOUNCE_MS,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // `ask` is a new closure every render; `key` says when its question changed.
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return state?.rows ?? null;
}

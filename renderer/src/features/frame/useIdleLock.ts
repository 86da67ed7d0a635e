import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` once after `minutes` without keyboard, mouse or touch activity in the window. */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    let timer = window.setTimeout(onIdle, minutes * 60_000);
    let last = Date.now();
    const reset = () => {
      // pointermove fires constantly; re-arming once a second is plenty.
      const now = Date.now();
      if (now - last < 1000) return;
      last = now;
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, minutes * 60_000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, reset);
    };
  }, [minutes, onIdle]);
}

import { useEffect, useRef, type RefObject } from 'react';
import { isCancelKey, isSaveKey } from './form-keys';

/**
 * Ctrl+S anywhere on the page saves the form, and Esc cancels it while focus is inside it (not in a
 * dialog or popup over it): the keys of the one form on a record page. No listener without `ref`.
 */
export function useFormKeys(ref: RefObject<HTMLElement | null> | null, onSave: () => void, onCancel?: () => void): void {
  // The latest handlers, so the window listener is added once rather than on every keystroke's render.
  const handlers = useRef({ onSave, onCancel });
  useEffect(() => {
    handlers.current = { onSave, onCancel };
  });
  useEffect(() => {
    if (!ref) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const inside = ref.current && event.target instanceof Node && ref.current.contains(event.target);
      if (isSaveKey(event, false)) {
        // Ctrl+S anywhere on the page saves the open form rather than the browser's "save page".
        event.preventDefault();
        handlers.current.onSave();
      } else if (inside && handlers.current.onCancel && isCancelKey(event, event.target)) {
        event.preventDefault();
        handlers.current.onCancel();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ref]);
}

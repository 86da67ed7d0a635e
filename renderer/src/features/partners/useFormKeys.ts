import { useEffect, useRef, type RefObject } from 'react';

/** Ctrl+S saves and Esc cancels while focus is inside the form (not in a dialog or popup over it). */
export function useFormKeys(ref: RefObject<HTMLElement | null>, onSave: () => void, onCancel: () => void): void {
  // The latest handlers, so the window listener is added once rather than on every keystroke's render.
  const handlers = useRef({ onSave, onCancel });
  useEffect(() => {
    handlers.current = { onSave, onCancel };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const inside = ref.current && event.target instanceof Node && ref.current.contains(event.target);
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        // Ctrl+S anywhere on the page saves the open form rather than the browser's "save page".
        event.preventDefault();
        handlers.current.onSave();
      } else if (event.key === 'Escape' && inside) {
        // A listbox or popup inside the form closes first; only a second Esc cancels the form.
        if (event.target instanceof HTMLElement && event.target.getAttribute('aria-expanded') === 'true') return;
        event.preventDefault();
        handlers.current.onCancel();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ref]);
}

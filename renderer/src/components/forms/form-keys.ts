// The pure rules of the form hooks (no React, no DOM types), so unit tests under Node can import
// them: tests/unit/renderer/form-keys.test.ts.

/** The part of a keyboard event these rules read. */
export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean };

/** Ctrl+S (⌘S on a Mac) saves; with `enter`, Ctrl+Enter does too. */
export function isSaveKey(event: KeyPress, enter: boolean): boolean {
  if (!event.ctrlKey && !event.metaKey) return false;
  return event.key.toLowerCase() === 's' || (enter && event.key === 'Enter');
}

/**
 * Esc cancels, except from a listbox or popup open inside the form: that one closes first, and
 * only a second Esc cancels the form.
 */
export function isCancelKey(event: KeyPress, target: unknown): boolean {
  const element = target as { getAttribute?: (name: string) => string | null } | null;
  return event.key === 'Escape' && element?.getAttribute?.('aria-expanded') !== 'true';
}

/** True when two plain values (form drafts) differ. */
export function differs(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

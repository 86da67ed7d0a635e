// A meeting logged from the global dialog (Ctrl+M) changes what other open screens show, such
// as the quiet list on "This week"; they listen here rather than being wired to the dialog.

type Listener = (caseId: number) => void;
const listeners = new Set<Listener>();

/** Tells every open screen that a meeting was saved for `caseId`. */
export function meetingSaved(caseId: number): void {
  for (const listener of listeners) listener(caseId);
}

/** Calls `listener` after each saved meeting; returns the unsubscribe function. */
export function onMeetingSaved(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

import type { PagedView } from './PagedGrid';

// The view each paged list shows right now (sort, filters, quick search, the archived switch),
// so "Export…" in the toolbar can have core write that view without the rows ever being
// loaded here. Only the list page sets it; a list not shown has none.

const views = new Map<string, PagedView>();

/** Remembers the view a list shows (called by the grid whenever its sort or filter changes). */
export function setListView(list: string, view: PagedView | null): void {
  if (view) views.set(list, view);
  else views.delete(list);
}

/** The view the list shows, if it is on screen. */
export function listView(list: string): PagedView | undefined {
  return views.get(list);
}

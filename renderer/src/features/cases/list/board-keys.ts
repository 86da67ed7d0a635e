import type { KeyboardEvent } from 'react';

// Arrow keys on the board: up and down within a column, left and right to the card at the same
// height in the next column that has cards. The DOM is the source of truth (data-column,
// data-card), so "show all" and filtering need no bookkeeping here.

function cardsOf(column: Element): HTMLElement[] {
  return [...column.querySelectorAll<HTMLElement>('[data-card]')];
}

/** Moves focus between cards; returns true when the key was handled. */
export function moveFocus(e: KeyboardEvent<HTMLElement>): boolean {
  const target = e.target as HTMLElement;
  const card = target.closest<HTMLElement>('[data-card]');
  const column = target.closest<HTMLElement>('[data-column]');
  if (!card || !column) return false;
  const part = target.hasAttribute('data-card-move') ? '[data-card-move]' : '[data-card-open]';
  const cards = cardsOf(column);
  const index = cards.indexOf(card);
  const focusIn = (c: HTMLElement | undefined) => {
    const el = c?.querySelector<HTMLElement>(part) ?? c?.querySelector<HTMLElement>('[data-card-open]');
    if (!el) return false;
    el.focus();
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return true;
  };
  switch (e.key) {
    case 'ArrowDown':
      return focusIn(cards[index + 1]);
    case 'ArrowUp':
      return focusIn(cards[index - 1]);
    case 'Home':
      return focusIn(cards[0]);
    case 'End':
      return focusIn(cards[cards.length - 1]);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const columns = [...(e.currentTarget.querySelectorAll<HTMLElement>('[data-column]') ?? [])];
      const step = e.key === 'ArrowRight' ? 1 : -1;
      for (let i = columns.indexOf(column) + step; i >= 0 && i < columns.length; i += step) {
        const next = cardsOf(columns[i] as HTMLElement);
        if (next.length > 0) return focusIn(next[Math.min(index, next.length - 1)]);
      }
      return false;
    }
    default:
      return false;
  }
}

/** The card whose move menu a key press asks for (M, the context-menu key or Shift+F10). */
export function menuKeyCard(e: KeyboardEvent<HTMLElement>): HTMLElement | null {
  const wants =
    e.key === 'ContextMenu' ||
    (e.shiftKey && e.key === 'F10') ||
    ((e.key === 'm' || e.key === 'M') && !e.ctrlKey && !e.altKey && !e.metaKey);
  if (!wants) return null;
  return (e.target as HTMLElement).closest<HTMLElement>('[data-card]');
}

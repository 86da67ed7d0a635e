import { describe, expect, it } from 'vitest';
import { differs, isCancelKey, isSaveKey } from '../../../renderer/src/components/forms/form-keys';

// The keys every form shares (components/forms): Ctrl+S saves, Ctrl+Enter where the form takes
// it, Esc cancels unless it closes a popup first; and when a draft counts as changed.

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
});
const element = (expanded: string | null) => ({ getAttribute: (name: string) => (name === 'aria-expanded' ? expanded : null) });

describe('isSaveKey', () => {
  it('takes Ctrl+S and ⌘S, in either case', () => {
    expect(isSaveKey(press('s', { ctrl: true }), false)).toBe(true);
    expect(isSaveKey(press('S', { ctrl: true }), false)).toBe(true);
    expect(isSaveKey(press('s', { meta: true }), false)).toBe(true);
  });
  it('takes Ctrl+Enter only where the form asks for it', () => {
    expect(isSaveKey(press('Enter', { ctrl: true }), true)).toBe(true);
    expect(isSaveKey(press('Enter', { ctrl: true }), false)).toBe(false);
  });
  it('leaves plain keys alone', () => {
    expect(isSaveKey(press('s'), true)).toBe(false);
    expect(isSaveKey(press('Enter'), true)).toBe(false);
    expect(isSaveKey(press('k', { ctrl: true }), true)).toBe(false);
  });
});

describe('isCancelKey', () => {
  it('cancels on Esc', () => {
    expect(isCancelKey(press('Escape'), element(null))).toBe(true);
    expect(isCancelKey(press('Escape'), element('false'))).toBe(true);
    expect(isCancelKey(press('Escape'), null)).toBe(true);
  });
  it('lets an open listbox close first', () => {
    expect(isCancelKey(press('Escape'), element('true'))).toBe(false);
  });
  it('ignores other keys', () => {
    expect(isCancelKey(press('Enter'), element(null))).toBe(false);
  });
});

describe('differs', () => {
  it('compares drafts by value', () => {
    expect(differs({ name: 'Mette', themes: ['jobs'] }, { name: 'Mette', themes: ['jobs'] })).toBe(false);
    expect(differs({ name: 'Mette' }, { name: 'Mette ' })).toBe(true);
    expect(differs([], [{ description: '' }])).toBe(true);
  });
});

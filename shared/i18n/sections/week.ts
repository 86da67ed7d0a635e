import type { Widen } from './widen';

// The week screens' strings; one file holds all five languages of this section.

const en = {
  title: 'week',
};

export const week = { en, da: en, nb: en, sv: en, fi: en } satisfies Record<string, Widen<typeof en>>;

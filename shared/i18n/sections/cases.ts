import type { Widen } from './widen';

// The cases screens' strings; one file holds all five languages of this section.

const en = {
  title: 'cases',
};

export const cases = { en, da: en, nb: en, sv: en, fi: en } satisfies Record<string, Widen<typeof en>>;

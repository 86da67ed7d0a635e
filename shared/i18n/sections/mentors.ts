import type { Widen } from './widen';

// The mentors screens' strings; one file holds all five languages of this section.

const en = {
  title: 'mentors',
};

export const mentors = { en, da: en, nb: en, sv: en, fi: en } satisfies Record<string, Widen<typeof en>>;

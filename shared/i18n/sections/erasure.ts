import type { Widen } from './widen';

// Erasure and anonymisation with preview, the erasure queue, retention policy, calendar and runs.
// One file holds all five languages of this section.

const en = {
  title: 'Erasure',
};

const da: Widen<typeof en> = {
  title: 'Sletning',
};

const nb: Widen<typeof en> = {
  title: 'Sletting',
};

const sv: Widen<typeof en> = {
  title: 'Radering',
};

const fi: Widen<typeof en> = {
  title: 'Poistaminen',
};

export const erasure = { en, da, nb, sv, fi };

import type { Widen } from './widen';

// Data-subject rights: disclosure log, access export, rectification history, recall list and letter.
// One file holds all five languages of this section.

const en = {
  title: 'Rights',
};

const da: Widen<typeof en> = {
  title: 'Rettigheder',
};

const nb: Widen<typeof en> = {
  title: 'Rettigheter',
};

const sv: Widen<typeof en> = {
  title: 'Rättigheter',
};

const fi: Widen<typeof en> = {
  title: 'Oikeudet',
};

export const rights = { en, da, nb, sv, fi };

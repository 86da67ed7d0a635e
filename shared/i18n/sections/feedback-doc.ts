import type { Widen } from './widen';

// The feedback report document (core writes it; the in-app preview shows the same texts). Owner: feedback core.
// One file holds all five languages of this section.

const en = {
  title: 'Feedback report',
};

const da: Widen<typeof en> = {
  title: 'Tilbagemelding',
};

const nb: Widen<typeof en> = {
  title: 'Tilbakemelding',
};

const sv: Widen<typeof en> = {
  title: 'Återrapport',
};

const fi: Widen<typeof en> = {
  title: 'Palauteraportti',
};

export const feedbackDoc = { en, da, nb, sv, fi };

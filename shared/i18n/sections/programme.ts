import type { Widen } from './widen';

// The results report screen and the dashboard. Owner: dashboard and results UI.
// One file holds all five languages of this section.

const en = {
  title: 'Results report',
};

const da: Widen<typeof en> = {
  title: 'Resultatrapport',
};

const nb: Widen<typeof en> = {
  title: 'Resultatrapport',
};

const sv: Widen<typeof en> = {
  title: 'Resultatrapport',
};

const fi: Widen<typeof en> = {
  title: 'Tulosraportti',
};

export const programme = { en, da, nb, sv, fi };

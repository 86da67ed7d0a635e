import type { Widen } from './widen';

// The results report document and its tables (core writes .docx and .xlsx). Owner: results core.
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

export const programmeDoc = { en, da, nb, sv, fi };

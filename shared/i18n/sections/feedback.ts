import type { Widen } from './widen';

// Feedback report screens: the dialog on a course, feedback due and the batch. Owner: feedback UI.
// One file holds all five languages of this section.

const en = {
  title: 'Feedback to partners',
};

const da: Widen<typeof en> = {
  title: 'Tilbagemeldinger til partnere',
};

const nb: Widen<typeof en> = {
  title: 'Tilbakemeldinger til partnere',
};

const sv: Widen<typeof en> = {
  title: 'Återrapporter till partner',
};

const fi: Widen<typeof en> = {
  title: 'Palaute kumppaneille',
};

export const feedback = { en, da, nb, sv, fi };

import type { Widen } from './widen';

// Consents of a person: the section on a mentee's or mentor's page, the consent dialog, withdrawal, reminders.
// One file holds all five languages of this section.

const en = {
  title: 'Consents',
};

const da: Widen<typeof en> = {
  title: 'Samtykker',
};

const nb: Widen<typeof en> = {
  title: 'Samtykker',
};

const sv: Widen<typeof en> = {
  title: 'Samtycken',
};

const fi: Widen<typeof en> = {
  title: 'Suostumukset',
};

export const consents = { en, da, nb, sv, fi };

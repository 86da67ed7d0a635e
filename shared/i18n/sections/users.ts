import type { Widen } from './widen';

// Users and roles on one register (Settings › Users) and the unlock screen's user choice.
// One file holds all five languages of this section.

const en = {
  title: 'Users',
};

const da: Widen<typeof en> = {
  title: 'Brugere',
};

const nb: Widen<typeof en> = {
  title: 'Brukere',
};

const sv: Widen<typeof en> = {
  title: 'Användare',
};

const fi: Widen<typeof en> = {
  title: 'Käyttäjät',
};

export const users = { en, da, nb, sv, fi };

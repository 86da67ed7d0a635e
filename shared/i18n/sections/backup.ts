import type { Widen } from './widen';

// Backups and restore screens, and the damaged-register screen. Owner: backups.
// One file holds all five languages of this section.

const en = {
  title: 'Backups',
};

const da: Widen<typeof en> = {
  title: 'Sikkerhedskopier',
};

const nb: Widen<typeof en> = {
  title: 'Sikkerhetskopier',
};

const sv: Widen<typeof en> = {
  title: 'Säkerhetskopior',
};

const fi: Widen<typeof en> = {
  title: 'Varmuuskopiot',
};

export const backup = { en, da, nb, sv, fi };

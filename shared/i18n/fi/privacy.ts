import type { privacy as en } from '../en/privacy';
import type { Widen } from '../widen';

// Finnish; ../en/privacy.ts is the source: it says what these strings are for, and its keys are this file's type.
export const privacy: Widen<typeof en> = {
  nav: 'Tietosuoja',
  title: 'Tietosuoja',
  tabs: {
    reminders: 'Seurattavat suostumukset',
    disclosures: 'Luovutukset',
    erasure: 'Poistaminen',
    retention: 'Säilytysajat',
    texts: 'Suostumustekstit',
  },
};

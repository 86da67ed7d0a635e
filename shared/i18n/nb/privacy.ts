import type { privacy as en } from '../en/privacy';
import type { Widen } from '../widen';

// Norwegian (bokmål); ../en/privacy.ts is the source: it says what these strings are for, and its keys are this file's type.
export const privacy: Widen<typeof en> = {
  nav: 'Personvern',
  title: 'Personvern',
  tabs: {
    reminders: 'Samtykker til oppfølging',
    disclosures: 'Utleveringer',
    erasure: 'Sletting',
    retention: 'Lagringstid',
    texts: 'Samtykketekster',
  },
};

import type { privacy as en } from '../en/privacy';
import type { Widen } from '../widen';

// Danish; ../en/privacy.ts is the source: it says what these strings are for, and its keys are this file's type.
export const privacy: Widen<typeof en> = {
  nav: 'Databeskyttelse',
  title: 'Databeskyttelse',
  tabs: {
    reminders: 'Samtykker til opfølgning',
    disclosures: 'Videregivelser',
    erasure: 'Sletning',
    retention: 'Opbevaring',
    texts: 'Samtykketekster',
  },
};

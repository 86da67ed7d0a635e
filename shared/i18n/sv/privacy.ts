import type { privacy as en } from '../en/privacy';
import type { Widen } from '../widen';

// Swedish; ../en/privacy.ts is the source: it says what these strings are for, and its keys are this file's type.
export const privacy: Widen<typeof en> = {
  nav: 'Dataskydd',
  title: 'Dataskydd',
  tabs: {
    reminders: 'Samtycken att följa upp',
    disclosures: 'Utlämnanden',
    erasure: 'Radering',
    retention: 'Lagringstid',
    texts: 'Samtyckestexter',
  },
};

import type { basics as en } from '../en/basics';
import type { Widen } from '../widen';

// Danish; ../en/basics.ts is the source: it says what these strings are for, and its keys are this file's type.
export const basics: Widen<typeof en> = {
  app: {
    name: 'Bindeled',
    privacy: 'Alt bliver på denne computer, krypteret. Intet sendes over internettet.',
  },
  common: {
    back: 'Tilbage',
    cancel: 'Annuller',
    save: 'Gem',
    saved: 'Gemt',
    close: 'Luk',
    copy: 'Kopiér',
    copied: 'Kopieret',
    print: 'Udskriv',
    browse: 'Gennemse…',
    loading: 'Indlæser…',
    required: 'Skal udfyldes',
    showPassphrase: 'Vis adgangsfrase',
    hidePassphrase: 'Skjul adgangsfrase',
  },
  language: {
    label: 'Sprog',
  },
};

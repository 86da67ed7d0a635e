import type { basics as en } from '../en/basics';
import type { Widen } from '../widen';

// Danish; ../en/basics.ts is the source: it says what these strings are for, and its keys are this file's type.
export const basics: Widen<typeof en> = {
  app: {
    name: 'Bindeled',
    tagline: 'Partnere, mentorer, mentees og samtykker i ét krypteret register',
    privacy: 'Alt bliver på denne computer, krypteret. Intet sendes over internettet.',
  },
  common: {
    continue: 'Fortsæt',
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
    show: 'Vis',
    hide: 'Skjul',
    required: 'Skal udfyldes',
    showPassphrase: 'Vis adgangsfrase',
    hidePassphrase: 'Skjul adgangsfrase',
  },
  language: {
    label: 'Sprog',
  },
};

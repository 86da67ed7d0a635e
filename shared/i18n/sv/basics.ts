import type { basics as en } from '../en/basics';
import type { Widen } from '../widen';

// Swedish; ../en/basics.ts is the source: it says what these strings are for, and its keys are this file's type.
export const basics: Widen<typeof en> = {
  app: {
    name: 'Bindeled',
    privacy: 'Allt stannar på den här datorn, krypterat. Ingenting skickas över internet.',
  },
  common: {
    back: 'Tillbaka',
    cancel: 'Avbryt',
    save: 'Spara',
    saved: 'Sparat',
    close: 'Stäng',
    copy: 'Kopiera',
    copied: 'Kopierat',
    print: 'Skriv ut',
    browse: 'Bläddra…',
    loading: 'Läser in…',
    required: 'Obligatoriskt',
    showPassphrase: 'Visa lösenfrasen',
    hidePassphrase: 'Dölj lösenfrasen',
  },
  language: {
    label: 'Språk',
  },
};

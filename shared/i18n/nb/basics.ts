import type { basics as en } from '../en/basics';
import type { Widen } from '../widen';

// Norwegian (bokmål); ../en/basics.ts is the source: it says what these strings are for, and its keys are this file's type.
export const basics: Widen<typeof en> = {
  app: {
    name: 'Bindeled',
    privacy: 'Alt blir værende på denne datamaskinen, kryptert. Ingenting sendes over internett.',
  },
  common: {
    back: 'Tilbake',
    cancel: 'Avbryt',
    save: 'Lagre',
    saved: 'Lagret',
    close: 'Lukk',
    copy: 'Kopier',
    copied: 'Kopiert',
    print: 'Skriv ut',
    browse: 'Bla gjennom…',
    loading: 'Laster inn…',
    required: 'Må fylles ut',
    showPassphrase: 'Vis passordfrasen',
    hidePassphrase: 'Skjul passordfrasen',
  },
  language: {
    label: 'Språk',
  },
};

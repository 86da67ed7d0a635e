import type { basics as en } from '../en/basics';
import type { Widen } from '../widen';

// Finnish; ../en/basics.ts is the source: it says what these strings are for, and its keys are this file's type.
export const basics: Widen<typeof en> = {
  app: {
    name: 'Bindeled',
    privacy: 'Kaikki pysyy salattuna tällä tietokoneella. Mitään ei lähetetä internetiin.',
  },
  common: {
    back: 'Takaisin',
    cancel: 'Peruuta',
    save: 'Tallenna',
    saved: 'Tallennettu',
    close: 'Sulje',
    copy: 'Kopioi',
    copied: 'Kopioitu',
    print: 'Tulosta',
    browse: 'Selaa…',
    loading: 'Ladataan…',
    required: 'Pakollinen',
    showPassphrase: 'Näytä salalause',
    hidePassphrase: 'Piilota salalause',
  },
  language: {
    label: 'Kieli',
  },
};

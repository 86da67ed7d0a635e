import type { Widen } from './widen';

// Consent texts: versioned templates per purpose and language, and the printable consent form.
// One file holds all five languages of this section.

const en = {
  title: 'Consent texts',
};

const da: Widen<typeof en> = {
  title: 'Samtykketekster',
};

const nb: Widen<typeof en> = {
  title: 'Samtykketekster',
};

const sv: Widen<typeof en> = {
  title: 'Samtyckestexter',
};

const fi: Widen<typeof en> = {
  title: 'Suostumustekstit',
};

export const consentTexts = { en, da, nb, sv, fi };

import type { Widen } from './widen';

// The audit log viewer: filters, chain check, export for a data-protection officer.
// One file holds all five languages of this section.

const en = {
  title: 'Audit log',
};

const da: Widen<typeof en> = {
  title: 'Revisionslog',
};

const nb: Widen<typeof en> = {
  title: 'Revisjonslogg',
};

const sv: Widen<typeof en> = {
  title: 'Granskningslogg',
};

const fi: Widen<typeof en> = {
  title: 'Tapahtumaloki',
};

export const audit = { en, da, nb, sv, fi };

import type { Widen } from './widen';

// Privacy: the page that gathers consents, disclosures, erasure and retention, and its tabs. Owned by the lead.
// One file holds all five languages of this section.

const en = {
  nav: 'Privacy',
  title: 'Privacy',
  tabs: {
    reminders: 'Consents due',
    disclosures: 'Disclosures',
    erasure: 'Erasure',
    retention: 'Retention',
    texts: 'Consent texts',
  },
};

const da: Widen<typeof en> = {
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

const nb: Widen<typeof en> = {
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

const sv: Widen<typeof en> = {
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

const fi: Widen<typeof en> = {
  nav: 'Tietosuoja',
  title: 'Tietosuoja',
  tabs: {
    reminders: 'Seurattavat suostumukset',
    disclosures: 'Luovutukset',
    erasure: 'Poistaminen',
    retention: 'Säilytysajat',
    texts: 'Suostumustekstit',
  },
};

export const privacy = { en, da, nb, sv, fi };

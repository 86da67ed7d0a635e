import type { DataCategory } from '../../../shared/contract/consents-schemas';
import type { Language } from '../../../shared/languages';

// Words a printed consent form fills into {{categories}}, for Bindeled's five languages. A
// language an organisation adds brings its own words (consent_languages.category_words); where it
// has none, the English words are used so the form still says what is shared.

export const CATEGORY_WORDS: Record<Language, Record<DataCategory, string>> = {
  en: {
    attendance: 'attendance and meetings',
    goals: 'goals and progress',
    outcome: 'the outcome of the course',
    notes: 'notes written about me',
  },
  da: {
    attendance: 'fremmøde og møder',
    goals: 'mål og fremskridt',
    outcome: 'resultatet af forløbet',
    notes: 'noter, der er skrevet om mig',
  },
  nb: {
    attendance: 'oppmøte og møter',
    goals: 'mål og fremgang',
    outcome: 'resultatet av forløpet',
    notes: 'notater som er skrevet om meg',
  },
  sv: {
    attendance: 'närvaro och möten',
    goals: 'mål och framsteg',
    outcome: 'resultatet av förloppet',
    notes: 'anteckningar som skrivits om mig',
  },
  fi: {
    attendance: 'läsnäolo ja tapaamiset',
    goals: 'tavoitteet ja edistyminen',
    outcome: 'mentorointijakson tulos',
    notes: 'minusta kirjoitetut muistiinpanot',
  },
};

/** A line to write on by hand where a value is not known when the form is printed. */
export const BLANK = '____________________';

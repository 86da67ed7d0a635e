import type { programmeDoc as en } from '../en/programme-doc';
import type { Widen } from '../widen';

// Danish; ../en/programme-doc.ts is the source: it says what these strings are for, and its keys are this file's type.
export const programmeDoc: Widen<typeof en> = {
  title: 'Resultatrapport',
  period: 'Periode: {{from}} – {{to}}',
  comparison: 'Sammenlignet med: {{from}} – {{to}}',
  prepared: 'Udarbejdet {{date}}',
  sections: { introduction: 'Indledning', highlights: 'Højdepunkter', outlook: 'Fremadrettet' },
  keyFigures: 'Nøgletal',
  aboutFigures: 'Om tallene',
  tables: {
    overview: 'Nøgletal',
    'referrals-by-source': 'Henvisninger efter henviser',
    outcomes: 'Resultat af afsluttede forløb',
    'by-municipality': 'Mentees efter kommune',
    'by-referring-partner': 'Mentees efter henvisende partner',
    'by-language': 'Mentees efter førstesprog',
    monthly: 'Måned for måned',
  },
  columns: {
    item: 'Tal',
    current: 'Denne periode',
    comparison: 'Sammenligning',
    change: 'Ændring',
    share: 'Andel',
    month: 'Måned',
  },
  rows: {
    referrals: 'Nye henvisninger',
    'new-courses': 'Forløb startet',
    'active-courses': 'Aktive forløb',
    'closed-courses': 'Forløb afsluttet',
    matched: 'Forløb matchet med en mentor',
    'median-days-to-match': 'Mediantid fra henvisning til match (dage)',
    meetings: 'Afholdte møder',
    'volunteer-hours': 'Frivillige timer (møder med en mentor)',
    'mentors-recruited': 'Mentorer rekrutteret',
    'mentors-trained': 'Mentorer uddannet',
    'mentors-active': 'Aktive mentorer',
    mentees: 'Mentees i forløb',
    total: 'I alt',
    'no-source': 'Ingen henvisende organisation',
    'no-municipality': 'Kommune ikke oplyst',
    'no-language': 'Sprog ikke oplyst',
    'not-recorded': 'Resultat ikke registreret',
  },
  monthly: { newCourses: 'Forløb startet', meetings: 'Afholdte møder' },
  notApplicable: 'i.a.',
  notes: {
    suppression:
      'Tal under 5 vises som “< 5”; enkelte andre felter er skjult (–), så de ikke kan regnes ud fra totaler eller andre tabeller. Ændringer og andele udelades, hvor et tal er skjult. Frivillige timer og mediantiden til match skjules (–), hvor de ville gælde færre end 5 møder eller forløb.',
    consent:
      'Kun personer, hvis samtykke dækker anonym statistik, tælles med, samt personer, hvis personoplysninger er anonymiseret. Rapporten indeholder ingen navne og ingen fritekst om nogen.',
    coverage:
      'Personer med et forløb eller en frivillig rolle i perioden: {{included}} medtaget, {{excluded}} udeladt (intet samtykke til statistik).',
    definitions:
      'Et forløb tælles som startet, når det blev aktivt, og som matchet den dag, det fik sin første mentor. Hver mentee tælles én gang, under sit seneste forløb i perioden; førstesproget er det sprog, der er markeret som modersmål.',
  },
  chartAlt: {
    referrals:
      'Søjlediagram: henvisninger efter henviser i perioden. Tal under 5 vises som tomme, skraverede søjler mærket < 5, skjulte felter mærket –.',
    outcomes:
      'Søjlediagram: resultat af de forløb, der blev afsluttet i perioden. Tal under 5 vises som tomme, skraverede søjler mærket < 5, skjulte felter mærket –.',
    monthly: 'Kurvediagram: forløb startet og afholdte møder pr. måned i perioden. Måneder med færre end 5 vises som huller.',
  },
  sheets: {
    overview: 'Nøgletal',
    'referrals-by-source': 'Henvisninger',
    outcomes: 'Resultater',
    'by-municipality': 'Efter kommune',
    'by-referring-partner': 'Efter henvisende partner',
    'by-language': 'Efter førstesprog',
    monthly: 'Måned for måned',
  },
  sheetNotes: 'Noter',
  footer: 'Resultatrapport · {{organisation}}',
};

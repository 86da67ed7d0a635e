import type { programmeDoc as en } from '../en/programme-doc';
import type { Widen } from '../widen';

// Norwegian (bokmål); ../en/programme-doc.ts is the source: it says what these strings are for, and its keys are this file's type.
export const programmeDoc: Widen<typeof en> = {
  title: 'Resultatrapport',
  period: 'Periode: {{from}} – {{to}}',
  comparison: 'Sammenlignet med: {{from}} – {{to}}',
  prepared: 'Utarbeidet {{date}}',
  sections: { introduction: 'Innledning', highlights: 'Høydepunkter', outlook: 'Veien videre' },
  keyFigures: 'Nøkkeltall',
  aboutFigures: 'Om tallene',
  tables: {
    overview: 'Nøkkeltall',
    'referrals-by-source': 'Henvisninger etter henviser',
    outcomes: 'Resultat av avsluttede forløp',
    'by-municipality': 'Mentees etter kommune',
    'by-referring-partner': 'Mentees etter henvisende partner',
    'by-language': 'Mentees etter førstespråk',
    monthly: 'Måned for måned',
  },
  columns: {
    item: 'Tall',
    current: 'Denne perioden',
    comparison: 'Sammenligning',
    change: 'Endring',
    share: 'Andel',
    month: 'Måned',
  },
  rows: {
    referrals: 'Nye henvisninger',
    'new-courses': 'Forløp startet',
    'active-courses': 'Aktive forløp',
    'closed-courses': 'Forløp avsluttet',
    matched: 'Forløp matchet med en mentor',
    'median-days-to-match': 'Mediantid fra henvisning til match (dager)',
    meetings: 'Møter holdt',
    'volunteer-hours': 'Frivillige timer (møter med en mentor)',
    'mentors-recruited': 'Mentorer rekruttert',
    'mentors-trained': 'Mentorer med opplæring',
    'mentors-active': 'Aktive mentorer',
    mentees: 'Mentees i forløp',
    total: 'Totalt',
    'no-source': 'Ingen henvisende organisasjon',
    'no-municipality': 'Kommune ikke oppgitt',
    'no-language': 'Språk ikke oppgitt',
    'not-recorded': 'Resultat ikke registrert',
  },
  monthly: { newCourses: 'Forløp startet', meetings: 'Møter holdt' },
  notApplicable: 'i.a.',
  notes: {
    suppression:
      'Tall under 5 vises som «< 5»; enkelte andre felt er skjult (–) slik at de ikke kan regnes ut fra totaler eller andre tabeller. Endringer og andeler utelates der et tall er skjult. Frivillige timer og mediantiden til match skjules (–) der de ville gjelde færre enn 5 møter eller forløp.',
    consent:
      'Bare personer med samtykke som dekker anonym statistikk telles med, i tillegg til personer med anonymiserte personopplysninger. Rapporten inneholder ingen navn og ingen fritekst om noen.',
    coverage:
      'Personer med et forløp eller en frivillig rolle i perioden: {{included}} tatt med, {{excluded}} utelatt (ikke samtykke til statistikk).',
    definitions:
      'Et forløp telles som startet når det ble aktivt, og som matchet den dagen det fikk sin første mentor. Hver mentee telles én gang, under sitt siste forløp i perioden; førstespråket er språket som er merket som morsmål.',
  },
  chartAlt: {
    referrals:
      'Søylediagram: henvisninger etter henviser i perioden. Tall under 5 vises som tomme, skraverte søyler merket < 5, skjulte felt merket –.',
    outcomes:
      'Søylediagram: resultat av forløpene som ble avsluttet i perioden. Tall under 5 vises som tomme, skraverte søyler merket < 5, skjulte felt merket –.',
    monthly: 'Linjediagram: forløp startet og møter holdt per måned i perioden. Måneder med færre enn 5 vises som hull.',
  },
  sheets: {
    overview: 'Nøkkeltall',
    'referrals-by-source': 'Henvisninger',
    outcomes: 'Resultater',
    'by-municipality': 'Etter kommune',
    'by-referring-partner': 'Etter henvisende partner',
    'by-language': 'Etter førstespråk',
    monthly: 'Måned for måned',
  },
  sheetNotes: 'Notater',
  footer: 'Resultatrapport · {{organisation}}',
};

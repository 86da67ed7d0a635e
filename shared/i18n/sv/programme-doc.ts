import type { programmeDoc as en } from '../en/programme-doc';
import type { Widen } from '../widen';

// Swedish; ../en/programme-doc.ts is the source: it says what these strings are for, and its keys are this file's type.
export const programmeDoc: Widen<typeof en> = {
  title: 'Resultatrapport',
  period: 'Rapportperiod: {{from}} – {{to}}',
  comparison: 'Jämfört med: {{from}} – {{to}}',
  prepared: 'Upprättad {{date}}',
  sections: { introduction: 'Inledning', highlights: 'Höjdpunkter', outlook: 'Framåtblick' },
  keyFigures: 'Nyckeltal',
  aboutFigures: 'Om siffrorna',
  tables: {
    overview: 'Nyckeltal',
    'referrals-by-source': 'Remisser efter remittent',
    outcomes: 'Resultat av avslutade förlopp',
    'by-municipality': 'Adepter efter kommun',
    'by-referring-partner': 'Adepter efter remitterande partner',
    'by-language': 'Adepter efter förstaspråk',
    monthly: 'Månad för månad',
  },
  columns: {
    item: 'Uppgift',
    current: 'Denna period',
    comparison: 'Jämförelse',
    change: 'Förändring',
    share: 'Andel',
    month: 'Månad',
  },
  rows: {
    referrals: 'Nya remisser',
    'new-courses': 'Påbörjade förlopp',
    'active-courses': 'Aktiva förlopp',
    'closed-courses': 'Avslutade förlopp',
    matched: 'Förlopp matchade med en mentor',
    'median-days-to-match': 'Mediantid från remiss till matchning (dagar)',
    meetings: 'Genomförda möten',
    'volunteer-hours': 'Frivilligtimmar (möten med en mentor)',
    'mentors-recruited': 'Rekryterade mentorer',
    'mentors-trained': 'Utbildade mentorer',
    'mentors-active': 'Aktiva mentorer',
    mentees: 'Adepter i förlopp',
    total: 'Totalt',
    'no-source': 'Ingen remitterande organisation',
    'no-municipality': 'Kommun ej angiven',
    'no-language': 'Språk ej angivet',
    'not-recorded': 'Resultat ej registrerat',
  },
  monthly: { newCourses: 'Påbörjade förlopp', meetings: 'Genomförda möten' },
  notApplicable: 'e.t.',
  notes: {
    suppression:
      'Antal under 5 visas som ”< 5”; vissa andra celler är dolda (–) så att de inte kan räknas fram ur summor eller andra tabeller. Förändringar och andelar utelämnas där en siffra är dold. Frivilligtimmar och mediantiden till matchning döljs (–) där de skulle gälla färre än 5 möten eller förlopp.',
    consent:
      'Endast personer vars samtycke omfattar anonym statistik räknas, samt personer vars personuppgifter har anonymiserats. Rapporten innehåller inga namn och ingen fritext om någon.',
    coverage:
      'Personer med ett förlopp eller ett frivilliguppdrag under perioden: {{included}} medräknade, {{excluded}} utelämnade (inget samtycke till statistik).',
    definitions:
      'Ett förlopp räknas som påbörjat när det blev aktivt och som matchat den dag det fick sin första mentor. Varje adept räknas en gång, under sitt senaste förlopp i perioden; förstaspråket är det språk som är markerat som modersmål.',
  },
  chartAlt: {
    referrals:
      'Stapeldiagram: remisser efter remittent under perioden. Antal under 5 visas som tomma, streckade staplar märkta < 5, dolda celler märkta –.',
    outcomes:
      'Stapeldiagram: resultat av de förlopp som avslutades under perioden. Antal under 5 visas som tomma, streckade staplar märkta < 5, dolda celler märkta –.',
    monthly: 'Linjediagram: påbörjade förlopp och genomförda möten per månad under perioden. Månader med färre än 5 visas som luckor.',
  },
  sheets: {
    overview: 'Nyckeltal',
    'referrals-by-source': 'Remisser',
    outcomes: 'Resultat',
    'by-municipality': 'Efter kommun',
    'by-referring-partner': 'Efter remitterande partner',
    'by-language': 'Efter förstaspråk',
    monthly: 'Månad för månad',
  },
  sheetNotes: 'Anteckningar',
  footer: 'Resultatrapport · {{organisation}}',
};

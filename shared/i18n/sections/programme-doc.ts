import type { Widen } from './widen';

// The results report document and its tables (core writes .docx and .xlsx). Owner: results core.
// One file holds all five languages of this section.

const en = {
  title: 'Results report',
  period: 'Period: {{from}} – {{to}}',
  comparison: 'Compared with: {{from}} – {{to}}',
  prepared: 'Prepared on {{date}}',
  sections: { introduction: 'Introduction', highlights: 'Highlights', outlook: 'Outlook' },
  keyFigures: 'Key figures',
  charts: 'Charts',
  aboutFigures: 'About the figures',
  tables: {
    overview: 'Key figures',
    'referrals-by-source': 'Referrals by source',
    outcomes: 'Outcomes of closed courses',
    'by-municipality': 'Mentees by municipality',
    'by-referring-partner': 'Mentees by referring partner',
    'by-language': 'Mentees by first language',
    monthly: 'Month by month',
  },
  columns: {
    item: 'Item',
    current: 'This period',
    comparison: 'Comparison',
    change: 'Change',
    share: 'Share',
    month: 'Month',
  },
  rows: {
    referrals: 'New referrals',
    'new-courses': 'Courses started',
    'active-courses': 'Active courses',
    'closed-courses': 'Courses closed',
    matched: 'Courses matched with a mentor',
    'median-days-to-match': 'Median days from referral to match',
    meetings: 'Meetings held',
    'volunteer-hours': 'Volunteer hours (meetings with a mentor)',
    'mentors-recruited': 'Mentors recruited',
    'mentors-trained': 'Mentors trained',
    'mentors-active': 'Mentors active',
    mentees: 'Mentees with a course',
    total: 'Total',
    'no-source': 'No referring organisation',
    'no-municipality': 'Municipality not stated',
    'no-language': 'Language not stated',
    'not-recorded': 'Outcome not recorded',
  },
  monthly: { newCourses: 'Courses started', meetings: 'Meetings held' },
  notApplicable: 'n/a',
  notes: {
    suppression:
      'Counts below 5 are shown as “< 5”; some other cells are hidden (–) so that they cannot be worked out from totals or other tables. Changes and shares are left out where a figure is hidden.',
    consent:
      'Only people whose consent covers anonymous statistics are counted, and people whose personal data has been anonymised. The report holds no names and no free text about anyone.',
    coverage:
      'People with a course or a volunteer role in the period: {{included}} included, {{excluded}} left out (no statistics consent).',
    definitions:
      'A course counts as started when it became active, and as matched on the day of its first mentor. Mentees are counted once, under their latest course in the period; their first language is the one marked as mother tongue.',
  },
  chartAlt: {
    referrals:
      'Bar chart: referrals by source in the period. Counts below 5 are drawn as empty, hatched bars marked < 5, hidden cells marked –.',
    outcomes:
      'Bar chart: outcomes of the courses closed in the period. Counts below 5 are drawn as empty, hatched bars marked < 5, hidden cells marked –.',
    monthly: 'Line chart: courses started and meetings held per month of the period. Months with fewer than 5 are shown as gaps.',
  },
  /** Worksheet names in the .xlsx (at most 31 characters). */
  sheets: {
    overview: 'Key figures',
    'referrals-by-source': 'Referrals by source',
    outcomes: 'Outcomes',
    'by-municipality': 'By municipality',
    'by-referring-partner': 'By referring partner',
    'by-language': 'By first language',
    monthly: 'Month by month',
  },
  sheetNotes: 'Notes',
  footer: 'Results report · {{organisation}}',
};

const da: Widen<typeof en> = {
  title: 'Resultatrapport',
  period: 'Periode: {{from}} – {{to}}',
  comparison: 'Sammenlignet med: {{from}} – {{to}}',
  prepared: 'Udarbejdet {{date}}',
  sections: { introduction: 'Indledning', highlights: 'Højdepunkter', outlook: 'Fremadrettet' },
  keyFigures: 'Nøgletal',
  charts: 'Diagrammer',
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
      'Tal under 5 vises som “< 5”; enkelte andre felter er skjult (–), så de ikke kan regnes ud fra totaler eller andre tabeller. Ændringer og andele udelades, hvor et tal er skjult.',
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

const nb: Widen<typeof en> = {
  title: 'Resultatrapport',
  period: 'Periode: {{from}} – {{to}}',
  comparison: 'Sammenlignet med: {{from}} – {{to}}',
  prepared: 'Utarbeidet {{date}}',
  sections: { introduction: 'Innledning', highlights: 'Høydepunkter', outlook: 'Veien videre' },
  keyFigures: 'Nøkkeltall',
  charts: 'Diagrammer',
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
      'Tall under 5 vises som «< 5»; enkelte andre felt er skjult (–) slik at de ikke kan regnes ut fra totaler eller andre tabeller. Endringer og andeler utelates der et tall er skjult.',
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

const sv: Widen<typeof en> = {
  title: 'Resultatrapport',
  period: 'Rapportperiod: {{from}} – {{to}}',
  comparison: 'Jämfört med: {{from}} – {{to}}',
  prepared: 'Upprättad {{date}}',
  sections: { introduction: 'Inledning', highlights: 'Höjdpunkter', outlook: 'Framåtblick' },
  keyFigures: 'Nyckeltal',
  charts: 'Diagram',
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
      'Antal under 5 visas som ”< 5”; vissa andra celler är dolda (–) så att de inte kan räknas fram ur summor eller andra tabeller. Förändringar och andelar utelämnas där en siffra är dold.',
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

const fi: Widen<typeof en> = {
  title: 'Tulosraportti',
  period: 'Ajanjakso: {{from}} – {{to}}',
  comparison: 'Vertailujakso: {{from}} – {{to}}',
  prepared: 'Laadittu {{date}}',
  sections: { introduction: 'Johdanto', highlights: 'Kohokohdat', outlook: 'Näkymät' },
  keyFigures: 'Tunnusluvut',
  charts: 'Kaaviot',
  aboutFigures: 'Tietoa luvuista',
  tables: {
    overview: 'Tunnusluvut',
    'referrals-by-source': 'Lähetteet lähettäjän mukaan',
    outcomes: 'Päättyneiden mentorointijaksojen tulokset',
    'by-municipality': 'Aktorit kunnittain',
    'by-referring-partner': 'Aktorit lähettävän kumppanin mukaan',
    'by-language': 'Aktorit ensikielen mukaan',
    monthly: 'Kuukausittain',
  },
  columns: {
    item: 'Tieto',
    current: 'Tämä jakso',
    comparison: 'Vertailu',
    change: 'Muutos',
    share: 'Osuus',
    month: 'Kuukausi',
  },
  rows: {
    referrals: 'Uudet lähetteet',
    'new-courses': 'Alkaneet jaksot',
    'active-courses': 'Käynnissä olleet jaksot',
    'closed-courses': 'Päättyneet jaksot',
    matched: 'Mentoriin yhdistetyt jaksot',
    'median-days-to-match': 'Mediaaniaika lähetteestä yhdistämiseen (päivää)',
    meetings: 'Pidetyt tapaamiset',
    'volunteer-hours': 'Vapaaehtoistunnit (tapaamiset mentorin kanssa)',
    'mentors-recruited': 'Rekrytoidut mentorit',
    'mentors-trained': 'Koulutetut mentorit',
    'mentors-active': 'Aktiiviset mentorit',
    mentees: 'Aktorit jaksoilla',
    total: 'Yhteensä',
    'no-source': 'Ei lähettävää organisaatiota',
    'no-municipality': 'Kunta ei tiedossa',
    'no-language': 'Kieli ei tiedossa',
    'not-recorded': 'Tulosta ei kirjattu',
  },
  monthly: { newCourses: 'Alkaneet jaksot', meetings: 'Pidetyt tapaamiset' },
  notApplicable: 'ei sov.',
  notes: {
    suppression:
      'Alle 5:n lukumäärät näytetään muodossa ”< 5”; joitakin muita soluja on piilotettu (–), jotta niitä ei voi laskea summista tai muista taulukoista. Muutokset ja osuudet jätetään pois, kun luku on piilotettu.',
    consent:
      'Luvuissa ovat mukana vain henkilöt, joiden suostumus kattaa anonyymin tilastoinnin, sekä henkilöt, joiden henkilötiedot on anonymisoitu. Raportissa ei ole nimiä eikä kenestäkään kirjoitettua vapaata tekstiä.',
    coverage:
      'Henkilöt, joilla oli jakso tai vapaaehtoistehtävä ajanjaksolla: {{included}} mukana, {{excluded}} jätetty pois (ei suostumusta tilastointiin).',
    definitions:
      'Jakso lasketaan alkaneeksi, kun siitä tuli aktiivinen, ja yhdistetyksi sinä päivänä, kun sille saatiin ensimmäinen mentori. Jokainen aktori lasketaan kerran, viimeisimmän jaksonsa mukaan; ensikieli on äidinkieleksi merkitty kieli.',
  },
  chartAlt: {
    referrals:
      'Pylväskaavio: lähetteet lähettäjän mukaan ajanjaksolla. Alle 5:n lukumäärät näkyvät tyhjinä, viivoitettuina pylväinä merkinnällä < 5, piilotetut solut merkinnällä –.',
    outcomes:
      'Pylväskaavio: ajanjaksolla päättyneiden jaksojen tulokset. Alle 5:n lukumäärät näkyvät tyhjinä, viivoitettuina pylväinä merkinnällä < 5, piilotetut solut merkinnällä –.',
    monthly: 'Viivakaavio: alkaneet jaksot ja pidetyt tapaamiset kuukausittain. Kuukaudet, joissa lukuja on alle 5, näkyvät aukkoina.',
  },
  sheets: {
    overview: 'Tunnusluvut',
    'referrals-by-source': 'Lähetteet',
    outcomes: 'Tulokset',
    'by-municipality': 'Kunnittain',
    'by-referring-partner': 'Lähettävän kumppanin mukaan',
    'by-language': 'Ensikielen mukaan',
    monthly: 'Kuukausittain',
  },
  sheetNotes: 'Huomautukset',
  footer: 'Tulosraportti · {{organisation}}',
};

export const programmeDoc = { en, da, nb, sv, fi };

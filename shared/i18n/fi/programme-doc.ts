import type { programmeDoc as en } from '../en/programme-doc';
import type { Widen } from '../widen';

// Finnish; ../en/programme-doc.ts is the source: it says what these strings are for, and its keys are this file's type.
export const programmeDoc: Widen<typeof en> = {
  title: 'Tulosraportti',
  period: 'Ajanjakso: {{from}} – {{to}}',
  comparison: 'Vertailujakso: {{from}} – {{to}}',
  prepared: 'Laadittu {{date}}',
  sections: { introduction: 'Johdanto', highlights: 'Kohokohdat', outlook: 'Näkymät' },
  keyFigures: 'Tunnusluvut',
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
      'Alle 5:n lukumäärät näytetään muodossa ”< 5”; joitakin muita soluja on piilotettu (–), jotta niitä ei voi laskea summista tai muista taulukoista. Muutokset ja osuudet jätetään pois, kun luku on piilotettu. Vapaaehtoistunnit ja mediaaniaika yhdistämiseen piilotetaan (–), jos ne koskisivat alle 5:tä tapaamista tai jaksoa.',
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

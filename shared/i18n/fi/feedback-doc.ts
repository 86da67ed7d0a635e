import type { feedbackDoc as en } from '../en/feedback-doc';
import type { Widen } from '../widen';

// Finnish; ../en/feedback-doc.ts is the source: it says what these strings are for, and its keys are this file's type.
export const feedbackDoc: Widen<typeof en> = {
  title: 'Palauteraportti',
  fileName: 'Palauteraportti',
  attention: 'Yhteyshenkilö:',
  period: 'Ajanjakso: {{from}} – {{to}}',
  participant: 'Osallistuja',
  reference: 'Viitteemme',
  intro:
    'Tämä on palauteraportti organisaatiolle {{organisation}} osallistujan {{name}} mentoroinnista ajanjaksolla {{from}} – {{to}}. Se sisältää vain sen, minkä jakamiseen {{name}} on antanut suostumuksensa.',
  section: {
    meetings: 'Tapaamiset ja osallistuminen',
    goals: 'Tavoitteet ja edistyminen',
    status: 'Mentoroinnin tilanne',
    nextSteps: 'Seuraavat vaiheet',
    comment: 'Koordinaattorin oma kommentti',
  },
  meetingsNone: 'Ajanjaksolla ei pidetty tapaamisia.',
  meetingsOne: 'Ajanjaksolla pidettiin 1 tapaaminen.',
  meetingsMany: 'Ajanjaksolla pidettiin {{count}} tapaamista.',
  meetingsHours: 'Tapaamisiin käytetty aika: {{hours}} tuntia.',
  column: {
    date: 'Päivämäärä',
    type: 'Tapaamisen tyyppi',
    duration: 'Kesto',
    goal: 'Tavoite',
    description: 'Kuvaus',
    progress: 'Edistyminen',
  },
  minutes: '{{n}} minuuttia',
  status: 'Nykyinen tila',
  startedOn: 'Aloitettu',
  closedOn: 'Päättynyt',
  outcome: 'Tulos',
  notStarted: 'Ei vielä alkanut',
  openGoals: 'Tavoitteet, joiden parissa jatketaan',
  nextMeeting: 'Seuraava suunniteltu tapaaminen',
  nextFollowUp: 'Suunniteltu seuranta',
  nothingPlanned: 'Ei vielä mitään suunniteltuna.',
  commentNote: 'Kommentti on koordinaattorin oma arvio.',
  regards: 'Ystävällisin terveisin',
  footer: 'Kirjoitettu Bindeledillä rekisteristä {{date}}; sisältää vain sen, minkä jakamiseen {{name}} on antanut suostumuksensa',
  page: 'Sivu',
};

import type { feedbackDoc as en } from '../en/feedback-doc';
import type { Widen } from '../widen';

// Swedish; ../en/feedback-doc.ts is the source: it says what these strings are for, and its keys are this file's type.
export const feedbackDoc: Widen<typeof en> = {
  title: 'Återrapport',
  fileName: 'Återrapport',
  attention: 'Att.',
  period: 'Period: {{from}} – {{to}}',
  participant: 'Deltagare',
  reference: 'Vår referens',
  intro:
    'Här är en återrapport till {{organisation}} om mentorskapet för {{name}} under perioden {{from}} – {{to}}. Den innehåller bara det som {{name}} har samtyckt till att dela med er.',
  section: {
    meetings: 'Möten och närvaro',
    goals: 'Mål och framsteg',
    status: 'Mentorskapets status',
    nextSteps: 'Nästa steg',
    comment: 'Koordinatorns egen kommentar',
  },
  meetingsNone: 'Inga möten har hållits under perioden.',
  meetingsOne: 'Ett möte har hållits under perioden.',
  meetingsMany: '{{count}} möten har hållits under perioden.',
  meetingsHours: 'Tid i möten: {{hours}} timmar.',
  column: { date: 'Datum', type: 'Typ av möte', duration: 'Längd', goal: 'Mål', description: 'Beskrivning', progress: 'Framsteg' },
  minutes: '{{n}} minuter',
  status: 'Nuvarande status',
  startedOn: 'Startade',
  closedOn: 'Avslutades',
  outcome: 'Resultat',
  notStarted: 'Har inte startat än',
  openGoals: 'Mål som arbetet fortsätter med',
  nextMeeting: 'Nästa planerade möte',
  nextFollowUp: 'Planerad uppföljning',
  nothingPlanned: 'Inget planerat än.',
  commentNote: 'Kommentaren är koordinatorns egen bedömning.',
  regards: 'Med vänliga hälsningar',
  footer: 'Skriven med Bindeled ur registret den {{date}}; innehåller bara det som {{name}} har samtyckt till att dela',
  page: 'Sida',
};

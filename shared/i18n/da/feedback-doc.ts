import type { feedbackDoc as en } from '../en/feedback-doc';
import type { Widen } from '../widen';

// Danish; ../en/feedback-doc.ts is the source: it says what these strings are for, and its keys are this file's type.
export const feedbackDoc: Widen<typeof en> = {
  title: 'Tilbagemelding',
  fileName: 'Tilbagemelding',
  attention: 'Att.',
  period: 'Periode: {{from}} – {{to}}',
  participant: 'Deltager',
  reference: 'Vores reference',
  intro:
    'Hermed en tilbagemelding til {{organisation}} om mentorforløbet for {{name}} i perioden {{from}} – {{to}}. Den indeholder kun de oplysninger, {{name}} har givet samtykke til at dele med jer.',
  section: {
    meetings: 'Møder og fremmøde',
    goals: 'Mål og fremskridt',
    status: 'Forløbets status',
    nextSteps: 'Næste skridt',
    comment: 'Koordinatorens egen kommentar',
  },
  meetingsNone: 'Der har ikke været holdt møder i perioden.',
  meetingsOne: 'Der er holdt 1 møde i perioden.',
  meetingsMany: 'Der er holdt {{count}} møder i perioden.',
  meetingsHours: 'Tid brugt på møder: {{hours}} timer.',
  column: { date: 'Dato', type: 'Mødetype', duration: 'Varighed', goal: 'Mål', description: 'Beskrivelse', progress: 'Fremskridt' },
  minutes: '{{n}} minutter',
  status: 'Nuværende status',
  startedOn: 'Startet',
  closedOn: 'Afsluttet',
  outcome: 'Resultat',
  notStarted: 'Ikke startet endnu',
  openGoals: 'Mål, der arbejdes videre med',
  nextMeeting: 'Næste planlagte møde',
  nextFollowUp: 'Planlagt opfølgning',
  nothingPlanned: 'Intet planlagt endnu.',
  commentNote: 'Kommentaren er koordinatorens egen vurdering.',
  regards: 'Med venlig hilsen',
  footer: 'Skrevet med Bindeled fra registeret den {{date}}; indeholder kun det, {{name}} har givet samtykke til at dele',
  page: 'Side',
};

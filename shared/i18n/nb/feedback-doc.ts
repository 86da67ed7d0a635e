import type { feedbackDoc as en } from '../en/feedback-doc';
import type { Widen } from '../widen';

// Norwegian (bokmål); ../en/feedback-doc.ts is the source: it says what these strings are for, and its keys are this file's type.
export const feedbackDoc: Widen<typeof en> = {
  title: 'Tilbakemelding',
  fileName: 'Tilbakemelding',
  attention: 'Att.',
  period: 'Periode: {{from}} – {{to}}',
  participant: 'Deltaker',
  reference: 'Vår referanse',
  intro:
    'Her er en tilbakemelding til {{organisation}} om mentorforløpet til {{name}} i perioden {{from}} – {{to}}. Den inneholder bare det {{name}} har samtykket til å dele med dere.',
  section: {
    meetings: 'Møter og oppmøte',
    goals: 'Mål og framdrift',
    status: 'Status for forløpet',
    nextSteps: 'Neste steg',
    comment: 'Koordinatorens egen kommentar',
  },
  meetingsNone: 'Det er ikke holdt noen møter i perioden.',
  meetingsOne: 'Det er holdt 1 møte i perioden.',
  meetingsMany: 'Det er holdt {{count}} møter i perioden.',
  meetingsHours: 'Tid brukt på møter: {{hours}} timer.',
  column: { date: 'Dato', type: 'Møtetype', duration: 'Varighet', goal: 'Mål', description: 'Beskrivelse', progress: 'Framdrift' },
  minutes: '{{n}} minutter',
  status: 'Nåværende status',
  startedOn: 'Startet',
  closedOn: 'Avsluttet',
  outcome: 'Resultat',
  notStarted: 'Ikke startet ennå',
  openGoals: 'Mål det arbeides videre med',
  nextMeeting: 'Neste planlagte møte',
  nextFollowUp: 'Planlagt oppfølging',
  nothingPlanned: 'Ingenting planlagt ennå.',
  commentNote: 'Kommentaren er koordinatorens egen vurdering.',
  regards: 'Med vennlig hilsen',
  footer: 'Skrevet med Bindeled fra registeret {{date}}; inneholder bare det {{name}} har samtykket til å dele',
  page: 'Side',
};

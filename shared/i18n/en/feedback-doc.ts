// The feedback report document (core writes it; the in-app preview shows the same texts). Owner: feedback core.
// Labels for meeting types, goal kinds, goal progress, statuses and outcomes come from the
// mentoring section.
export const feedbackDoc = {
  title: 'Feedback report',
  /** The start of a suggested file name: "Feedback MT-0042 2026-11-27.docx". */
  fileName: 'Feedback',
  attention: 'Attn.',
  period: 'Reporting period: {{from}} – {{to}}',
  participant: 'Participant',
  reference: 'Our reference',
  intro:
    'This is a feedback report to {{organisation}} on the mentoring course of {{name}} in the period {{from}} – {{to}}. It contains only what {{name}} has agreed to share with you.',
  section: {
    meetings: 'Meetings and attendance',
    goals: 'Goals and progress',
    status: 'Status of the course',
    nextSteps: 'Next steps',
    comment: "The coordinator's own comment",
  },
  meetingsNone: 'No meetings were held in the period.',
  meetingsOne: '1 meeting was held in the period.',
  meetingsMany: '{{count}} meetings were held in the period.',
  meetingsHours: 'Time spent in meetings: {{hours}} hours.',
  column: { date: 'Date', type: 'Type of meeting', duration: 'Duration', goal: 'Goal', description: 'Description', progress: 'Progress' },
  minutes: '{{n}} minutes',
  status: 'Current status',
  startedOn: 'Started',
  closedOn: 'Ended',
  outcome: 'Outcome',
  notStarted: 'Not started yet',
  openGoals: 'Goals still being worked on',
  nextMeeting: 'Next planned meeting',
  nextFollowUp: 'Planned follow-up',
  nothingPlanned: 'Nothing planned yet.',
  commentNote: "This is the coordinator's own assessment.",
  regards: 'Kind regards',
  footer: 'Written with Bindeled from the register on {{date}}; contains only what {{name}} agreed to share',
  page: 'Page',
};

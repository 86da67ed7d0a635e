// The results report document and its tables (core writes .docx and .xlsx). Owner: results core.
export const programmeDoc = {
  title: 'Results report',
  period: 'Period: {{from}} – {{to}}',
  comparison: 'Compared with: {{from}} – {{to}}',
  prepared: 'Prepared on {{date}}',
  sections: { introduction: 'Introduction', highlights: 'Highlights', outlook: 'Outlook' },
  keyFigures: 'Key figures',
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
      'Counts below 5 are shown as “< 5”; some other cells are hidden (–) so that they cannot be worked out from totals or other tables. Changes and shares are left out where a figure is hidden. Volunteer hours and the median days to match are hidden (–) where they would be those of fewer than 5 meetings or courses.',
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

import type { Language } from '../../../shared/languages';
import { da, nb } from './directory-text-da-nb';
import type { ExportText } from './directory-text-shape';
import { fi, sv } from './directory-text-sv-fi';

// The fixed words of exported files and of the printed partner directory, one table per
// language. Core writes these files itself, so they cannot come from the renderer's catalogs.
// The shape is in directory-text-shape.ts, the Nordic languages in directory-text-da-nb.ts and
// directory-text-sv-fi.ts; English is here.

export type { ExportText };

const en: ExportText = {
  title: 'Partner directory',
  organisations: 'Organisations',
  intro: 'Organisations, what they offer, and whom to contact.',
  updated: 'Updated {date}',
  contents: 'Contents',
  selection: 'Selection',
  sectorHeadings: {
    municipality: 'Municipalities',
    'job-centre': 'Job centres and employment services',
    'civil-society': 'Civil society and associations',
    'housing-social': 'Housing-social work',
    company: 'Companies',
    foundation: 'Foundations and donors',
    education: 'Education and language centres',
    health: 'Health',
    other: 'Other organisations',
  },
  sector: {
    municipality: 'Municipality',
    'job-centre': 'Job centre',
    'civil-society': 'Civil society',
    'housing-social': 'Housing-social',
    company: 'Company',
    foundation: 'Foundation/donor',
    education: 'Education',
    health: 'Health',
    other: 'Other',
  },
  themes: {
    'mentoring-referrals': 'Mentoring referrals',
    volunteering: 'Volunteering',
    employment: 'Employment',
    education: 'Education',
    housing: 'Housing',
    health: 'Health',
    other: 'Other',
  },
  otherOrganisations: 'Other organisations',
  empty: 'No organisations match the selection.',
  yes: 'Yes',
  no: 'No',
  label: {
    municipality: 'Municipality',
    address: 'Address',
    website: 'Website',
    email: 'Email',
    phone: 'Phone',
    howWeWork: 'How we work',
    offers: 'Offers',
    targetGroup: 'Target group',
    languages: 'Languages',
    area: 'Area',
    howToRefer: 'How to refer',
    contactPerson: 'Contact person',
    contactPersons: 'Contact persons',
    designatedFor: 'contact for',
    theme: 'Theme',
  },
  contactColumns: [
    'Name',
    'Role',
    'Email',
    'Phone',
    'Preferred language',
    'Organisation',
    'Contact for',
    'Notes',
    'Last contacted',
    'Archived',
  ],
  organisationColumns: [
    'Name',
    'Sector',
    'Country',
    'Municipality',
    'Address',
    'Website',
    'Email',
    'Phone',
    'How we work',
    'Tags',
    'Offers',
    'Contact persons',
    'Archived',
  ],
};

export const EXPORT_TEXT: Record<Language, ExportText> = { da, nb, sv, fi, en };

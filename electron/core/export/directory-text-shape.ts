import type { SECTORS, THEMES } from '../../../shared/contract';

// The shape of the fixed words of exported files and of the printed partner directory: one
// such table per language (directory-text.ts has them all).

type Sector = (typeof SECTORS)[number];
type Theme = (typeof THEMES)[number];

export interface ExportText {
  title: string;
  /** The sheet name of an organisations export. */
  organisations: string;
  intro: string;
  /** "{date}" is replaced by the date in this language. */
  updated: string;
  contents: string;
  selection: string;
  /** Group headings in the directory: plural. */
  sectorHeadings: Record<Sector, string>;
  /** One organisation's sector, in exported rows. */
  sector: Record<Sector, string>;
  themes: Record<Theme, string>;
  /** The theme group for organisations with no designated contact person. */
  otherOrganisations: string;
  empty: string;
  yes: string;
  no: string;
  label: {
    municipality: string;
    address: string;
    website: string;
    email: string;
    phone: string;
    howWeWork: string;
    offers: string;
    targetGroup: string;
    languages: string;
    area: string;
    howToRefer: string;
    contactPerson: string;
    contactPersons: string;
    designatedFor: string;
    theme: string;
  };
  contactColumns: [string, string, string, string, string, string, string, string, string, string];
  organisationColumns: [string, string, string, string, string, string, string, string, string, string, string, string, string];
}

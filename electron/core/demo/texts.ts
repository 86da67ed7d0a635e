import type { SECTORS } from '../../../shared/contract';

export type Sector = (typeof SECTORS)[number];
export type TextLanguage = 'da' | 'nb' | 'sv' | 'fi';

/** One language's word material for demo data. "{m}" is the municipality. */
export interface DemoTexts {
  orgNames: Record<Sector, string[]>;
  districts: string[];
  roles: string[];
  howWeWork: string[];
  offers: { title: string; description: string; targetGroup: string; howToRefer: string }[];
  networks: { name: string; purpose: string }[];
  summaries: string[];
  notes: string[];
  tags: string[];
}

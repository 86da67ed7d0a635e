import type { ConsentPurpose } from '../../../shared/contract/consents-schemas';

/** One language's built-in consent texts: a title and a body for each purpose. */
export type DefaultTexts = Record<ConsentPurpose, { title: string; body: string }>;

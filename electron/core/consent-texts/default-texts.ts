import { CONSENT_PURPOSES } from '../../../shared/contract/consents-schemas';
import type { Language } from '../../../shared/languages';
import type { Db } from '../db/driver';
import type { DefaultTexts } from './default-texts-shape';
import { DA, EN, NB } from './default-texts-en-da-nb';
import { FI, SV } from './default-texts-sv-fi';
import { consentTextHash } from './hash';

/** Version 1 of every purpose in Bindeled's five languages. */
export const DEFAULT_TEXTS: Record<Language, DefaultTexts> = { en: EN, da: DA, nb: NB, sv: SV, fi: FI };

/** created_by of the texts Bindeled ships (no user wrote them). */
export const BUILT_IN_AUTHOR = 'bindeled';

/**
 * Writes version 1 of each default text that the register does not have yet. Migration 4 calls
 * it, so new and upgraded registers alike start with texts a consent can point to.
 */
export function seedDefaultConsentTexts(db: Db, now = new Date().toISOString()): number {
  const has = db.prepare('SELECT 1 FROM consent_templates WHERE purpose = ? AND language = ? LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO consent_templates (purpose, language, version, title, body, hash, created_at, created_by)
     VALUES (@purpose, @language, 1, @title, @body, @hash, @now, @by)`,
  );
  let added = 0;
  for (const [language, texts] of Object.entries(DEFAULT_TEXTS)) {
    for (const purpose of CONSENT_PURPOSES) {
      if (has.get(purpose, language)) continue;
      const { title, body } = texts[purpose];
      const hash = consentTextHash({ purpose, language, version: 1, title, body });
      insert.run({ purpose, language, title, body, hash, now, by: BUILT_IN_AUTHOR });
      added++;
    }
  }
  return added;
}

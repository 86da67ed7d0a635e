import { z } from 'zod';
import { AVAILABILITY_SLOTS, LANGUAGE_LEVELS } from './mentoring-vocabulary';

// Field types shared by the mentoring schemas: bounded trimmed text, keyword lists, spoken
// languages and availability. Only LanguageCode and SpokenLanguage are part of the contract's
// exports (through mentoring-schemas.ts); the others are building blocks.

export const Text = (max: number) => z.string().trim().max(max);
export const Tags = z.array(Text(80).min(1)).max(50);
/** An ISO 639 language code, e.g. `da`, `ar`, `prs`. */
export const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/);
export const SpokenLanguage = z.strictObject({ code: LanguageCode, level: z.enum(LANGUAGE_LEVELS) });
export const Languages = z
  .array(SpokenLanguage)
  .max(20)
  .refine((list) => new Set(list.map((l) => l.code)).size === list.length, 'each language once');
export const Slots = z.array(z.enum(AVAILABILITY_SLOTS as [string, ...string[]])).max(AVAILABILITY_SLOTS.length);

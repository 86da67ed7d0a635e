import { z } from 'zod';
import { CONSENT_PURPOSES, DATA_CATEGORIES, PersonRef } from './consents-schemas';
import { ExportPath } from './export';
import { coreCall, coreRead } from './define';
import { Id, IsoDate } from './partners-schemas';

// Consent texts: versioned templates per purpose and language, and the printable consent form.
// Any language code can get texts (Arabic, Tigrinya, Somali, Ukrainian …): an organisation adds
// a language by writing its texts, without a new Bindeled.

/**
 * The placeholders a consent text may use, filled when a form is printed:
 * - {{name}} the person's full name
 * - {{code}} the mentee's code (MT-…); empty for a mentor
 * - {{organisation}} the register's organisation (Settings)
 * - {{recipient}} the partner organisation that may receive data (sharing); a blank line if none
 * - {{categories}} the kinds of data ticked for sharing, in the text's language
 * - {{date}} today's date, written out in the text's language
 * - {{expires}} the date the consent ends; a blank line to fill in by hand if none
 * - {{interpreterLanguage}} the language an interpreter spoke; a blank line if none
 */
export const PLACEHOLDERS = ['name', 'code', 'organisation', 'recipient', 'categories', 'date', 'expires', 'interpreterLanguage'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholder names a text uses, in order of first use, known or not. */
export function placeholdersIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) if (!found.includes(m[1] ?? '')) found.push(m[1] ?? '');
  return found;
}

/** The placeholders in `text` that Bindeled does not know. */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
}

/** Replaces every known placeholder with its value; unknown ones are left as written. */
export function fillPlaceholders(text: string, values: Record<Placeholder, string>): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole,
  );
}

/** Right-to-left scripts: a text in one of these is set right to left in the preview and the form. */
export const RTL_LANGUAGES = ['ar', 'fa', 'prs', 'ur', 'he', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug'] as const;

/** True when the language's primary subtag is written right to left. */
export function isRtlLanguage(code: string): boolean {
  return (RTL_LANGUAGES as readonly string[]).includes(code.toLowerCase().split('-')[0] ?? '');
}

/** A BCP 47-like tag: a 2–3 letter language, optionally a script or region (sr-Latn, pt-BR). */
export const TextLanguage = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}$/, 'a language code such as ar, ti, so, uk or fa')
  .transform((s) => {
    const [first, ...rest] = s.split('-');
    return [first!.toLowerCase(), ...rest].join('-');
  });

export const CONSENT_TEXT_LIMITS = { title: 200, body: 20_000, languageName: 60, categoryWord: 80 } as const;

/** The words a form uses for each data category, in a language Bindeled does not speak. */
export const CategoryWords = z.strictObject(
  Object.fromEntries(DATA_CATEGORIES.map((c) => [c, z.string().trim().max(CONSENT_TEXT_LIMITS.categoryWord).default('')])) as Record<
    (typeof DATA_CATEGORIES)[number],
    z.ZodDefault<z.ZodString>
  >,
);

export const ConsentTextLanguage = z.object({
  code: z.string(),
  /** How the language names itself, as the coordinator wrote it ("العربية"). */
  name: z.string(),
  rtl: z.boolean(),
  /** One of Bindeled's five languages (its names for the data categories are built in). */
  builtIn: z.boolean(),
  categoryWords: z.record(z.string(), z.string()),
});
export type ConsentTextLanguage = z.infer<typeof ConsentTextLanguage>;

export const ConsentTemplateRow = z.object({
  id: Id,
  purpose: z.enum(CONSENT_PURPOSES),
  language: z.string(),
  version: z.number().int(),
  title: z.string(),
  hash: z.string(),
  /** The first 8 hex characters of the hash, as printed on the form. */
  shortHash: z.string(),
  /** "v3 · 1a2b3c4d": how a consent names the text it was given on. */
  label: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  retiredAt: z.string().nullable(),
  /** The newest version of its purpose and language that is not retired: what new consents use. */
  current: z.boolean(),
});
export type ConsentTemplateRow = z.infer<typeof ConsentTemplateRow>;

export const ConsentTemplate = ConsentTemplateRow.extend({ body: z.string(), rtl: z.boolean() });
export type ConsentTemplate = z.infer<typeof ConsentTemplate>;

/** Refuses placeholders Bindeled cannot fill, naming them. */
function knownPlaceholdersOnly(s: string, ctx: z.RefinementCtx): void {
  const unknown = unknownPlaceholders(s);
  if (unknown.length) ctx.addIssue({ code: 'custom', message: `unknown placeholders: ${unknown.map((p) => `{{${p}}}`).join(', ')}` });
}

const Body = z
  .string()
  .max(CONSENT_TEXT_LIMITS.body)
  .refine((s) => s.trim().length > 0, 'the text is empty')
  .superRefine(knownPlaceholdersOnly);

export const ConsentTextInput = z.strictObject({
  purpose: z.enum(CONSENT_PURPOSES),
  language: TextLanguage,
  title: z.string().trim().min(1).max(CONSENT_TEXT_LIMITS.title).superRefine(knownPlaceholdersOnly),
  body: Body,
  /** Needed the first time a language gets a text; updates the name when given later. */
  languageName: z.string().trim().min(1).max(CONSENT_TEXT_LIMITS.languageName).optional(),
  rtl: z.boolean().optional(),
  categoryWords: CategoryWords.optional(),
});

export const ConsentFormInput = z.strictObject({
  person: PersonRef,
  purpose: z.enum(CONSENT_PURPOSES),
  language: TextLanguage,
  /** A given version; default: the current one for the purpose and language. */
  templateId: Id.optional(),
  recipientOrganisationId: Id.optional(),
  categories: z.array(z.enum(DATA_CATEGORIES)).max(DATA_CATEGORIES.length).default([]),
  interpreterLanguage: TextLanguage.optional(),
  expiresOn: IsoDate.optional(),
  path: ExportPath,
});

/** Consent texts and the printable consent form. */
export const consentTextChannels = {
  'consentTexts:list': coreRead(
    z.strictObject({ history: z.boolean().default(false) }),
    z.object({ languages: z.array(ConsentTextLanguage), templates: z.array(ConsentTemplateRow) }),
  ),
  'consentTexts:get': coreRead(z.strictObject({ id: Id }), ConsentTemplate),
  'consentTexts:save': coreCall(ConsentTextInput, ConsentTemplate),
  'consentTexts:retire': coreCall(z.strictObject({ id: Id, retired: z.boolean().default(true) }), ConsentTemplateRow),
  'consentTexts:form': coreCall(
    ConsentFormInput,
    z.object({ path: z.string(), templateId: Id, version: z.number().int(), hash: z.string() }),
  ),
};

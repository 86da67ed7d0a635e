import { z } from 'zod';
import { LanguageCode } from './mentoring-schemas';
import { Id, IsoDate } from './partners-schemas';

/** What a consent is for. Only 'feedback-sharing' names a recipient organisation. */
export const CONSENT_PURPOSES = ['registration', 'feedback-sharing', 'follow-up', 'statistics', 'story'] as const;
/**
 * Kinds of data a disclosure can contain. 'notes' (free text) is never included unless a
 * consent ticks it explicitly; the person's identity (name, code) goes with every disclosure
 * and needs no category of its own.
 */
export const DATA_CATEGORIES = ['attendance', 'goals', 'outcome', 'notes'] as const;
export const CONSENT_METHODS = ['signed', 'verbal-witness', 'digital'] as const;
export const PERSON_KINDS = ['mentee', 'mentor'] as const;
export const ROLES = ['administrator', 'coordinator', 'read-only'] as const;

export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export type DataCategory = (typeof DATA_CATEGORIES)[number];
export type PersonKind = (typeof PERSON_KINDS)[number];
export type Role = (typeof ROLES)[number];

/** A moment to the minute, local time: YYYY-MM-DDTHH:MM. */
export const LocalMinute = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
export const PersonRef = z.strictObject({ kind: z.enum(PERSON_KINDS), id: Id });
export type PersonRef = z.infer<typeof PersonRef>;

/** The fields of a consent that the disclosure rule reads. */
export const ConsentTerms = z.object({
  id: Id,
  purpose: z.enum(CONSENT_PURPOSES),
  recipientOrganisationId: Id.nullable(),
  categories: z.array(z.enum(DATA_CATEGORIES)),
  givenOn: IsoDate,
  expiresOn: IsoDate.nullable(),
  withdrawnAt: LocalMinute.nullable(),
});
export type ConsentTerms = z.infer<typeof ConsentTerms>;

export const ConsentInput = z.strictObject({
  id: Id.optional(),
  person: PersonRef,
  purpose: z.enum(CONSENT_PURPOSES),
  recipientOrganisationId: Id.nullable().default(null),
  categories: z.array(z.enum(DATA_CATEGORIES)).max(DATA_CATEGORIES.length).default([]),
  givenOn: IsoDate,
  method: z.enum(CONSENT_METHODS),
  witness: z.string().trim().max(200).default(''),
  interpreterLanguage: LanguageCode.nullable().default(null),
  templateId: Id.nullable().default(null),
  expiresOn: IsoDate.nullable().default(null),
  note: z.string().trim().max(2000).default(''),
});

export const Consent = ConsentTerms.extend({
  person: PersonRef,
  recipientName: z.string().nullable(),
  method: z.enum(CONSENT_METHODS),
  witness: z.string(),
  interpreterLanguage: z.string().nullable(),
  templateId: Id.nullable(),
  templateHash: z.string().nullable(),
  templateLabel: z.string().nullable(),
  evidence: z.object({ id: Id, name: z.string(), size: z.number(), sha256: z.string() }).nullable(),
  withdrawnHow: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  note: z.string(),
  recordedBy: z.string(),
  createdAt: z.string(),
  /** At the time of the answer: in force, not yet in force, expired or withdrawn. */
  state: z.enum(['valid', 'future', 'expired', 'withdrawn']),
});

import { z } from 'zod';
import { DATA_CATEGORIES, PersonRef } from './consents-schemas';
import { coreCall, coreRead } from './define';
import { ExportPath } from './export';
import { Id, IsoDate } from './partners-schemas';
import { PageQuery, pageOf } from './paging';
import { LanguageSchema } from './schemas';

/** One row of the disclosure log: data about a person that left the register. */
export const Disclosure = z.object({
  id: Id,
  /** Local time to the minute. */
  at: z.string(),
  /** null once the person was erased (the row stays, with the code). */
  person: z.object({ kind: z.enum(['mentee', 'mentor']), id: Id }).nullable(),
  personCode: z.string(),
  /** null for an access export (to the person themself) or when the organisation was deleted. */
  recipientOrganisationId: Id.nullable(),
  recipientLabel: z.string(),
  purpose: z.string(),
  categories: z.array(z.enum(DATA_CATEGORIES)),
  consentIds: z.array(Id),
  caseId: Id.nullable(),
  fileName: z.string(),
  fileHash: z.string(),
  recordedBy: z.string(),
  /** The user's display name (the id when the user is unknown). */
  recordedByName: z.string(),
});
export type Disclosure = z.infer<typeof Disclosure>;

export const DisclosureFilter = z.strictObject({
  person: PersonRef.optional(),
  organisationId: Id.optional(),
  /** Inclusive days (YYYY-MM-DD). */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.number().int().min(1).max(5000).default(1000),
});

/**
 * One page of the disclosure log for Privacy › Disclosures (shared/contract/paging.ts): sorted by
 * time (the default, newest first), person code or recipient, keyset by id; `where` holds the
 * partner, period and person fields. No text search: a quick search or text filter is refused.
 */
export const DisclosurePageQuery = PageQuery.extend({ where: DisclosureFilter.omit({ limit: true }).default({}) });

/** One corrected field of a person (rectification history). */
export const FieldChange = z.object({
  id: Id,
  person: z.object({ kind: z.enum(['mentee', 'mentor']), id: Id }),
  field: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
  changedAt: z.string(),
  changedBy: z.string(),
  changedByName: z.string(),
  reason: z.string(),
});
export type FieldChange = z.infer<typeof FieldChange>;

/** Why a recall list is asked for: a withdrawn consent, or a correction (its field_history rows). */
export const RecallTrigger = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('withdrawal'), consentId: Id }),
  z.strictObject({ kind: z.literal('correction'), fieldHistoryIds: z.array(Id).min(1).max(500) }),
]);
export type RecallTrigger = z.infer<typeof RecallTrigger>;

export const RecallRecipient = z.object({
  organisationId: Id,
  organisationName: z.string(),
  /** The referral contact of the person's course at this organisation, where known. */
  contact: z.object({ id: Id, name: z.string(), email: z.string(), phone: z.string(), language: z.string() }).nullable(),
  disclosures: z.array(
    z.object({ id: Id, at: z.string(), purpose: z.string(), categories: z.array(z.enum(DATA_CATEGORIES)), fileName: z.string() }),
  ),
});

export const RecallList = z.object({
  person: z.object({ kind: z.enum(['mentee', 'mentor']), id: Id }),
  personCode: z.string(),
  trigger: z.object({ kind: z.enum(['withdrawal', 'correction']) }),
  /** Correction: the fields that changed. Withdrawal: empty. */
  fields: z.array(z.string()),
  /** The categories affected; identity fields affect every disclosure. */
  identity: z.boolean(),
  categories: z.array(z.enum(DATA_CATEGORIES)),
  /** When the change took effect (correction: the save; withdrawal: the withdrawal minute). */
  since: z.string(),
  recipients: z.array(RecallRecipient),
});
export type RecallList = z.infer<typeof RecallList>;

export const AccessExportResult = z.object({
  path: z.string(),
  jsonPath: z.string(),
  sha256: z.string(),
  disclosureId: Id,
});

/** Data-subject rights: the disclosure log, corrections, recall list and letter, access export. */
export const rightsChannels = {
  'rights:disclosures': coreRead(DisclosureFilter, z.array(Disclosure)),
  'disclosures:page': coreRead(DisclosurePageQuery, pageOf(Disclosure)),
  /** The partners that have received anything, by name: the choices of the log's partner filter. */
  'disclosures:recipients': coreRead(z.strictObject({}), z.array(z.object({ id: Id, name: z.string() }))),
  'rights:history': coreRead(z.strictObject({ person: PersonRef }), z.array(FieldChange)),
  'rights:recallList': coreRead(z.strictObject({ person: PersonRef, trigger: RecallTrigger }), RecallList),
  'rights:recallLetter': coreCall(
    z.strictObject({ person: PersonRef, trigger: RecallTrigger, organisationId: Id, language: LanguageSchema, path: ExportPath }),
    z.object({ path: z.string() }),
  ),
  'rights:accessExport': coreCall(z.strictObject({ person: PersonRef, language: LanguageSchema, path: ExportPath }), AccessExportResult),
};

import { z } from 'zod';
import { Consent, CONSENT_PURPOSES, ConsentInput, DATA_CATEGORIES, LocalMinute, PersonRef } from './consents-schemas';
import { coreCall, coreRead } from './define';
import { FilePath } from './import';
import { CASE_STATUSES } from './mentoring-schemas';
import { Id, IsoDate } from './partners-schemas';

/** Scanned consent forms larger than this are refused with FILE_TOO_LARGE. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** How many days ahead "consents due" looks when the coordinator has not chosen. */
export const DEFAULT_REMINDER_DAYS = 30;

const RefusalReason = z.enum(['no-consent', 'not-yet-valid', 'expired', 'withdrawn', 'category-not-covered']);

/** The answer of the disclosure rule, as `consents:check` returns it. */
export const DisclosureDecision = z.object({
  identity: z.boolean(),
  identityConsentId: Id.nullable(),
  identityReason: RefusalReason.nullable(),
  categories: z.array(
    z.object({ category: z.enum(DATA_CATEGORIES), allowed: z.boolean(), consentId: Id.nullable(), reason: RefusalReason.nullable() }),
  ),
  allowed: z.boolean(),
});

export const WithdrawalInput = z.strictObject({
  id: Id,
  /** When the person withdrew, local time to the minute; now when left out. */
  at: LocalMinute.optional(),
  /** How the withdrawal came (by phone, in person, by letter …), in the coordinator's words. */
  how: z.string().trim().min(1).max(500),
});

export const WithdrawalResult = z.object({
  consent: Consent,
  /** Disclosures made under this consent before the withdrawal: they stay logged. */
  pastDisclosures: z.number().int(),
  /** True when this was the person's last registration consent and they now wait for erasure. */
  queuedForErasure: z.boolean(),
});

export const ConsentSettings = z.strictObject({ reminderDays: z.number().int().min(1).max(365) });

export const ConsentReminders = z.object({
  today: IsoDate,
  days: z.number().int(),
  /** Consents in force (or not yet) whose expiry day falls within `days` days from today. */
  expiring: z.array(
    z.object({
      consentId: Id,
      person: PersonRef,
      /** A mentee's code, or a mentor's name (mentors have no code). */
      personLabel: z.string(),
      purpose: z.enum(CONSENT_PURPOSES),
      recipientName: z.string().nullable(),
      expiresOn: IsoDate,
      daysLeft: z.number().int(),
    }),
  ),
  /** Open courses whose agreed feedback to the referring organisation no valid consent covers. */
  uncovered: z.array(
    z.object({
      caseId: Id,
      menteeId: Id,
      menteeCode: z.string(),
      status: z.enum(CASE_STATUSES),
      organisationId: Id,
      organisationName: z.string(),
      /** What the start agreement says the feedback may contain, as data categories. */
      agreed: z.array(z.enum(DATA_CATEGORIES)),
      /** Of those, what no valid consent covers; empty when only the identity is missing. */
      missing: z.array(z.enum(DATA_CATEGORIES)),
      /** False when no valid consent lets the mentee be named to the organisation at all. */
      identityCovered: z.boolean(),
    }),
  ),
});

/** Consents of a person: recording, withdrawal, evidence, the disclosure rule as a preview, reminders. */
export const consentChannels = {
  'consents:list': coreRead(z.strictObject({ person: PersonRef }), z.array(Consent)),
  'consents:save': coreCall(ConsentInput, Consent),
  'consents:withdraw': coreCall(WithdrawalInput, WithdrawalResult),
  'consents:attachEvidence': coreCall(z.strictObject({ id: Id, path: FilePath }), Consent),
  'consents:saveEvidenceCopy': coreCall(
    z.strictObject({ id: Id, path: FilePath }),
    z.object({ path: z.string(), bytes: z.number().int() }),
  ),
  'consents:check': coreRead(
    z.strictObject({
      person: PersonRef,
      purpose: z.enum(CONSENT_PURPOSES),
      recipientOrganisationId: Id.nullable().default(null),
      categories: z.array(z.enum(DATA_CATEGORIES)).max(DATA_CATEGORIES.length).default([]),
      at: LocalMinute.optional(),
    }),
    DisclosureDecision,
  ),
  'consents:reminders': coreRead(z.strictObject({ days: z.number().int().min(1).max(365).optional() }), ConsentReminders),
  'consents:getSettings': coreRead(z.strictObject({}), ConsentSettings),
  'consents:saveSettings': coreCall(ConsentSettings, ConsentSettings),
};

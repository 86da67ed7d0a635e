import type { ConsentPurpose, ConsentTerms, DataCategory, PersonRef } from '../../../shared/contract/consents-schemas';
import type { Db } from '../db/driver';

// The one rule for every disclosure of person data (feedback reports, access exports to third
// parties, anything later): may data of category C about person P go to recipient R for
// purpose U at time T? Reports and exports ask decideDisclosure and include only what it allows.

export interface DisclosureRequest {
  person: PersonRef;
  purpose: ConsentPurpose;
  /** The receiving organisation; null for purposes without a recipient (statistics, follow-up, story). */
  recipientOrganisationId: number | null;
  categories: readonly DataCategory[];
  /** Local time to the minute, YYYY-MM-DDTHH:MM. */
  at: string;
}

export type RefusalReason = 'no-consent' | 'not-yet-valid' | 'expired' | 'withdrawn' | 'category-not-covered';

export interface CategoryDecision {
  category: DataCategory;
  allowed: boolean;
  /** The consent that covers it (the most recently given one, when several do). */
  consentId: number | null;
  reason: RefusalReason | null;
}

export interface DisclosureDecision {
  /** True when the person may be named to this recipient for this purpose at all. */
  identity: boolean;
  identityConsentId: number | null;
  identityReason: RefusalReason | null;
  categories: CategoryDecision[];
  /** identity and every requested category. */
  allowed: boolean;
}

type ConsentState = 'valid' | 'future' | 'expired' | 'withdrawn';

/**
 * Where a consent stands at a minute. It is valid from the start of the day it was given through
 * the end of its expiry day. A withdrawal counts from the start of its minute, so a disclosure in
 * the same minute as a withdrawal is refused.
 */
export function consentStateAt(consent: Pick<ConsentTerms, 'givenOn' | 'expiresOn' | 'withdrawnAt'>, at: string): ConsentState {
  const day = at.slice(0, 10);
  if (consent.withdrawnAt !== null && consent.withdrawnAt <= at) return 'withdrawn';
  if (day < consent.givenOn) return 'future';
  if (consent.expiresOn !== null && day > consent.expiresOn) return 'expired';
  return 'valid';
}

const REASON_FOR_STATE: Record<Exclude<ConsentState, 'valid'>, RefusalReason> = {
  future: 'not-yet-valid',
  expired: 'expired',
  withdrawn: 'withdrawn',
};
// When nothing covers a category, say the most telling reason: a withdrawal over an expiry.
const REASON_RANK: RefusalReason[] = ['withdrawn', 'expired', 'not-yet-valid', 'category-not-covered', 'no-consent'];

function bestReason(reasons: RefusalReason[]): RefusalReason {
  return REASON_RANK.find((r) => reasons.includes(r)) ?? 'no-consent';
}

/** The pure rule, over the person's consents. Used by mayDisclose and tested on its own. */
export function decideDisclosure(consents: readonly ConsentTerms[], request: Omit<DisclosureRequest, 'person'>): DisclosureDecision {
  const relevant = consents
    .filter((c) => c.purpose === request.purpose)
    .filter((c) => request.recipientOrganisationId === null || c.recipientOrganisationId === request.recipientOrganisationId)
    .filter((c) => request.purpose !== 'feedback-sharing' || c.recipientOrganisationId !== null)
    .sort((a, b) => (a.givenOn === b.givenOn ? b.id - a.id : a.givenOn < b.givenOn ? 1 : -1));
  const states = relevant.map((c) => ({ consent: c, state: consentStateAt(c, request.at) }));
  const valid = states.filter((s) => s.state === 'valid').map((s) => s.consent);
  const invalidReasons = states.filter((s) => s.state !== 'valid').map((s) => REASON_FOR_STATE[s.state as Exclude<ConsentState, 'valid'>]);

  const identityConsent = valid[0] ?? null;
  const identityReason = identityConsent ? null : bestReason(invalidReasons);

  const categories = [...new Set(request.categories)].map((category): CategoryDecision => {
    const covering = valid.find((c) => c.categories.includes(category));
    if (covering) return { category, allowed: true, consentId: covering.id, reason: null };
    const reasons = states
      .filter((s) => s.consent.categories.includes(category))
      .map((s) => REASON_FOR_STATE[s.state as Exclude<ConsentState, 'valid'>]);
    if (valid.length > 0) reasons.push('category-not-covered');
    return { category, allowed: false, consentId: null, reason: bestReason(reasons) };
  });
  return {
    identity: identityConsent !== null,
    identityConsentId: identityConsent?.id ?? null,
    identityReason,
    categories,
    allowed: identityConsent !== null && categories.every((c) => c.allowed),
  };
}

interface ConsentTermsRow {
  id: number;
  purpose: ConsentPurpose;
  recipient_organisation_id: number | null;
  categories: string;
  given_on: string;
  expires_on: string | null;
  withdrawn_at: string | null;
}

/** A person's consents as the rule reads them. */
export function consentTermsOf(db: Db, person: PersonRef): ConsentTerms[] {
  const rows = db
    .prepare(
      'SELECT id, purpose, recipient_organisation_id, categories, given_on, expires_on, withdrawn_at FROM consents WHERE person_kind = ? AND person_id = ?',
    )
    .all(person.kind, person.id) as ConsentTermsRow[];
  return rows.map((r) => ({
    id: r.id,
    purpose: r.purpose,
    recipientOrganisationId: r.recipient_organisation_id,
    categories: JSON.parse(r.categories) as DataCategory[],
    givenOn: r.given_on,
    expiresOn: r.expires_on,
    withdrawnAt: r.withdrawn_at,
  }));
}

/** The disclosure rule against the register: every export of person data asks this first. */
export function mayDisclose(db: Db, request: DisclosureRequest): DisclosureDecision {
  return decideDisclosure(consentTermsOf(db, request.person), request);
}

/** Now, local time, to the minute: the default T of a disclosure. */
export function localMinuteNow(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

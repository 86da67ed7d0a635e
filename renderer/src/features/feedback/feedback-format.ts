import type { z } from 'zod';
import type { Consent, DataCategory } from '../../../../shared/contract/consents-schemas';
import type { FeedbackReportModel } from '../../../../shared/contract/reports';
import { LOCALES, type Language } from '../../../../shared/languages';

type ConsentValue = z.output<typeof Consent>;
type Omission = NonNullable<FeedbackReportModel['sections'][number]['omitted']>;

/** A calendar date in the document's language, as the report prints it (e.g. 3. marts 2026). */
export function docDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(new Date(`${iso.slice(0, 10)}T12:00:00`));
}

/** A number in the document's language, with at most one decimal (e.g. 7,5 in Danish). */
export function docNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(n);
}

/**
 * The date that explains an omission, from the mentee's feedback-sharing consents to this
 * recipient: when the latest expired one ended, the latest withdrawn one was withdrawn, or the
 * next future one begins. null when the reason has no date or no such consent is found.
 */
export function omissionDate(
  reason: Omission,
  category: DataCategory,
  consents: ConsentValue[],
  recipientId: number | null,
): string | null {
  const toRecipient = consents.filter((c) => c.purpose === 'feedback-sharing' && c.recipientOrganisationId === recipientId);
  // The consents that covered this kind of data say why it is out; without any, all of them do.
  const covering = toRecipient.filter((c) => c.categories.includes(category));
  const mine = covering.length > 0 ? covering : toRecipient;
  const latest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort((a, b) => b.localeCompare(a))[0] ?? null;
  if (reason === 'expired') return latest(mine.filter((c) => c.state === 'expired').map((c) => c.expiresOn));
  if (reason === 'withdrawn') return latest(mine.filter((c) => c.state === 'withdrawn').map((c) => c.withdrawnAt));
  if (reason === 'not-yet-valid') {
    const starts = mine.filter((c) => c.state === 'future').map((c) => c.givenOn);
    return starts.sort((a, b) => a.localeCompare(b))[0] ?? null;
  }
  return null;
}

/** What the coordinator can do about an omission: ask for consent, change the agreement, write a comment, or nothing. */
export function omissionTodo(reason: Omission, section: string): 'consent' | 'agreement' | 'comment' | null {
  if (reason === 'not-in-agreement') return 'agreement';
  if (reason === 'empty') return section === 'comment' ? 'comment' : null;
  return 'consent';
}

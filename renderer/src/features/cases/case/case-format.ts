import type { z } from 'zod';
import type { Case } from '../../../../../shared/contract/mentoring-schemas';
import { currentLocale } from '../../../i18n';

export type CaseValue = z.output<typeof Case>;

/** A calendar date (YYYY-MM-DD, or the start of a timestamp) in the UI language, e.g. 3 Mar 2025. */
export function dateText(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(new Date(`${iso.slice(0, 10)}T12:00:00`));
}

/** Whole days from a calendar date to today (0 on the day itself). */
export function daysSince(iso: string, now = new Date()): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const then = Date.UTC(y, m - 1, d);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.max(0, Math.round((today - then) / 86_400_000));
}

/** The `cases:saveDetails` input that keeps everything as it is, for a form to change one part of. */
export function detailsOf(c: CaseValue) {
  return {
    id: c.id,
    coordinator: c.coordinator,
    referral: {
      organisationId: c.referral.organisationId,
      contactId: c.referral.contactId,
      date: c.referral.date.slice(0, 10),
      reason: c.referral.reason,
    },
    goals: c.goals.map((g) => ({ id: g.id, kind: g.kind, description: g.description, progress: g.progress, note: g.note })),
  };
}

/** A duration in minutes the way the UI language abbreviates it, e.g. 90 min. */
export function minutesText(minutes: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
}

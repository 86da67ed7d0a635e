import type { BadgeProps } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Consent, DataCategory } from '../../../../shared/contract/consents-schemas';
import { currentLocale } from '../../i18n';

export type ConsentValue = z.output<typeof Consent>;

/** How each consent state's badge looks: in force stands out green, withdrawn red. */
export const STATE_COLOUR: Record<ConsentValue['state'], NonNullable<BadgeProps['color']>> = {
  valid: 'success',
  future: 'informative',
  expired: 'subtle',
  withdrawn: 'danger',
};

/** "Attendance and meetings, Goals and progress". */
export function categoryList(categories: readonly DataCategory[], t: TFunction): string {
  return categories.map((c) => t(`consents.category.${c}`)).join(', ');
}

/** A local minute (YYYY-MM-DDTHH:MM) as a long date and a time, in the UI language's conventions. */
export function minuteText(minute: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(`${minute}:00`));
}

/** Now, to the minute, local time: YYYY-MM-DDTHH:MM. */
export function nowMinute(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

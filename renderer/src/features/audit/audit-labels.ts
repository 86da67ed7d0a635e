import type { TFunction } from 'i18next';
import type { AuditRow } from '../../../../shared/contract/audit';
import type { PageName } from '../partners/navigation';

// How the audit viewer says things: action codes in plain words (the code itself when this
// version has no words for it), record kinds, and where a record's page is.

/** "Opened the mentee's page" for 'mentee.viewed'; the code itself for codes without a translation. */
export function actionText(t: TFunction, code: string): string {
  const dot = code.indexOf('.');
  if (dot <= 0) return code;
  const key = `audit.actions.${code.slice(0, dot)}.${code.slice(dot + 1)}`;
  return t(key, { defaultValue: code });
}

/** The group an action belongs to ('mentee' for mentee.viewed), in words when there are words for it. */
export function groupText(t: TFunction, prefix: string): string {
  return t(`audit.groups.${prefix}`, { defaultValue: prefix });
}

export function entityText(t: TFunction, entity: string): string {
  return t(`audit.entity.${entity}`, { defaultValue: entity });
}

/** The page that shows a record of this kind, if the app has one. */
export const ENTITY_PAGES: Partial<Record<string, PageName>> = {
  mentee: 'mentees',
  mentor: 'mentors',
  case: 'cases',
  organisation: 'organisations',
  contact: 'contacts',
  network: 'networks',
};

/** The details of an entry as short "key: value" pairs (codes and counts only, as stored). */
export function detailsText(details: AuditRow['details']): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(' · ');
}

/** The first instant of a local calendar day, as the log stores instants (UTC). */
export function startOfLocalDay(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** Today as YYYY-MM-DD (local), for file names that sort by date. */
export function stamp(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

import type { TFunction } from 'i18next';
import { COUNTRIES, SECTORS, THEMES } from '../../../../shared/contract/partners-schemas';

export type Sector = (typeof SECTORS)[number];
export type Country = (typeof COUNTRIES)[number];
export type Theme = (typeof THEMES)[number];

export const sectorOptions = (t: TFunction) => SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }));
export const countryOptions = (t: TFunction) => COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }));
export const themeOptions = (t: TFunction) => THEMES.map((s) => ({ value: s, label: t(`themes.${s}`) }));

/** Today as YYYY-MM-DD in local time: the default date of a new interaction. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Lenient: warns about an address with no @ or no dot after it, never blocks saving. */
export function emailLooksWrong(email: string): boolean {
  const e = email.trim();
  if (!e) return false;
  const at = e.indexOf('@');
  return at < 1 || !e.slice(at + 1).includes('.');
}

/** Lenient: a phone number has some digits and otherwise only the usual separators. */
export function phoneLooksWrong(phone: string): boolean {
  const p = phone.trim();
  if (!p) return false;
  return !/\d{3}/.test(p.replace(/[\s\-().]/g, '')) || /[^\d\s\-+()./]/.test(p);
}

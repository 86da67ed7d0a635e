import { foldedWords } from '../../../shared/text';

// Small helpers shared by the partner repositories.

export const now = (): string => new Date().toISOString();

/** The folded form of a name used to match organisations by name and spot similar people. */
export function nameKey(name: string): string {
  return foldedWords(name).join(' ');
}

/** A phone number as compared for duplicates: its digits, a leading 00 read as +. Empty when too short to mean anything. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D+/g, '').replace(/^00/, '');
  return digits.length >= 6 ? digits : '';
}

export function parseList<T extends string>(json: string): T[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value.filter((v) => typeof v === 'string') as T[]) : [];
  } catch {
    return [];
  }
}

/** Today as YYYY-MM-DD, for "is this membership current". */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

import type { z } from 'zod';
import type { DuplicatePair } from '../../../../../shared/contract/partners-schemas';

export type Pair = z.output<typeof DuplicatePair>;
export type PairSide = Pair['left'];

/** The rows the comparison shows, in order; `history` is the memberships and interactions a merge moves. */
export const PAIR_FIELDS = ['name', 'role', 'email', 'phone', 'organisations', 'createdAt', 'history'] as const;
export type PairField = (typeof PAIR_FIELDS)[number];

const COMPARED = ['name', 'role', 'email', 'phone', 'organisations'] as const;

/** The shown fields whose values differ between the two (ignoring case and spacing; creation dates and history always differ and are not marked). */
export function differingFields(pair: Pair): Set<PairField> {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return new Set(COMPARED.filter((f) => norm(pair.left[f]) !== norm(pair.right[f])));
}

/** The stable key of a pair, for React and for keeping the reviewer's place after a reload. */
export function pairKey(pair: Pair): string {
  return `${pair.left.id}-${pair.right.id}`;
}

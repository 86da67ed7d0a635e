import type { MinRole } from './contract/define';

const RANK: Record<MinRole, number> = { 'read-only': 0, coordinator: 1, administrator: 2 };

/** True when a user with `role` may call a channel that needs at least `needed`. */
export function roleAllows(role: MinRole, needed: MinRole): boolean {
  return RANK[role] >= RANK[needed];
}

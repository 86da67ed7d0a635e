import { z } from 'zod';
import { ROLES } from '../../../shared/contract/consents-schemas';
import type { Db } from '../db/driver';
import { insertUser, markRemoved } from './users-repo';

// The users-table half of a key change (crypto/keyslot-change.ts): described as data, so a
// change a crash interrupted after its key slots were in place can be finished on the next unlock.

export const UserChange = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('added'),
    id: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    createdBy: z.string(),
  }),
  z.object({ kind: z.literal('removed'), id: z.string(), by: z.string() }),
]);

/** Applies it; a second application (a finished change replayed) changes nothing. */
export function applyUserChange(db: Db, change: z.infer<typeof UserChange>): void {
  const row = db.prepare('SELECT removed_at AS removedAt FROM users WHERE id = ?').get(change.id) as
    { removedAt: string | null } | undefined;
  if (change.kind === 'added') {
    if (!row) insertUser(db, change);
  } else if (row && !row.removedAt) markRemoved(db, change.id, change.by);
}

import type { Db } from '../db/driver';
import { now } from './rows';

// The pairs of contacts an import found that may be one person (see migration 0006).

/** Stores each pair as open, unless it is known already (open or decided "keep both"). */
export function recordPossiblePairs(db: Db, pairs: readonly { id: number; otherId: number }[]): void {
  if (pairs.length === 0) return;
  const insert = db.prepare('INSERT OR IGNORE INTO contact_duplicate_pairs (low_id, high_id, found_at) VALUES (?, ?, ?)');
  const stamp = now();
  for (const p of pairs) if (p.id !== p.otherId) insert.run(Math.min(p.id, p.otherId), Math.max(p.id, p.otherId), stamp);
}

import type { z } from 'zod';
import type { DuplicatePair } from '../../../shared/contract/partners-schemas';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { reindexContact } from './contacts-repo';
import { now, parseList, phoneKey } from './rows';
import { unindexEntity } from './search-index';

// The pairs of contacts an import found that may be one person (see migration 8).

/** Stores each pair as open, unless it is known already (open or decided "keep both"). */
export function recordPossiblePairs(db: Db, pairs: readonly { id: number; otherId: number }[]): void {
  if (pairs.length === 0) return;
  const insert = db.prepare('INSERT OR IGNORE INTO contact_duplicate_pairs (low_id, high_id, found_at) VALUES (?, ?, ?)');
  const stamp = now();
  for (const p of pairs) if (p.id !== p.otherId) insert.run(Math.min(p.id, p.otherId), Math.max(p.id, p.otherId), stamp);
}

const order = (a: number, b: number) => [Math.min(a, b), Math.max(a, b)] as const;

/** The open pairs, oldest first, for review. */
export function openPairs(db: Db): { lowId: number; highId: number; foundAt: string }[] {
  return db
    .prepare(
      "SELECT low_id AS lowId, high_id AS highId, found_at AS foundAt FROM contact_duplicate_pairs WHERE status = 'open' ORDER BY found_at, low_id, high_id",
    )
    .all() as { lowId: number; highId: number; foundAt: string }[];
}

type Side = z.output<typeof DuplicatePair>['left'];

const SIDE = `SELECT c.id, c.name, c.role, c.email, c.phone, c.created_at AS createdAt,
    coalesce((SELECT group_concat(o.name, ', ') FROM memberships m JOIN organisations o ON o.id = m.organisation_id
      WHERE m.contact_id = c.id AND (m.to_date IS NULL OR m.to_date >= date('now'))), '') AS organisations,
    (SELECT count(*) FROM memberships m WHERE m.contact_id = c.id) AS memberships,
    (SELECT count(*) FROM interaction_contacts ic WHERE ic.contact_id = c.id) AS interactions
  FROM contacts c WHERE c.id = ?`;

/** The open pairs with both contacts' shown fields, for the review screen; `left` is the older contact. */
export function listOpenPairs(db: Db): z.output<typeof DuplicatePair>[] {
  const side = db.prepare(SIDE);
  return openPairs(db).flatMap((p) => {
    const left = side.get(p.lowId) as Side | undefined;
    const right = side.get(p.highId) as Side | undefined;
    // A deleted contact takes its pairs with it (ON DELETE CASCADE); this is only belt and braces.
    return left && right ? [{ left, right, foundAt: p.foundAt }] : [];
  });
}

/** Refuses a decision on a pair that is not open (decided already, never found, or a contact deleted). */
function requireOpenPair(db: Db, a: number, b: number): void {
  const [low, high] = order(a, b);
  const open = db.prepare("SELECT 1 FROM contact_duplicate_pairs WHERE low_id = ? AND high_id = ? AND status = 'open'").get(low, high);
  if (!open) throw new CoreError('DUPLICATE_PAIR_GONE', `pair ${low}-${high}`);
}

/** Merges an open pair: `otherId` into `keepId` (see mergeContacts). DUPLICATE_PAIR_GONE when the pair is not open. */
export function mergePair(db: Db, keepId: number, otherId: number, actor: string): void {
  if (keepId === otherId) throw new CoreError('INVALID_INPUT', 'a contact cannot be merged with itself');
  db.transaction(() => {
    requireOpenPair(db, keepId, otherId);
    mergeContacts(db, keepId, otherId, actor);
  })();
}

/** "Keep both": the pair is decided and never offered again. Audited. */
export function keepBoth(db: Db, a: number, b: number, actor: string): void {
  const [low, high] = order(a, b);
  db.transaction(() => {
    const done = db
      .prepare(
        "UPDATE contact_duplicate_pairs SET status = 'kept-both', decided_at = ? WHERE low_id = ? AND high_id = ? AND status = 'open'",
      )
      .run(now(), low, high);
    if (done.changes === 0) throw new CoreError('DUPLICATE_PAIR_GONE', `pair ${low}-${high}`);
    appendAudit(db, { actor, action: 'contact.duplicates-kept-both', entity: 'contact', entityId: String(low), details: { other: high } });
  })();
}

/**
 * Merges contact `absorbedId` into `keptId`: memberships, interactions, offers, referred courses
 * and open pairs move over; empty fields are filled from the absorbed contact and themes joined;
 * then the absorbed contact is deleted. The audit log is append-only, so the absorbed contact's
 * history stays under its old id, and the merge row links the two ids. One transaction.
 */
export function mergeContacts(db: Db, keptId: number, absorbedId: number, actor: string): void {
  if (keptId === absorbedId) throw new CoreError('INVALID_INPUT', 'a contact cannot be merged with itself');
  db.transaction(() => {
    const get = db.prepare('SELECT role, email, email_key, phone, preferred_language, themes, notes FROM contacts WHERE id = ?');
    const kept = get.get(keptId) as Record<string, string> | undefined;
    const absorbed = get.get(absorbedId) as Record<string, string> | undefined;
    if (!kept || !absorbed) throw new CoreError('NOT_FOUND', `contact ${kept ? absorbedId : keptId}`);
    const fill = (column: string) => (kept[column] ? kept[column] : (absorbed[column] ?? ''));
    const themes = [...new Set([...parseList(kept.themes ?? '[]'), ...parseList(absorbed.themes ?? '[]')])];
    db.prepare(
      'UPDATE contacts SET role = ?, email = ?, email_key = ?, phone = ?, phone_key = ?, preferred_language = ?, themes = ?, notes = ?, updated_at = ? WHERE id = ?',
    ).run(
      fill('role'),
      kept.email ? kept.email : (absorbed.email ?? ''),
      kept.email ? (kept.email_key ?? '') : (absorbed.email_key ?? ''),
      fill('phone'),
      phoneKey(fill('phone')),
      fill('preferred_language'),
      JSON.stringify(themes),
      [kept.notes, absorbed.notes].filter(Boolean).join('\n\n'),
      now(),
      keptId,
    );
    db.prepare('UPDATE memberships SET contact_id = ? WHERE contact_id = ?').run(keptId, absorbedId);
    // The same membership twice (same organisation, role and dates) is one.
    db.prepare(
      `DELETE FROM memberships WHERE contact_id = ? AND id NOT IN (
         SELECT min(id) FROM memberships WHERE contact_id = ? GROUP BY organisation_id, role, from_date, to_date)`,
    ).run(keptId, keptId);
    db.prepare('UPDATE OR IGNORE interaction_contacts SET contact_id = ? WHERE contact_id = ?').run(keptId, absorbedId);
    db.prepare('UPDATE offers SET contact_id = ? WHERE contact_id = ?').run(keptId, absorbedId);
    db.prepare('UPDATE cases SET referral_contact_id = ? WHERE referral_contact_id = ?').run(keptId, absorbedId);
    const others = db
      .prepare('SELECT low_id AS a, high_id AS b, status, found_at AS foundAt FROM contact_duplicate_pairs WHERE low_id = ? OR high_id = ?')
      .all(absorbedId, absorbedId) as { a: number; b: number; status: string; foundAt: string }[];
    const move = db.prepare('INSERT OR IGNORE INTO contact_duplicate_pairs (low_id, high_id, status, found_at) VALUES (?, ?, ?, ?)');
    for (const p of others) {
      const other = p.a === absorbedId ? p.b : p.a;
      if (other !== keptId) move.run(...order(keptId, other), p.status, p.foundAt);
    }
    db.prepare('DELETE FROM contacts WHERE id = ?').run(absorbedId);
    // Moving interactions is an UPDATE, which the last-contacted triggers (migration 9) do not watch.
    db.prepare(
      `UPDATE contacts SET last_contacted = (SELECT max(i.date) FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
         WHERE ic.contact_id = contacts.id) WHERE id = ?`,
    ).run(keptId);
    unindexEntity(db, 'contact', absorbedId);
    reindexContact(db, keptId);
    appendAudit(db, { actor, action: 'contact.merged', entity: 'contact', entityId: String(keptId), details: { absorbed: absorbedId } });
  })();
}

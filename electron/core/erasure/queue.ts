import type { z } from 'zod';
import type { PersonRef } from '../../../shared/contract/consents-schemas';
import type { DEQUEUE_REASONS, ErasureQueueEntry, QUEUE_REASONS } from '../../../shared/contract/erasure';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { now } from '../partners/rows';

// People waiting for erasure or anonymisation. Entries leave the queue when the person is
// erased or anonymised (the plan deletes the entry), or by a decision with a reason code.

type Entry = z.output<typeof ErasureQueueEntry>;

/** The queue, oldest first; mentees by code, mentors by name (as their own screens show them). */
export function listQueue(db: Db): Entry[] {
  const rows = db
    .prepare(
      `SELECT q.id, q.person_kind AS kind, q.person_id AS personId, q.reason, q.queued_at AS queuedAt, q.queued_by AS queuedBy,
         CASE q.person_kind WHEN 'mentee' THEN (SELECT code FROM mentees WHERE id = q.person_id)
           ELSE (SELECT CASE WHEN anonymised_at IS NULL THEN name ELSE '#' || id END FROM mentors WHERE id = q.person_id) END AS label
       FROM erasure_queue q ORDER BY q.queued_at, q.id`,
    )
    .all() as {
    id: number;
    kind: 'mentee' | 'mentor';
    personId: number;
    reason: Entry['reason'];
    queuedAt: string;
    queuedBy: string;
    label: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    person: { kind: r.kind, id: r.personId },
    label: r.label ?? `#${r.personId}`,
    reason: r.reason,
    queuedAt: r.queuedAt,
    queuedBy: r.queuedBy,
  }));
}

/**
 * Puts a person in the queue (once: an existing entry keeps its first reason). For the
 * consents work too: a withdrawal that leaves no lawful basis queues with 'withdrawal'.
 */
export function queueForErasure(db: Db, person: PersonRef, reason: (typeof QUEUE_REASONS)[number], actor: string): boolean {
  return db.transaction(() => {
    const table = person.kind === 'mentee' ? 'mentees' : 'mentors';
    const row = db.prepare(`SELECT anonymised_at FROM ${table} WHERE id = ?`).get(person.id) as
      { anonymised_at: string | null } | undefined;
    if (!row) throw new CoreError('NOT_FOUND', `${person.kind} ${person.id}`);
    if (row.anonymised_at) throw new CoreError('PERSON_ERASED', `${person.kind} ${person.id}`);
    const added = db
      .prepare(
        'INSERT INTO erasure_queue (person_kind, person_id, reason, queued_at, queued_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_kind, person_id) DO NOTHING',
      )
      .run(person.kind, person.id, reason, now(), actor).changes;
    if (added > 0)
      appendAudit(db, { actor, action: 'erasure.queued', entity: person.kind, entityId: String(person.id), details: { reason } });
    return added > 0;
  })();
}

/** Takes a person off the queue without erasing them, for a recorded reason. */
export function dequeue(db: Db, id: number, reason: (typeof DEQUEUE_REASONS)[number], actor: string): void {
  db.transaction(() => {
    const row = db.prepare('SELECT person_kind, person_id FROM erasure_queue WHERE id = ?').get(id) as
      { person_kind: string; person_id: number } | undefined;
    if (!row) throw new CoreError('NOT_FOUND', `queue entry ${id}`);
    db.prepare('DELETE FROM erasure_queue WHERE id = ?').run(id);
    appendAudit(db, { actor, action: 'erasure.dequeued', entity: row.person_kind, entityId: String(row.person_id), details: { reason } });
  })();
}

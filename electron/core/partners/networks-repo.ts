import type { z } from 'zod';
import type { Network, NetworkInput, NetworkRow } from '../../../shared/contract';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { interactionsOfNetwork } from './interactions-repo';
import { now } from './rows';
import { indexEntity, unindexEntity } from './search-index';

export function listNetworks(db: Db, includeArchived: boolean): z.output<typeof NetworkRow>[] {
  const rows = db
    .prepare(
      `SELECT n.id, n.name, n.purpose, n.archived,
        (SELECT count(*) FROM network_members nm WHERE nm.network_id = n.id) AS members,
        (SELECT max(i.date) FROM interactions i WHERE i.network_id = n.id) AS last_meeting
       FROM networks n WHERE (? OR n.archived = 0) ORDER BY n.name`,
    )
    .all(includeArchived ? 1 : 0) as {
    id: number;
    name: string;
    purpose: string;
    archived: number;
    members: number;
    last_meeting: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    purpose: r.purpose,
    members: r.members,
    lastMeeting: r.last_meeting,
    archived: r.archived === 1,
  }));
}

export function getNetwork(db: Db, id: number): z.output<typeof Network> {
  const r = db.prepare('SELECT id, name, purpose, archived FROM networks WHERE id = ?').get(id) as
    { id: number; name: string; purpose: string; archived: number } | undefined;
  if (!r) throw new CoreError('NOT_FOUND', `network ${id}`);
  const members = db
    .prepare(
      'SELECT o.id, o.name FROM network_members nm JOIN organisations o ON o.id = nm.organisation_id WHERE nm.network_id = ? ORDER BY o.name_key',
    )
    .all(id) as { id: number; name: string }[];
  return {
    id: r.id,
    name: r.name,
    purpose: r.purpose,
    memberIds: members.map((m) => m.id),
    members,
    meetings: interactionsOfNetwork(db, id),
    archived: r.archived === 1,
  };
}

/** Creates or updates a network and replaces its member organisations. */
export function saveNetwork(db: Db, input: z.output<typeof NetworkInput>, actor: string): number {
  return db.transaction(() => {
    const stamp = now();
    let id = input.id;
    if (id === undefined) {
      id = Number(
        db
          .prepare('INSERT INTO networks (name, purpose, created_at, updated_at) VALUES (?, ?, ?, ?)')
          .run(input.name, input.purpose, stamp, stamp).lastInsertRowid,
      );
    } else {
      if (
        db.prepare('UPDATE networks SET name = ?, purpose = ?, updated_at = ? WHERE id = ?').run(input.name, input.purpose, stamp, id)
          .changes === 0
      ) {
        throw new CoreError('NOT_FOUND', `network ${id}`);
      }
      db.prepare('DELETE FROM network_members WHERE network_id = ?').run(id);
    }
    const add = db.prepare('INSERT OR IGNORE INTO network_members (network_id, organisation_id) VALUES (?, ?)');
    for (const orgId of input.memberIds) add.run(id, orgId);
    indexEntity(db, 'network', id, { label: input.name, subtitle: '', title: input.name, body: input.purpose });
    appendAudit(db, {
      actor,
      action: input.id === undefined ? 'network.created' : 'network.updated',
      entity: 'network',
      entityId: String(id),
    });
    return id;
  })();
}

export function archiveNetwork(db: Db, id: number, archived: boolean, actor: string): void {
  db.transaction(() => {
    if (db.prepare('UPDATE networks SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, now(), id).changes === 0) {
      throw new CoreError('NOT_FOUND', `network ${id}`);
    }
    appendAudit(db, { actor, action: archived ? 'network.archived' : 'network.restored', entity: 'network', entityId: String(id) });
  })();
}

export function deleteNetwork(db: Db, id: number, actor: string): void {
  db.transaction(() => {
    if (db.prepare('DELETE FROM networks WHERE id = ?').run(id).changes === 0) throw new CoreError('NOT_FOUND', `network ${id}`);
    unindexEntity(db, 'network', id);
    appendAudit(db, { actor, action: 'network.deleted', entity: 'network', entityId: String(id) });
  })();
}

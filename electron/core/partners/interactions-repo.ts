import type { z } from 'zod';
import type { Interaction, InteractionInput } from '../../../shared/contract';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { now } from './rows';

type InteractionValue = z.output<typeof Interaction>;
interface InteractionRow {
  id: number;
  kind: InteractionValue['kind'];
  date: string;
  summary: string;
  network_id: number | null;
}

function hydrate(db: Db, rows: InteractionRow[]): InteractionValue[] {
  const contacts = db.prepare(
    'SELECT c.id, c.name FROM interaction_contacts ic JOIN contacts c ON c.id = ic.contact_id WHERE ic.interaction_id = ? ORDER BY c.name',
  );
  const orgs = db.prepare(
    'SELECT o.id, o.name FROM interaction_organisations io JOIN organisations o ON o.id = io.organisation_id WHERE io.interaction_id = ? ORDER BY o.name',
  );
  return rows.map((r) => {
    const people = contacts.all(r.id) as { id: number; name: string }[];
    const organisations = orgs.all(r.id) as { id: number; name: string }[];
    return {
      id: r.id,
      kind: r.kind,
      date: r.date,
      summary: r.summary,
      networkId: r.network_id,
      contactIds: people.map((p) => p.id),
      organisationIds: organisations.map((o) => o.id),
      contacts: people,
      organisations,
    };
  });
}

const SELECT = 'SELECT i.id, i.kind, i.date, i.summary, i.network_id FROM interactions i';

export function interactionsOfContact(db: Db, contactId: number): InteractionValue[] {
  return hydrate(
    db,
    db
      .prepare(`${SELECT} JOIN interaction_contacts ic ON ic.interaction_id = i.id WHERE ic.contact_id = ? ORDER BY i.date DESC, i.id DESC`)
      .all(contactId) as InteractionRow[],
  );
}

export function interactionsOfOrganisation(db: Db, organisationId: number): InteractionValue[] {
  return hydrate(
    db,
    db
      .prepare(
        `${SELECT} JOIN interaction_organisations io ON io.interaction_id = i.id WHERE io.organisation_id = ? ORDER BY i.date DESC, i.id DESC`,
      )
      .all(organisationId) as InteractionRow[],
  );
}

export function interactionsOfNetwork(db: Db, networkId: number): InteractionValue[] {
  return hydrate(db, db.prepare(`${SELECT} WHERE i.network_id = ? ORDER BY i.date DESC, i.id DESC`).all(networkId) as InteractionRow[]);
}

/** Records or edits an interaction and who took part. */
export function saveInteraction(db: Db, input: z.output<typeof InteractionInput>, actor: string): InteractionValue {
  return db.transaction(() => {
    let id = input.id;
    if (id === undefined) {
      id = Number(
        db
          .prepare('INSERT INTO interactions (kind, date, summary, network_id, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(input.kind, input.date, input.summary, input.networkId, now()).lastInsertRowid,
      );
    } else {
      const changed = db
        .prepare('UPDATE interactions SET kind = ?, date = ?, summary = ?, network_id = ? WHERE id = ?')
        .run(input.kind, input.date, input.summary, input.networkId, id);
      if (changed.changes === 0) throw new CoreError('NOT_FOUND', `interaction ${id}`);
      db.prepare('DELETE FROM interaction_contacts WHERE interaction_id = ?').run(id);
      db.prepare('DELETE FROM interaction_organisations WHERE interaction_id = ?').run(id);
    }
    const addContact = db.prepare('INSERT OR IGNORE INTO interaction_contacts (interaction_id, contact_id) VALUES (?, ?)');
    for (const contactId of input.contactIds) addContact.run(id, contactId);
    const addOrg = db.prepare('INSERT OR IGNORE INTO interaction_organisations (interaction_id, organisation_id) VALUES (?, ?)');
    for (const orgId of input.organisationIds) addOrg.run(id, orgId);
    appendAudit(db, {
      actor,
      action: input.id === undefined ? 'interaction.created' : 'interaction.updated',
      entity: 'interaction',
      entityId: String(id),
    });
    const saved = hydrate(db, db.prepare(`${SELECT} WHERE i.id = ?`).all(id) as InteractionRow[])[0];
    if (!saved) throw new CoreError('NOT_FOUND', `interaction ${id}`);
    return saved;
  })();
}

export function deleteInteraction(db: Db, id: number, actor: string): void {
  db.transaction(() => {
    if (db.prepare('DELETE FROM interactions WHERE id = ?').run(id).changes === 0) throw new CoreError('NOT_FOUND', `interaction ${id}`);
    appendAudit(db, { actor, action: 'interaction.deleted', entity: 'interaction', entityId: String(id) });
  })();
}

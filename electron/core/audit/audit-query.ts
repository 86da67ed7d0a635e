import type { z } from 'zod';
import type { AuditFacets, AuditFilter, AuditRow } from '../../../shared/contract/audit';
import type { Db } from '../db/driver';

// Reading the audit log for the viewer, the CLI and the DPO export. Filters use the indexes on
// at, actor and (entity, entity_id); pages are newest first by seq, so a page of a 100,000-row
// log is one index walk. The actor's name comes from the users table (a removed user keeps the
// row, so old entries still name them).

export interface RawAuditRow {
  seq: number;
  at: string;
  actor: string;
  actor_name: string | null;
  actor_removed: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** A day (YYYY-MM-DD) becomes that day's first instant in UTC; full instants pass as they are. */
function instant(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value;
}

/**
 * The filter's conditions on the log aliased `alias`, each served by an index: at, actor, (entity,
 * entity_id), and for the action either the code itself or its group (the part before the first
 * dot: 'mentee' is mentee.created, mentee.viewed …), so the rows come in seq order (migration 11).
 */
export function auditConditions(filter: AuditFilter, alias: string): { sql: string[]; params: string[] } {
  const a = alias;
  const sql: string[] = [];
  const params: string[] = [];
  if (filter.from) {
    sql.push(`${a}.at >= ?`);
    params.push(instant(filter.from));
  }
  if (filter.to) {
    sql.push(`${a}.at < ?`);
    params.push(instant(filter.to));
  }
  if (filter.actor) {
    sql.push(`${a}.actor = ?`);
    params.push(filter.actor);
  }
  if (filter.action) {
    // A full code matches that action only; a group every code that begins with it and a dot.
    sql.push(filter.action.includes('.') ? `${a}.action = ?` : `${ACTION_GROUP(a)} = ?`);
    params.push(filter.action);
  }
  if (filter.entity) {
    sql.push(`${a}.entity = ?`);
    params.push(filter.entity);
  }
  if (filter.entityId) {
    sql.push(`${a}.entity_id = ?`);
    params.push(filter.entityId);
  }
  return { sql, params };
}

/** An action's group, exactly as the index audit_log_action_group (migration 11) computes it. */
const ACTION_GROUP = (a: string) => `substr(${a}.action, 1, instr(${a}.action || '.', '.') - 1)`;

function where(filter: AuditFilter): { sql: string; params: unknown[] } {
  const c = auditConditions(filter, 'a');
  return { sql: c.sql.length ? `WHERE ${c.sql.join(' AND ')}` : '', params: c.params };
}

const SELECT = `SELECT a.seq, a.at, a.actor, u.display_name AS actor_name, u.removed_at AS actor_removed, a.action, a.entity,
  a.entity_id, a.details, a.prev_hash, a.hash FROM audit_log a LEFT JOIN users u ON u.id = a.actor`;

/** The tables behind the entity kinds the app has a page for. */
const ENTITY_TABLES: Record<string, string> = {
  mentee: 'mentees',
  mentor: 'mentors',
  case: 'cases',
  organisation: 'organisations',
  contact: 'contacts',
  network: 'networks',
};

function parseDetails(text: string): z.infer<typeof AuditRow>['details'] {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string | number | boolean>) : {};
  } catch {
    return {};
  }
}

/** The action that creates a record of each kind (a case is "opened"). */
const CREATED_ACTION: Record<string, string> = {
  mentee: 'mentee.created',
  mentor: 'mentor.created',
  case: 'case.opened',
  organisation: 'organisation.created',
  contact: 'contact.created',
  network: 'network.created',
};

/**
 * SQLite gives a new row the id of the newest deleted one, so an entry about mentee #2 may be about
 * an earlier, deleted mentee #2. An entry is about the record that has the id now only when it is
 * not older than that record's latest creation entry and no deletion (or erasure) of the id came
 * at or after it (the second covers records added without a creation entry of their own, by import
 * or demo data).
 */
export function isAboutCurrentRecord(seq: number, bounds: { created: number | null; deleted: number | null }): boolean {
  return (bounds.created === null || seq >= bounds.created) && (bounds.deleted === null || seq > bounds.deleted);
}

/** One page of the log, newest first, with the number of rows the filter matches. */
export function listAudit(db: Db, filter: AuditFilter, offset: number, limit: number): { total: number; rows: AuditRow[] } {
  const w = where(filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log a ${w.sql}`).get(...w.params) as { n: number }).n;
  const raw = db.prepare(`${SELECT} ${w.sql} ORDER BY a.seq DESC LIMIT ? OFFSET ?`).all(...w.params, limit, offset) as RawAuditRow[];
  return { total, rows: describeAudit(db, raw) };
}

/** The viewer's rows: the stored ones with the record's code and whether it may be linked to. */
export function describeAudit(db: Db, raw: RawAuditRow[]): AuditRow[] {
  const exists = new Map<string, boolean>();
  const labels = new Map<string, string | null>();
  const bounds = new Map<string, { created: number | null; deleted: number | null }>();
  const boundsQuery = db.prepare(
    `SELECT max(CASE WHEN action = ? THEN seq END) AS created, max(CASE WHEN action IN (?, 'person.erased') THEN seq END) AS deleted
     FROM audit_log WHERE entity = ? AND entity_id = ?`,
  );
  for (const r of raw) {
    const table = r.entity ? ENTITY_TABLES[r.entity] : undefined;
    const key = `${r.entity}:${r.entity_id}`;
    if (!table || !r.entity || !r.entity_id || !/^\d+$/.test(r.entity_id) || exists.has(key)) continue;
    if (r.entity === 'mentee' || r.entity === 'mentor') {
      // An anonymised person's row stays for the statistics, but there is no page to open any more.
      const sql =
        r.entity === 'mentee' ? 'SELECT code, anonymised_at FROM mentees WHERE id = ?' : 'SELECT anonymised_at FROM mentors WHERE id = ?';
      const p = db.prepare(sql).get(Number(r.entity_id)) as { code?: string; anonymised_at: string | null } | undefined;
      exists.set(key, Boolean(p) && p?.anonymised_at === null);
      labels.set(key, p?.code ?? null);
    } else {
      exists.set(key, Boolean(db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(Number(r.entity_id))));
    }
    bounds.set(
      key,
      boundsQuery.get(CREATED_ACTION[r.entity] ?? '', `${r.entity}.deleted`, r.entity, r.entity_id) as {
        created: number | null;
        deleted: number | null;
      },
    );
  }
  return raw.map((r) => {
    const key = `${r.entity}:${r.entity_id}`;
    const b = bounds.get(key);
    // Only an entry about the record that has the id now may link to it or show its code.
    const current = b === undefined || isAboutCurrentRecord(r.seq, b);
    return {
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      actorName: r.actor_name,
      actorRemoved: r.actor_removed !== null,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      entityLabel: current ? (labels.get(key) ?? null) : null,
      entityExists: exists.has(key) ? (exists.get(key) ?? false) && current : r.entity && ENTITY_TABLES[r.entity] ? false : null,
      details: parseDetails(r.details),
    };
  });
}

/** Every row the filter matches, oldest first, as stored (for the export and the CLI). */
export function* iterateAudit(db: Db, filter: AuditFilter): Generator<RawAuditRow> {
  const w = where(filter);
  yield* db.prepare(`${SELECT} ${w.sql} ORDER BY a.seq`).iterate(...w.params) as IterableIterator<RawAuditRow>;
}

/**
 * The distinct values of an indexed column, one index seek per value (a "loose index scan"),
 * instead of walking every entry of the index: the log has hundreds of thousands of entries and
 * a few dozen users, codes and record kinds.
 */
function distinct(db: Db, column: 'actor' | 'action' | 'entity'): string[] {
  const sql = `WITH RECURSIVE v(x) AS (
      SELECT (SELECT min(${column}) FROM audit_log)
      UNION ALL SELECT (SELECT min(${column}) FROM audit_log WHERE ${column} > v.x) FROM v WHERE v.x IS NOT NULL
    ) SELECT x FROM v WHERE x IS NOT NULL`;
  return (db.prepare(sql).all() as { x: string }[]).map((r) => r.x);
}

/** What the viewer's filters offer: actors, action codes and entity kinds present in the log. */
export function auditFacets(db: Db): z.infer<typeof AuditFacets> {
  // On the indexes on actor, action (migration 11) and (entity, entity_id).
  const users = db.prepare('SELECT display_name AS name, removed_at AS removed FROM users WHERE id = ?');
  const actors = distinct(db, 'actor').map((id) => {
    const u = users.get(id) as { name: string; removed: string | null } | undefined;
    return { id, name: u?.name ?? null, removed: u ? u.removed !== null : false };
  });
  actors.sort((a, b) => {
    const x = a.name ?? a.id;
    const y = b.name ?? b.id;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { actors, actions: distinct(db, 'action'), entities: distinct(db, 'entity') };
}

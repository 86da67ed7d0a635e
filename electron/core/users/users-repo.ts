import { randomBytes } from 'node:crypto';
import type { Role } from '../../../shared/contract/consents-schemas';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';

// The users table: one row per person who may open this register, never deleted (the audit log
// names them by id). Their key slots live in keyslots.json; see users.ts for the operations
// that change both.

export interface UserRow {
  id: string;
  displayName: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  removedAt: string | null;
  removedBy: string | null;
}

const SELECT = `SELECT id, display_name AS displayName, role, created_at AS createdAt, created_by AS createdBy,
  removed_at AS removedAt, removed_by AS removedBy FROM users`;

/** Every user, active ones first (administrators, coordinators, read-only), then removed ones. */
export function listUsers(db: Db): UserRow[] {
  return db
    .prepare(
      `${SELECT} ORDER BY removed_at IS NOT NULL, CASE role WHEN 'administrator' THEN 0 WHEN 'coordinator' THEN 1 ELSE 2 END,
        display_name COLLATE NOCASE, id`,
    )
    .all() as UserRow[];
}

export function getUser(db: Db, id: string): UserRow {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as UserRow | undefined;
  if (!row) throw new CoreError('NOT_FOUND', 'user');
  return row;
}

/** An active user, or NOT_FOUND (a removed user cannot be changed any more). */
export function getActiveUser(db: Db, id: string): UserRow {
  const row = getUser(db, id);
  if (row.removedAt) throw new CoreError('NOT_FOUND', 'user removed');
  return row;
}

/** An opaque id: it is the `user` of the key slot in plain-text keyslots.json, so it says nothing about the person. */
export function newUserId(): string {
  return `u-${randomBytes(6).toString('hex')}`;
}

/** Display names are unique among active users (ignoring case and surrounding space). */
export function assertNameFree(db: Db, displayName: string, exceptId?: string): void {
  const clash = db
    .prepare('SELECT id FROM users WHERE removed_at IS NULL AND lower(trim(display_name)) = lower(trim(?)) AND id IS NOT ?')
    .get(displayName, exceptId ?? null);
  if (clash) throw new CoreError('USER_EXISTS');
}

export function countActiveAdministrators(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM users WHERE removed_at IS NULL AND role = 'administrator'").get() as { n: number }).n;
}

/**
 * Whom a recovery-key unlock opens as: the owner while active, else the administrator who has
 * been one longest. There is always one (the last administrator cannot be removed).
 */
export function actorAfterRecovery(db: Db): string {
  const row = db
    .prepare("SELECT id FROM users WHERE removed_at IS NULL AND role = 'administrator' ORDER BY id = 'owner' DESC, created_at, id LIMIT 1")
    .get() as { id: string } | undefined;
  return row?.id ?? 'owner';
}

export function insertUser(db: Db, row: { id: string; displayName: string; role: Role; createdBy: string }): void {
  db.prepare('INSERT INTO users (id, display_name, role, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(
    row.id,
    row.displayName,
    row.role,
    new Date().toISOString(),
    row.createdBy,
  );
}

export function updateRole(db: Db, id: string, role: Role): void {
  db.prepare('UPDATE users SET role = ? WHERE id = ?').run(role, id);
}

export function updateName(db: Db, id: string, displayName: string): void {
  db.prepare('UPDATE users SET display_name = ? WHERE id = ?').run(displayName, id);
}

export function markRemoved(db: Db, id: string, by: string): void {
  db.prepare('UPDATE users SET removed_at = ?, removed_by = ? WHERE id = ?').run(new Date().toISOString(), by, id);
}

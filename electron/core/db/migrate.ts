import { CoreError } from '../errors';
import type { Db } from './driver';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date: all pending migrations run in one transaction together with the
 * new user_version, so a crash leaves the old schema or the new one. A register written by a
 * newer Bindeled is refused untouched.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
  hooks: { beforeMigrating?: (from: number, to: number) => void } = {},
): { from: number; to: number } {
  const latest = migrations.length === MIGRATIONS.length ? LATEST_SCHEMA_VERSION : migrations.length;
  const from = schemaVersion(db);
  if (from > latest) throw new CoreError('REGISTER_FROM_NEWER_VERSION', `schema ${from} > ${latest}`);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  // A pre-migration backup (backup/auto.ts) of the file as it still is.
  hooks.beforeMigrating?.(from, latest);
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from, to: latest };
}

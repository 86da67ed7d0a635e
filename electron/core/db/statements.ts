import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './driver';

// Prepared statements kept per connection: compiling the same SQL for every row of a
// 50,000-row import (the search index, a contact's reindex) cost more than running it.

type Statement = Database.Statement<unknown[]>;
const byDb = new WeakMap<Db, Map<string, Statement>>();

/** `db.prepare(sql)`, compiled once per connection. For fixed SQL only (never built from values). */
export function prepared(db: Db, sql: string): Statement {
  let statements = byDb.get(db);
  if (!statements) byDb.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}

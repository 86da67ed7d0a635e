import Database from 'better-sqlite3-multiple-ciphers';
import { applyConnectionPragmas, type Db } from '../electron/core/db/driver';

/**
 * The unencrypted baseline: the same driver (better-sqlite3-multiple-ciphers; plain better-sqlite3
 * is not installed) opened WITHOUT a key, with the register's other pragmas, so the ratio
 * measures the cost of SQLCipher's page encryption and HMAC and nothing else.
 */
export function openPlain(file: string): Db {
  const db = new Database(file);
  applyConnectionPragmas(db, false);
  return db;
}

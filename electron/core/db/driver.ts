import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CoreError } from '../errors';

export type Db = Database.Database;
export const DB_FILE = 'register.db';

export function dbPath(dir: string): string {
  return path.join(dir, DB_FILE);
}

/**
 * Where the native driver lives. Under Node (tests, CLI, harness) npm's own build is used. In a
 * development Electron the shell passes the Electron-ABI copy that `scripts/native.mjs` built; a
 * packaged app uses the copy electron-builder rebuilt in place. See docs/native-modules.md.
 */
function nativeBinding(): string | undefined {
  const override = process.env.BINDELED_SQLITE_BINDING;
  return override && existsSync(override) ? override : undefined;
}

/**
 * The connection settings every register connection gets (and the benchmark's plain baseline,
 * so its ratio measures encryption alone).
 */
export function applyConnectionPragmas(db: Db, readonly: boolean): void {
  if (!readonly) db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('foreign_keys=ON');
  db.pragma('secure_delete=ON');
  db.pragma('temp_store=MEMORY');
  // Every page read from disk is decrypted and authenticated: a 64 MiB page cache keeps a
  // 50,000-contact register's lists in memory (3× faster list queries on the large demo).
  db.pragma('cache_size=-65536');
}

/**
 * Opens a register database with a raw 256-bit key in SQLCipher 4 format (HMAC-SHA512 pages,
 * so any changed byte is detected on read), WAL, full fsync, foreign keys, secure delete, and
 * temporary tables kept in memory so nothing unencrypted is ever spilled to a temp file.
 */
export function openDatabase(file: string, dataKey: Buffer, options: { create: boolean; readonly?: boolean }): Db {
  if (!options.create && !existsSync(file)) throw new CoreError('REGISTER_NOT_FOUND', file);
  const binding = nativeBinding();
  const db = new Database(file, {
    fileMustExist: !options.create,
    readonly: options.readonly ?? false,
    ...(binding ? { nativeBinding: binding } : {}),
  });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    // The first read decrypts page 1: a wrong key or a damaged header fails here.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    applyConnectionPragmas(db, options.readonly ?? false);
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) throw new CoreError('REGISTER_CORRUPT', code);
    throw error;
  }
}

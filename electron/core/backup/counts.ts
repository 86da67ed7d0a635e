import { createHash } from 'node:crypto';
import type { Db } from '../db/driver';

// What a backup holds, counted and hashed: the counts a coordinator sees before restoring, and a
// content hash that shows a restored register equals the original row for row.

/** The record counts a backup reports, by what a coordinator calls them. */
export const COUNTED = {
  mentees: 'mentees',
  mentors: 'mentors',
  cases: 'cases',
  organisations: 'organisations',
  contacts: 'contacts',
  consents: 'consents',
  auditRows: 'audit_log',
} as const;
export type BackupCounts = Record<keyof typeof COUNTED, number>;

export function backupCounts(db: Db): BackupCounts {
  const counts = {} as BackupCounts;
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
  for (const [key, table] of Object.entries(COUNTED) as [keyof typeof COUNTED, string][]) {
    // A register of an older schema (a pre-migration backup) may not have every table yet.
    counts[key] = exists.get(table) ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
  }
  return counts;
}

/** Ordinary tables: not SQLite's own, not virtual (FTS) tables nor their shadow tables. */
function contentTables(db: Db): string[] {
  const all = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];
  const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  return all.filter((t) => !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`))).map((t) => t.name);
}

/**
 * SHA-256 per table over its rows (each row as JSON, sorted, so `VACUUM` renumbering rowids of
 * tables without an INTEGER PRIMARY KEY does not matter). Blobs are hashed as hex.
 */
export function contentHashes(db: Db): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of contentTables(db)) {
    const rows = (
      db
        .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
        .raw()
        .all() as unknown[][]
    ).map((row) =>
      JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? `x'${v.toString('hex')}'` : typeof v === 'bigint' ? v.toString() : v))),
    );
    rows.sort();
    const hash = createHash('sha256');
    for (const row of rows) hash.update(row).update('\n');
    out[table] = hash.digest('hex');
  }
  return out;
}

/** One hash over contentHashes: equal registers have equal hashes. */
export function contentHash(db: Db): string {
  return createHash('sha256')
    .update(JSON.stringify(Object.entries(contentHashes(db))))
    .digest('hex');
}

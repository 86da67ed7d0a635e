import type { ImportTargetName } from '../../../shared/contract';
import type { Db } from '../db/driver';
import { now } from '../partners/rows';
import { headerKey, type Mapping } from './mapping';

// Confirmed column mappings, remembered per set of headers (stored under a hash of them).

export function rememberedMapping(db: Db, headers: readonly string[], target: ImportTargetName): Mapping | null {
  const row = db
    .prepare('SELECT mapping FROM import_mappings WHERE header_key = ? AND target = ?')
    .get(headerKey(headers, target), target) as { mapping: string } | undefined;
  if (!row) return null;
  try {
    const value: unknown = JSON.parse(row.mapping);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Mapping) : null;
  } catch {
    return null;
  }
}

export function rememberMapping(db: Db, headers: readonly string[], target: ImportTargetName, mapping: Mapping): void {
  db.prepare(
    `INSERT INTO import_mappings (header_key, target, mapping, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(header_key) DO UPDATE SET target = excluded.target, mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(headerKey(headers, target), target, JSON.stringify(mapping), now());
}

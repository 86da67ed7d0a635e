import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../electron/core/db/driver';
import { insertBare, writtenRows, type Written } from './floor-rows';
import { emptyRegister } from './registers';

// The import pipeline (electron/core/import, another part of this issue): the 50,000-contact CSV
// the export wrote, into an empty register, encrypted and plain. Loaded dynamically so the
// benchmark still runs (and says "not yet") where the pipeline is missing.

export async function importContacts(
  csv: string,
  dataKey: Buffer,
): Promise<{ rows: number; encryptedMs: number; plainMs: number; encryptedCpuMs: number; written: Written } | null> {
  if (!existsSync('electron/core/import/run.ts')) return null;
  const { readTable } = await import('../electron/core/import/read-table');
  const { runImport } = await import('../electron/core/import/run');
  const { suggestMapping } = await import('../electron/core/import/mapping');
  const table = await readTable(csv);
  const mapping = suggestMapping(table.headers, 'contacts');
  let cpuMs = 0;
  let written: Written = { contactColumns: [], contacts: [], index: [] };
  const once = async (kind: 'encrypted' | 'plain') => {
    const db = emptyRegister(kind, dataKey);
    const cpu = process.cpuUsage();
    const started = performance.now();
    await runImport(db, table, {
      target: 'contacts',
      mapping,
      duplicates: 'skip',
      overrides: [],
      rememberMapping: false,
      actor: 'owner',
      defaultCountry: 'DK',
      progress: () => undefined,
      isCancelled: () => false,
    });
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    cpuMs = (used.user + used.system) / 1000;
    if (kind === 'encrypted') written = writtenRows(db);
    db.close();
    return ms;
  };
  const encryptedMs = await once('encrypted');
  const encryptedCpuMs = cpuMs;
  return { rows: table.rows.length, encryptedMs, plainMs: await once('plain'), encryptedCpuMs, written };
}

/**
 * The floor for any import: the same CSV loaded by the sqlite3 shell's `.import` into an
 * unencrypted table — no decoding checks, no validation, no duplicates, no search index.
 * Null when the sqlite3 shell is not installed (Debian: `apt-get install sqlite3`).
 */
export function sqliteShellImport(csv: string): number | null {
  const probe = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-bench-sqlite3-'));
  try {
    const started = performance.now();
    const run = spawnSync('sqlite3', [path.join(dir, 'plain.db')], {
      input: `.mode csv\n.separator ";"\n.import '${csv.replace(/'/g, "''")}' contacts\nSELECT count(*) FROM contacts;\n`,
      encoding: 'utf8',
    });
    const ms = performance.now() - started;
    return run.status === 0 ? ms : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The engine floor for the import: what the import of the same run wrote (its contacts, every
 * column, and its whole search index: the contacts' entries and the new organisations'), read
 * back and inserted bare into an empty encrypted register in one transaction. No parsing, no
 * checks, no duplicates, no organisations or memberships, no text folding: what SQLCipher and
 * FTS5 cost for the same content.
 */
export function engineFloor(written: Written, dataKey: Buffer, cpu?: { ms: number }): number {
  const db = emptyRegister('encrypted', dataKey);
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  insertBare(db, written);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpuStart);
  if (cpu) cpu.ms = (used.user + used.system) / 1000;
  db.close();
  return ms;
}

/**
 * import:check's analysis of the first `rows` rows of the CSV against the register it was
 * exported from (every row a duplicate there): what the duplicate checks cost in a full register.
 */
export async function checkAgainstRegister(db: Db, csv: string, rows: number): Promise<{ ms: number; inRegister: number }> {
  const { readTable } = await import('../electron/core/import/read-table');
  const { suggestMapping } = await import('../electron/core/import/mapping');
  const { analyse } = await import('../electron/core/import/analyse');
  const table = await readTable(csv);
  const started = performance.now();
  const a = analyse(db, { ...table, rows: table.rows.slice(0, rows) }, 'contacts', suggestMapping(table.headers, 'contacts'));
  return { ms: performance.now() - started, inRegister: a.rows.filter((r) => r.duplicate?.kind === 'in-register').length };
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyRegister } from './registers';

// The import pipeline (electron/core/import, another part of this issue): the 50,000-contact CSV
// the export wrote, into an empty register, encrypted and plain. Loaded dynamically so the
// benchmark still runs (and says "not yet") where the pipeline is missing.

export async function importContacts(
  csv: string,
  dataKey: Buffer,
): Promise<{ rows: number; encryptedMs: number; plainMs: number; encryptedCpuMs: number } | null> {
  if (!existsSync('electron/core/import/run.ts')) return null;
  const { readTable } = await import('../electron/core/import/read-table');
  const { runImport } = await import('../electron/core/import/run');
  const { suggestMapping } = await import('../electron/core/import/mapping');
  const table = await readTable(csv);
  const mapping = suggestMapping(table.headers, 'contacts');
  let cpuMs = 0;
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
    db.close();
    return ms;
  };
  const encryptedMs = await once('encrypted');
  const encryptedCpuMs = cpuMs;
  return { rows: table.rows.length, encryptedMs, plainMs: await once('plain'), encryptedCpuMs };
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
 * The engine floor for the import: the same rows, already mapped, inserted bare into an empty
 * encrypted register (contacts plus their search-index entries) with two prepared statements in
 * one transaction. No checks, no duplicates, no organisations: what SQLCipher and FTS5 cost.
 */
export async function engineFloor(csv: string, dataKey: Buffer, cpu?: { ms: number }): Promise<number | null> {
  if (!existsSync('electron/core/import/run.ts')) return null;
  const { readTable } = await import('../electron/core/import/read-table');
  const { suggestMapping, checkMapping } = await import('../electron/core/import/mapping');
  const table = await readTable(csv);
  const columnOf = checkMapping(suggestMapping(table.headers, 'contacts'), 'contacts', table.headers.length);
  const cell = (cells: string[], field: 'name' | 'email' | 'phone' | 'role' | 'notes') => {
    const i = columnOf.get(field);
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const db = emptyRegister('encrypted', dataKey);
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const contact = db.prepare(
    'INSERT INTO contacts (name, role, email, email_key, phone, notes, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const index = db.prepare(
    'INSERT INTO search_index (rowid, kind, ref, label, subtitle, title, body, sounds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const stamp = new Date().toISOString();
  db.transaction(() => {
    for (const r of table.rows) {
      const name = cell(r.cells, 'name');
      const email = cell(r.cells, 'email');
      const id = Number(
        contact.run(
          name,
          cell(r.cells, 'role'),
          email,
          email.toLowerCase(),
          cell(r.cells, 'phone'),
          cell(r.cells, 'notes'),
          name,
          stamp,
          stamp,
        ).lastInsertRowid,
      );
      index.run(id * 8 + 1, 'contact', id, name, '', name, `${email} ${cell(r.cells, 'phone')}`, '');
    }
  })();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpuStart);
  if (cpu) cpu.ms = (used.user + used.system) / 1000;
  db.close();
  return ms;
}

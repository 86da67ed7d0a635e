import { existsSync } from 'node:fs';
import { emptyRegister } from './registers';

// The import pipeline (electron/core/import, another part of this issue): the 50,000-contact CSV
// the export wrote, into an empty register, encrypted and plain. Loaded dynamically so the
// benchmark still runs (and says "not yet") where the pipeline is missing.

export async function importContacts(csv: string, dataKey: Buffer): Promise<{ rows: number; encryptedMs: number; plainMs: number } | null> {
  if (!existsSync('electron/core/import/run.ts')) return null;
  const { readTable } = await import('../electron/core/import/read-table');
  const { runImport } = await import('../electron/core/import/run');
  const { suggestMapping } = await import('../electron/core/import/mapping');
  const table = await readTable(csv);
  const mapping = suggestMapping(table.headers, 'contacts');
  const once = async (kind: 'encrypted' | 'plain') => {
    const db = emptyRegister(kind, dataKey);
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
    db.close();
    return ms;
  };
  return { rows: table.rows.length, encryptedMs: await once('encrypted'), plainMs: await once('plain') };
}

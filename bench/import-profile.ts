// `node --cpu-prof --import tsx bench/import-profile.ts --size m`: one encrypted import of the
// register's contacts CSV and nothing else, for a CPU profile of the import alone (see
// import-only.ts for the figures). The CSV is written once beside the cached register.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { exportContacts } from '../electron/core/export/run-export';
import { readTable } from '../electron/core/import/read-table';
import { suggestMapping } from '../electron/core/import/mapping';
import { runImport, type RunOptions } from '../electron/core/import/run';
import { CACHE, emptyRegister, ensureRegisters, openEncrypted } from './registers';

const log = (s: string) => process.stderr.write(`${s}\n`);
await ensureRegisters(false, log);
const register = await openEncrypted();
const csv = path.join(CACHE, 'contacts-for-import.csv');
if (!existsSync(csv)) await exportContacts(register, { path: csv, format: 'csv', delimiter: ';', includeArchived: false }, () => undefined);
register.db.close();
const started = performance.now();
const table = await readTable(csv);
const decodedMs = performance.now() - started;
const options: RunOptions = {
  target: 'contacts',
  mapping: suggestMapping(table.headers, 'contacts'),
  duplicates: 'skip',
  overrides: [],
  rememberMapping: false,
  actor: 'owner',
  defaultCountry: 'DK',
  progress: () => undefined,
  isCancelled: () => false,
};
// --warm: one import first into a register thrown away, so the profile's second one runs compiled code.
if (process.argv.includes('--warm')) {
  const warm = emptyRegister('encrypted', register.dataKey);
  await runImport(warm, table, options);
  warm.close();
}
const db = emptyRegister('encrypted', register.dataKey);
const cpu = process.cpuUsage();
const at = performance.now();
const s = await runImport(db, table, options);
const used = process.cpuUsage(cpu);
log(
  `decode ${decodedMs.toFixed(0)} ms; import ${(performance.now() - at).toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms): ` +
    `${s.created} created, ${s.organisationsCreated} organisations`,
);
db.close();

// `npx tsx bench/import-only.ts --size m [--runs 3]`: only the import rows of the bench
// (import-step.ts): the register's contacts exported to CSV once, then the whole import and the
// engine floor (what that import wrote, inserted bare) measured in the same run, each `--runs` times, with the ratio and the load;
// first, import:check of 1,000 of the rows against the register they came from (the duplicate checks in a full register).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportContacts } from '../electron/core/export/run-export';
import { checkAgainstRegister, engineFloor, importContacts } from './import-step';
import { ensureRegisters, openEncrypted, SIZE } from './registers';

const log = (s: string) => process.stderr.write(`${s}\n`);
const at = process.argv.indexOf('--runs');
const runs = at >= 0 ? Number(process.argv[at + 1]) : 1;
await ensureRegisters(process.argv.includes('--fresh'), log);
const register = await openEncrypted();
const out = mkdtempSync(path.join(os.tmpdir(), 'bindeled-bench-import-'));
try {
  const csv = path.join(out, 'contacts.csv');
  await exportContacts(register, { path: csv, format: 'csv', delimiter: ';', includeArchived: false }, () => undefined);
  for (const rows of [1000, 1000]) {
    const c = await checkAgainstRegister(register.db, csv, rows);
    log(
      `size ${SIZE}: import check of ${rows} rows against the register they came from: ${c.ms.toFixed(0)} ms (${c.inRegister} found there)`,
    );
  }
  register.db.close();
  for (let run = 1; run <= runs; run++) {
    const imported = await importContacts(csv, register.dataKey);
    if (imported === null) throw new Error('the import pipeline is missing');
    const floorCpu = { ms: 0 };
    const floorMs = engineFloor(imported.written, register.dataKey, floorCpu);
    log(
      `size ${SIZE}, run ${run}: ${imported.rows} rows; floor ${floorMs.toFixed(0)} ms, import ${imported.encryptedMs.toFixed(0)} ms ` +
        `(plain ${imported.plainMs.toFixed(0)} ms), ratio ${(imported.encryptedMs / floorMs).toFixed(2)}×; ` +
        `CPU time: floor ${floorCpu.ms.toFixed(0)} ms, import ${imported.encryptedCpuMs.toFixed(0)} ms, ratio ${(imported.encryptedCpuMs / floorCpu.ms).toFixed(2)}×; ` +
        `load ${os.loadavg()[0]?.toFixed(2)}`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

// `npx tsx bench/paging-only.ts --size s`: only the paged-list rows of the bench (paging-step.ts),
// and the audit and disclosure logs' (paging-logs-step.ts), for a quick look without the exports,
// import and backup rows of run.ts. --logs-only: only the logs' rows.
import { ensureRegisters, openEncrypted, openPlainRegister, SIZE } from './registers';
import { measurePaging } from './paging-step';
import { measureLogPaging } from './paging-logs-step';

const log = (s: string) => process.stderr.write(`${s}\n`);
await ensureRegisters(process.argv.includes('--fresh'), log);
const encrypted = await openEncrypted();
const plain = openPlainRegister();
const contacts = (encrypted.db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
log(`size ${SIZE}: ${contacts} contacts`);
const partners = process.argv.includes('--logs-only') ? [] : measurePaging(encrypted, plain);
for (const row of [...partners, ...measureLogPaging(encrypted, plain, log)]) {
  const ms = (v: number | string) => (typeof v === 'number' ? `${v.toFixed(2)} ms` : v);
  log(`${row.operation.padEnd(70)} ${ms(row.encrypted).padStart(10)} ${ms(row.plain).padStart(10)}`);
}
encrypted.db.close();
plain.db.close();

// `npx tsx bench/paging-only.ts --size s`: only the paged-list rows of the bench (paging-step.ts),
// for a quick look without the exports, import and backup rows of run.ts.
import { ensureRegisters, openEncrypted, openPlainRegister, SIZE } from './registers';
import { measurePaging } from './paging-step';

const log = (s: string) => process.stderr.write(`${s}\n`);
await ensureRegisters(process.argv.includes('--fresh'), log);
const encrypted = await openEncrypted();
const plain = openPlainRegister();
const contacts = (encrypted.db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
log(`size ${SIZE}: ${contacts} contacts`);
for (const row of measurePaging(encrypted, plain)) {
  const ms = (v: number | string) => (typeof v === 'number' ? `${v.toFixed(2)} ms` : v);
  log(`${row.operation.padEnd(70)} ${ms(row.encrypted).padStart(10)} ${ms(row.plain).padStart(10)}`);
}
encrypted.db.close();
plain.db.close();

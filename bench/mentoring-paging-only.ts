// `npx tsx bench/mentoring-paging-only.ts --size l [--plain] [--sorts-only]`: only the mentoring
// lists' paging rows of the bench (mentoring-paging-step.ts), then the first page and the last
// page of 100 rows for every sortable column of the mentees, mentors and courses lists, both
// directions, closed courses and ended mentors included and left out (median of 7 after a
// warm-up, encrypted; `--plain` adds the plain register). Prints the machine's load.
import os from 'node:os';
import { measureMentoringPaging, measureMentoringSorts } from './mentoring-paging-step';
import { ensureRegisters, migrations, openEncrypted, openPlainRegister, SIZE } from './registers';

const log = (s: string) => process.stderr.write(`${s}\n`);
await ensureRegisters(process.argv.includes('--fresh'), log);
const encrypted = await openEncrypted();
const plain = openPlainRegister();
const count = (table: string) => (encrypted.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
log(`size ${SIZE}: ${count('mentees')} mentees, ${count('mentors')} mentors, ${count('cases')} courses, ${count('meetings')} meetings`);
for (const m of migrations) log(`migrated a cached register from ${m.from} to ${m.to} in ${m.ms.toFixed(0)} ms`);
log(
  `load before: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const ms = (v: number | string) => (typeof v === 'number' ? `${v.toFixed(2)} ms` : v);
const print = (rows: { operation: string; encrypted: number | string; plain: number | string }[]) => {
  for (const row of rows) log(`${row.operation.padEnd(78)} ${ms(row.encrypted).padStart(10)} ${ms(row.plain).padStart(10)}`);
};
if (!process.argv.includes('--sorts-only')) print(measureMentoringPaging(encrypted, plain));
const sorts = measureMentoringSorts(encrypted, process.argv.includes('--plain') ? plain : null);
print(sorts);
const slowest = sorts.reduce((a, b) => (Number(b.encrypted) > Number(a.encrypted) ? b : a));
log(`slowest: ${slowest.operation} ${ms(slowest.encrypted)}`);
log(
  `load after: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
encrypted.db.close();
plain.db.close();

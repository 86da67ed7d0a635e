// `npm run bench`: the register at size l (`-- --size s` for a quick run, as CI does; `--size xl` is ten times l) (5,000 organisations, 50,000 contacts, 3,000 mentors,
// 20,000 mentees and courses, about 300,000 meetings), encrypted (SQLCipher 4, as the app runs)
// against the same data in an unencrypted database. Prints one table. `-- --mentoring` measures
// only the mentoring rows (no exports or import).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getCase, listCases } from '../electron/core/mentoring/cases-repo';
import { listMentees } from '../electron/core/mentoring/mentees-repo';
import { listMentors } from '../electron/core/mentoring/mentors-repo';
import { suggestMentors } from '../electron/core/mentoring/suggest';
import { addDays, localToday } from '../electron/core/mentoring/rows';
import { weekOverview, weekSection } from '../electron/core/mentoring/week';
import { dashboardSummary } from '../electron/core/reports/dashboard';
import { listContacts } from '../electron/core/partners/contacts-repo';
import { listOrganisations } from '../electron/core/partners/organisations-repo';
import { searchIndex } from '../electron/core/partners/search-index';
import { exportContacts } from '../electron/core/export/run-export';
import { IMPORT_MAX_BYTES } from '../shared/contract';
import type { OpenRegister } from '../electron/core/register/open-register';
import { ensureRegisters, openEncrypted, openPlainRegister, SIZE } from './registers';
import { measureBackup } from './backup-step';
import { measureProgramme } from './programme-step';
import { engineFloor, importContacts, sqliteShellImport } from './import-step';
import { measureFeedback } from './feedback-step';
import { mib, runHeavy } from './heavy-step';
import { lockRows } from './lock-step';
import { measureCoreMemory } from './memory-step';
import { saveResults, table, type Row } from './results';
import { migrations } from './registers';
import { measurePaging } from './paging-step';
import { measureMentoringPaging } from './mentoring-paging-step';
import { measureLogPaging } from './paging-logs-step';
import { benchQueries } from './run-queries';

const fresh = process.argv.includes('--fresh');
const mentoringOnly = process.argv.includes('--mentoring');
const log = (s: string) => process.stderr.write(`${s}\n`);
const out = mkdtempSync(path.join(os.tmpdir(), 'bindeled-bench-'));

function time<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
}
async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

/** 200 queries as people type them: names, parts of names, places, words from offers, sound-alikes. */
/** Mentoring: the lists behind the screens, the board, matching for waiting mentees, the week, a long course. */
function measureMentoring(register: OpenRegister) {
  const db = register.db;
  const [open, openMs] = time(() => listCases(db, false));
  const [all, allMs] = time(() => listCases(db, true));
  const [mentors, mentorsMs] = time(() => listMentors(db, false));
  const [mentees, menteesMs] = time(() => listMentees(db));
  const [week, weekMs] = time(() => weekOverview(db));
  // Last week: the quiet list from the kept figures, corrected for the courses met since.
  const [, lastWeekMs] = time(() => weekOverview(db, addDays(localToday(), -7)));
  // "Show more" under the waiting list: the 50 after the first 50.
  const [, moreMs] = time(() =>
    weekSection(db, { today: week.today, section: 'waiting', after: week.waiting.next ?? undefined, limit: 50 }),
  );
  const [, dashboardMs] = time(() =>
    dashboardSummary(db, { from: '2025-01-01', to: '2025-12-31', compareFrom: '2024-01-01', compareTo: '2024-12-31' }),
  );
  // 50 different waiting mentees, spread over the waiting list; one warm-up call first.
  const waiting = (
    db.prepare("SELECT mentee_id AS id FROM cases WHERE status = 'waiting' ORDER BY (id * 7919) % 10007 LIMIT 50").all() as { id: number }[]
  ).map((r) => r.id);
  suggestMentors(db, waiting[0] ?? 1, 10);
  const matchMs = waiting.map((id) => time(() => suggestMentors(db, id, 10))[1]);
  const long = db.prepare('SELECT case_id AS id, count(*) AS n FROM meetings GROUP BY case_id ORDER BY n DESC, case_id LIMIT 1').get() as {
    id: number;
    n: number;
  };
  const [, caseMs] = time(() => getCase(db, long.id));
  return {
    open: open.length,
    openMs,
    all: all.length,
    allMs,
    mentors: mentors.length,
    mentorsMs,
    mentees: mentees.length,
    menteesMs,
    weekMs,
    lastWeekMs,
    moreMs,
    dashboardMs,
    week: `${week.meetings.total} meetings, ${week.quiet.total} quiet, ${week.followUps.total} follow-ups, ${week.waiting.total} waiting`,
    matchRuns: matchMs.length,
    matchP50: percentile(matchMs, 50),
    matchP95: percentile(matchMs, 95),
    longMeetings: long.n,
    caseMs,
  };
}

async function measure(register: OpenRegister, label: string) {
  log(`measuring ${label}…`);
  const [contacts, contactsMs] = time(() => listContacts(register.db, false));
  const [, orgsMs] = time(() => listOrganisations(register.db, false));
  const qs = benchQueries(register);
  for (const q of qs.slice(0, 20)) searchIndex(register.db, q, 20); // warm the cache as a user's first searches do
  const searchMs = qs.map((q) => time(() => searchIndex(register.db, q, 20))[1]);
  const csv = path.join(out, `${label}-contacts.csv`);
  const [, csvMs] = await timeAsync(() =>
    exportContacts(register, { path: csv, format: 'csv', delimiter: ';', includeArchived: false }, () => undefined),
  );
  const directory = runHeavy('directory', label === 'plain' ? 'plain' : 'encrypted', out);
  return {
    contacts: contacts.length,
    contactsMs,
    orgsMs,
    p50: percentile(searchMs, 50),
    p95: percentile(searchMs, 95),
    queries: qs.length,
    csvMs,
    docxMs: directory.ms,
    docxPeak: mib(directory),
    csv,
  };
}

const built = await ensureRegisters(fresh, log);
const encrypted = await openEncrypted();
const plain = openPlainRegister();
log('measuring mentoring (encrypted)…');
const em = measureMentoring(encrypted);
log('measuring mentoring (plain)…');
const pm = measureMentoring(plain);
const mentoringRows: Row[] = [
  { operation: `cases:list open = board data (${em.open.toLocaleString('en')} rows)`, encrypted: em.openMs, plain: pm.openMs },
  { operation: `cases:list with closed (${em.all.toLocaleString('en')} rows)`, encrypted: em.allMs, plain: pm.allMs },
  { operation: `matching:suggest p50 (${em.matchRuns} waiting mentees)`, encrypted: em.matchP50, plain: pm.matchP50 },
  { operation: `matching:suggest p95 (${em.matchRuns} waiting mentees)`, encrypted: em.matchP95, plain: pm.matchP95 },
  { operation: 'week:overview', encrypted: em.weekMs, plain: pm.weekMs },
  { operation: 'week:overview, last week (quiet list corrected for the meetings since)', encrypted: em.lastWeekMs, plain: pm.lastWeekMs },
  { operation: 'week:section, the next 50 of the waiting list (Show more)', encrypted: em.moreMs, plain: pm.moreMs },
  {
    operation: 'dashboard:summary, a year and the year before (figures, 12 months, sources, outcomes, consents and feedback due)',
    encrypted: em.dashboardMs,
    plain: pm.dashboardMs,
  },
  { operation: `mentors:list (${em.mentors.toLocaleString('en')} rows)`, encrypted: em.mentorsMs, plain: pm.mentorsMs },
  { operation: `mentees:list (${em.mentees.toLocaleString('en')} rows)`, encrypted: em.menteesMs, plain: pm.menteesMs },
  { operation: `cases:get, longest course (${em.longMeetings} meetings)`, encrypted: em.caseMs, plain: pm.caseMs },
];
log('measuring backup…');
// At xl a backup copies a 1.7 GB register five times (snapshots, hashes, the file): minutes.
const backupRows: Row[] =
  SIZE === 'xl'
    ? [{ operation: 'backup snapshot and file', encrypted: 'skipped at xl (minutes of I/O)', plain: '–' }]
    : [...measureBackup(encrypted, plain, out), ...lockRows(out)];
log('measuring the results report…');
const programmeRows: Row[] = measureProgramme(encrypted, plain, out);
let rows: Row[] = [
  {
    operation: `demo ${SIZE} generation (partners and mentoring)`,
    key: 'demo generation',
    encrypted: built.encryptedMs,
    plain: built.plainMs,
  },
  ...migrations
    .map((m, i) => ({
      operation: `migrating the cached register ${m.from} → ${m.to} (summaries backfilled)`,
      key: 'migrating the cached register',
      encrypted: i === 0 ? m.ms : '–',
      plain: migrations[1]?.ms ?? '–',
    }))
    .slice(0, 1),
  ...mentoringRows,
  ...programmeRows,
  ...backupRows,
];
if (!mentoringOnly) {
  const e = await measure(encrypted, 'encrypted');
  const p = await measure(plain, 'plain');
  log('importing the exported contacts into an empty register…');
  const csv = withinImportLimit(e.csv, log);
  const imported = await importContacts(csv, encrypted.dataKey);
  const shellImportMs = sqliteShellImport(csv);
  const floorMs = imported ? engineFloor(imported.written, encrypted.dataKey) : null;
  rows = [...rows.slice(0, 1), ...partnerRows(e, p, imported, shellImportMs, floorMs), ...mentoringRows, ...programmeRows, ...backupRows];
}
log('measuring the feedback report…');
rows.push(...(await measureFeedback(encrypted, plain)));
rows.push(...measurePaging(encrypted, plain));
rows.push(...measureMentoringPaging(encrypted, plain));
rows.push(...measureLogPaging(encrypted, plain, log));
encrypted.db.close();
plain.db.close();
rows.push(...(await measureCoreMemory(log)));

function partnerRows(
  e: Awaited<ReturnType<typeof measure>>,
  p: Awaited<ReturnType<typeof measure>>,
  imported: Awaited<ReturnType<typeof importContacts>>,
  shellImportMs: number | null,
  floorMs: number | null,
): Row[] {
  return [
    { operation: `contacts:list (${e.contacts.toLocaleString('en')} rows)`, encrypted: e.contactsMs, plain: p.contactsMs },
    { operation: 'organisations:list', encrypted: e.orgsMs, plain: p.orgsMs },
    { operation: `search p50 (${e.queries} queries)`, encrypted: e.p50, plain: p.p50 },
    { operation: `search p95 (${e.queries} queries)`, encrypted: e.p95, plain: p.p95 },
    { operation: `export contacts CSV (${e.contacts.toLocaleString('en')})`, encrypted: e.csvMs, plain: p.csvMs },
    { operation: 'partner directory .docx (all organisations, in a child process)', encrypted: e.docxMs, plain: p.docxMs },
    { operation: 'partner directory .docx, peak RSS of its process', encrypted: e.docxPeak, plain: p.docxPeak },
    imported
      ? {
          operation: `import ${imported.rows.toLocaleString('en')} contacts (CSV, all or nothing)`,
          encrypted: imported.encryptedMs,
          plain: imported.plainMs,
        }
      : { operation: 'import 50,000 contacts', encrypted: 'not yet', plain: 'not yet' },
    // Not encrypted vs plain: Bindeled's whole import (encrypted) against the sqlite3 shell's raw .import.
    {
      operation: 'import vs `sqlite3 .import` (raw rows, no checks)**',
      encrypted: imported ? imported.encryptedMs : 'not yet',
      plain: shellImportMs ?? 'sqlite3 not installed',
    },
    // Not encrypted vs plain: the whole import against a bare encrypted insert of the same rows plus the search index (target ≤ 3×).
    {
      operation: 'import vs engine floor (bare encrypted insert + FTS, one transaction)***',
      encrypted: imported ? imported.encryptedMs : 'not yet',
      plain: floorMs ?? 'not yet',
    },
  ];
}

const loadAverage = os.loadavg()[0] ?? 0;
process.stdout.write(
  [
    ...table(SIZE, rows),
    '* plain = the same data in better-sqlite3-multiple-ciphers opened WITHOUT a key (plain better-sqlite3 is not',
    '  installed), same connection settings (WAL, synchronous=FULL, secure_delete, 64 MiB cache): the ratio is the cost of encryption.',
    ...(mentoringOnly
      ? []
      : [
          "** this row compares Bindeled's encrypted import (decoding, mapping, checks, duplicates, organisations, search index, one",
          '   transaction) with the sqlite3 shell loading the same CSV as raw text rows into an unencrypted table: the floor.',
          '*** the same import against the engine floor: the contacts and the search index that import wrote, read back and inserted',
          '    bare into an empty encrypted register (every column, the same index text), two prepared statements, one transaction',
          '    (bench/import-step.ts). Target: at most 3×.',
        ]),
    `This week: ${em.week}.`,
    `Peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB. Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? '?'}), load average ${loadAverage.toFixed(1)}.`,
    '',
  ].join('\n'),
);
saveResults(SIZE, rows, loadAverage);
rmSync(out, { recursive: true, force: true });

/**
 * The exported CSV, or at xl (500,000 contacts, about 86 MB) its first rows up to the import's
 * file limit: a bigger file is refused with FILE_TOO_LARGE, as a coordinator's would be. The
 * import rows then name how many contacts they imported, and the floor takes the same file.
 */
function withinImportLimit(csv: string, say: (s: string) => void): string {
  const bytes = readFileSync(csv);
  if (bytes.length <= IMPORT_MAX_BYTES) return csv;
  const cut = bytes.lastIndexOf(0x0a, IMPORT_MAX_BYTES - 1);
  const part = path.join(path.dirname(csv), 'contacts-within-limit.csv');
  writeFileSync(part, bytes.subarray(0, cut + 1));
  say(
    `  the export (${(bytes.length / 2 ** 20).toFixed(0)} MiB) is over the import limit; importing its first ${((cut + 1) / 2 ** 20).toFixed(0)} MiB`,
  );
  return part;
}

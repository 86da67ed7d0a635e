// `npx tsx bench/dash-profile.ts --size l|xl [--repeat 5] [--plans] [--only week]`: only the
// start page (dashboard:summary), the board's calls (the open courses, the recently closed ones)
// and the week (this week, the weeks before and after, a section's "Show more"), on the cached
// encrypted register of that size, each repeated; prints median and p95, the time of every
// statement they ran (summed over the repeats) and, with --plans, its EXPLAIN QUERY PLAN.
// `--only` runs the calls whose name holds the text. For profiling these screens without the
// rest of the bench.
import type { Db } from '../electron/core/db/driver';
import { listCases } from '../electron/core/mentoring/cases-repo';
import { addDays, localToday } from '../electron/core/mentoring/rows';
import { weekOverview, weekSection } from '../electron/core/mentoring/week';
import { dashboardSummary } from '../electron/core/reports/dashboard';
import { ensureRegisters, migrations, openEncrypted, SIZE } from './registers';

const log = (s: string) => process.stderr.write(`${s}\n`);
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const repeat = arg('--repeat', 5);
const plans = process.argv.includes('--plans');
/** `--only week`: only the calls whose name holds this text. */
const only = process.argv.includes('--only') ? (process.argv[process.argv.indexOf('--only') + 1] ?? '') : '';

interface Stat {
  ms: number;
  calls: number;
  args: unknown[];
}
const stats = new Map<string, Stat>();

/** Times every statement the calls prepare, by its SQL text. */
function instrument(db: Db): void {
  const prepare = db.prepare.bind(db);
  (db as { prepare: unknown }).prepare = (sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get', 'run'] as const) {
      const original = (statement[method] as (...a: unknown[]) => unknown).bind(statement);
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        const started = performance.now();
        try {
          return original(...args);
        } finally {
          const stat = stats.get(sql) ?? { ms: 0, calls: 0, args };
          stat.ms += performance.now() - started;
          stat.calls++;
          stats.set(sql, stat);
        }
      };
    }
    return statement;
  };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

await ensureRegisters(false, log);
const register = await openEncrypted();
const db = register.db;
const counts = db.prepare("SELECT count(*) AS n, sum(status <> 'closed') AS open FROM cases").get() as { n: number; open: number };
log(`size ${SIZE}: ${counts.n} courses, ${counts.open} open; schema ${String(db.pragma('user_version', { simple: true }))}`);
for (const m of migrations) log(`migrated the cached register from schema ${m.from} to ${m.to} in ${m.ms.toFixed(0)} ms`);
instrument(db);

const y = new Date().getFullYear();
let thisWeek: ReturnType<typeof weekOverview> | undefined;
const calls: [string, () => unknown][] = [
  [
    'dashboard:summary (this year vs the last)',
    () => dashboardSummary(db, { from: `${y}-01-01`, to: `${y}-12-31`, compareFrom: `${y - 1}-01-01`, compareTo: `${y - 1}-12-31` }),
  ],
  ['cases:list open (the board)', () => listCases(db, false)],
  ["cases:list with closed (the board's closed column before)", () => listCases(db, true)],
  ["cases:list closed since a month ago (the board's closed column)", () => listCases(db, true, undefined, addDays(localToday(), -31))],
  ['week:overview', () => (thisWeek = weekOverview(db))],
  ['week:overview, last week (the quiet list corrected for the meetings since)', () => weekOverview(db, addDays(localToday(), -7))],
  ['week:overview, next week (corrected for the meetings planned until then)', () => weekOverview(db, addDays(localToday(), 7))],
  // The rows after the first 50 of this week's overview (read by the row above).
  ...(['meetings', 'waiting'] as const).map((section): [string, () => unknown] => [
    `week:section ${section}, the next 50 rows (Show more)`,
    () => thisWeek && weekSection(db, { today: thisWeek.today, section, after: thisWeek[section].next ?? undefined, limit: 50 }),
  ]),
];

for (const [name, fn] of calls.filter(([name]) => name.includes(only))) {
  stats.clear();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  log(
    `\n${name}: first ${times[0]?.toFixed(1)} ms, median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${repeat} runs)`,
  );
  for (const [sql, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms)) {
    log(
      `  ${(s.ms / repeat).toFixed(1).padStart(9)} ms/run  ${String(s.calls / repeat).padStart(4)}×  ${sql.replace(/\s+/g, ' ').slice(0, 150)}`,
    );
    if (!plans) continue;
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...s.args) as { detail: string }[];
    for (const p of plan) log(`              ${p.detail}`);
  }
}
db.close();

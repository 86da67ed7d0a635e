// Times every bench search query on the cached encrypted register of a size and prints the
// slowest with how many entries they match: `npx tsx bench/search-profile.ts --size l|xl`.
import { buildQuery, searchIndex } from '../electron/core/partners/search-index';
import { openEncrypted } from './registers';
import { benchQueries } from './run-queries';

const register = await openEncrypted();
const qs = benchQueries(register);
for (const q of qs.slice(0, 20)) searchIndex(register.db, q, 20);
const rows = qs.map((q) => {
  const started = performance.now();
  searchIndex(register.db, q, 20);
  const ms = performance.now() - started;
  const query = buildQuery(q);
  const matches = query
    ? (register.db.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck().get(query) as number)
    : 0;
  return { q, ms, matches };
});
rows.sort((a, b) => b.ms - a.ms);
const sorted = rows.map((r) => r.ms).sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
process.stdout.write(`${rows.length} queries: p50 ${pct(50)?.toFixed(2)} ms, p95 ${pct(95)?.toFixed(2)} ms\n`);
for (const r of rows.slice(0, 25))
  process.stdout.write(`${r.ms.toFixed(2).padStart(8)} ms ${String(r.matches).padStart(7)} matches  ${r.q}` + '\n');
register.db.close();

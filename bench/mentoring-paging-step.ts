import { contract } from '../shared/contract';
import type { Db } from '../electron/core/db/driver';
import { MENTORING_LISTS, pageCases, pageMentees, pageMentors } from '../electron/core/mentoring/mentoring-pages';
import type { OpenRegister } from '../electron/core/register/open-register';
import { median } from './paging-step';

// One page of 100 rows of the mentees, mentors and courses lists, as their paged grids ask for
// them: the first page (with its count), a page in the middle by keyset, the last page from the
// end, and the first page sorted by a computed column. Median of 7 runs after one warm-up.

type Row = { operation: string; encrypted: number | string; plain: number | string };
type Page = { next: unknown; rows: unknown[] };
type Reader = (db: Db, q: object) => Page;

const LISTS: Record<'mentees' | 'mentors' | 'cases', { read: Reader; parse: (q: object) => object; computed: string }> = {
  mentees: { read: (db, q) => pageMentees(db, q as never), parse: (q) => contract['mentees:page'].input.parse(q), computed: 'caseStatus' },
  mentors: { read: (db, q) => pageMentors(db, q as never), parse: (q) => contract['mentors:page'].input.parse(q), computed: 'load' },
  cases: { read: (db, q) => pageCases(db, q as never), parse: (q) => contract['cases:page'].input.parse(q), computed: 'lastMeeting' },
};

function cases(db: Db): { label: string; run: () => unknown }[] {
  return Object.entries(LISTS).flatMap(([name, list]) => {
    const read = (q: object) => list.read(db, list.parse({ ...q, includeArchived: true }));
    const total = (read({ limit: 1 }) as Page & { total: number }).total;
    // The cursor the grid holds after scrolling to the middle.
    const middle = read({ cursor: { offset: Math.max(0, Math.floor(total / 2) - 100) } }).next;
    const computed = { sort: [{ colId: list.computed, sort: 'desc' }] };
    return [
      { label: `${name}: first page (count kept)`, run: () => read({}) },
      { label: `${name}: page in the middle (keyset)`, run: () => read({ cursor: middle }) },
      { label: `${name}: last page (from the end)`, run: () => read({ cursor: { last: true } }) },
      { label: `${name}: first page by ${list.computed} desc (computed)`, run: () => read(computed) },
    ];
  });
}

/** Bench rows for the paged mentoring lists (closed courses and ended mentors included), encrypted and plain. */
export function measureMentoringPaging(encrypted: OpenRegister, plain: OpenRegister): Row[] {
  const enc = cases(encrypted.db);
  const pln = cases(plain.db);
  return enc.map((c, i) => ({
    operation: `page of 100, ${c.label}`,
    encrypted: median(c.run),
    plain: median((pln[i] ?? c).run),
  }));
}

/** Every sortable column of each list, both ways, with and without the closed / ended rows (names shown). */
function sortCases(db: Db): { label: string; run: () => unknown }[] {
  return Object.entries(LISTS).flatMap(([name, list]) => {
    const columns = Object.keys(MENTORING_LISTS[name as keyof typeof MENTORING_LISTS].columns);
    return columns.flatMap((colId) =>
      (['asc', 'desc'] as const).flatMap((sort) =>
        [true, false].flatMap((includeArchived) => {
          const q = { sort: [{ colId, sort }], includeArchived, ...(name === 'mentors' ? {} : { showNames: true }) };
          const read = (extra: object) => list.read(db, list.parse({ ...q, ...extra }));
          const scope = includeArchived ? 'all' : 'open';
          return [
            { label: `${name} (${scope}) by ${colId} ${sort}: first page`, run: () => read({}) },
            { label: `${name} (${scope}) by ${colId} ${sort}: last page`, run: () => read({ cursor: { last: true } }) },
          ];
        }),
      ),
    );
  });
}

/** The first and last page for every sort of the mentoring lists, encrypted (and plain when given). */
export function measureMentoringSorts(encrypted: OpenRegister, plain: OpenRegister | null): Row[] {
  const enc = sortCases(encrypted.db);
  const pln = plain ? sortCases(plain.db) : [];
  return enc.map((c, i) => ({
    operation: `page of 100, ${c.label}`,
    encrypted: median(c.run),
    plain: plain ? median((pln[i] ?? c).run) : '–',
  }));
}

import { PageQuery } from '../shared/contract/paging';
import type { z } from 'zod';
import type { Db } from '../electron/core/db/driver';
import { forgetCounts } from '../electron/core/paging/pager';
import { pageContacts, pageOrganisations } from '../electron/core/partners/partner-pages';
import type { OpenRegister } from '../electron/core/register/open-register';

// One page of 100 rows of the big lists, as the paged grids ask for them (paging/pager.ts):
// the first page (with its count), a page deep in the list by keyset (the page after the
// middle one's cursor), the last page from the end, sorted by a plain column and by a count kept
// by triggers, filtered through the search index by a common and a rare word. Median of 7 runs after one warm-up.

type Query = z.input<typeof PageQuery>;
type Row = { operation: string; encrypted: number | string; plain: number | string };

export function median(fn: () => unknown): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    fn();
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[3] ?? 0;
}

type Pager = (db: Db, q: z.output<typeof PageQuery>) => { next: unknown; rows: unknown[] };

/** The cursor of the page that starts at `offset`: what the grid holds after scrolling there. */
function cursorAt(db: Db, page: Pager, q: Query, offset: number): unknown {
  return page(db, PageQuery.parse({ ...q, cursor: { offset: Math.max(0, offset - 100) } })).next;
}

const byEmail = (word: string): Query => ({
  sort: [{ colId: 'email', sort: 'asc' }],
  filter: { name: { filterType: 'text', type: 'contains', filter: word } },
});

function cases(db: Db): { label: string; page: Pager; query: () => Query }[] {
  const total = (db.prepare('SELECT count(*) AS n FROM contacts WHERE archived = 0').get() as { n: number }).n;
  const middle = { sort: [{ colId: 'name', sort: 'asc' as const }] };
  const deep = cursorAt(db, pageContacts, middle, Math.floor(total / 2));
  const byRole = { sort: [{ colId: 'role', sort: 'desc' as const }] };
  const deepRole = cursorAt(db, pageContacts, byRole, Math.floor(total / 2));
  return [
    { label: 'contacts: first page (name, count kept)', page: pageContacts, query: () => ({}) },
    {
      label: 'contacts: first page (name, count made afresh)',
      page: (d, q) => {
        forgetCounts(d);
        return pageContacts(d, q);
      },
      query: () => ({}),
    },
    { label: 'contacts: page in the middle (keyset)', page: pageContacts, query: () => ({ ...middle, cursor: deep as never }) },
    { label: 'contacts: last page (from the end)', page: pageContacts, query: () => ({ cursor: { last: true } }) },
    { label: 'contacts: first page by role desc', page: pageContacts, query: () => byRole },
    { label: 'contacts: middle page by role desc (keyset)', page: pageContacts, query: () => ({ ...byRole, cursor: deepRole as never }) },
    {
      label: 'contacts: first page by last contact desc',
      page: pageContacts,
      query: () => ({ sort: [{ colId: 'lastContacted', sort: 'desc' }] }),
    },
    {
      label: 'contacts: first page by organisations (kept by triggers)',
      page: pageContacts,
      query: () => ({ sort: [{ colId: 'organisations', sort: 'asc' }] }),
    },
    { label: 'contacts: quick search "sorensen"', page: pageContacts, query: () => ({ quick: 'sorensen' }) },
    // A common word (~2,900 search-index candidates at l: the page walks the e-mail index and
    // checks them) and a rare one (~300: the page reads them and sorts them); pager.ts.
    { label: 'contacts: text filter name "han", by email', page: pageContacts, query: () => byEmail('han') },
    {
      label: 'contacts: text filter name "han", by email, count made afresh',
      page: (d, q) => {
        forgetCounts(d);
        return pageContacts(d, q);
      },
      query: () => byEmail('han'),
    },
    { label: 'contacts: text filter name "zielinski" (rare), by email', page: pageContacts, query: () => byEmail('zielinski') },
    { label: 'organisations: first page (name, with count)', page: pageOrganisations, query: () => ({}) },
    { label: 'organisations: last page (from the end)', page: pageOrganisations, query: () => ({ cursor: { last: true } }) },
    {
      label: 'organisations: first page by municipality',
      page: pageOrganisations,
      query: () => ({ sort: [{ colId: 'municipality', sort: 'asc' }] }),
    },
    {
      label: 'organisations: first page by contacts (kept by triggers)',
      page: pageOrganisations,
      query: () => ({ sort: [{ colId: 'contacts', sort: 'desc' }] }),
    },
    {
      label: 'organisations: first page by offers (kept by triggers)',
      page: pageOrganisations,
      query: () => ({ sort: [{ colId: 'offers', sort: 'desc' }] }),
    },
  ];
}

/** Bench rows for the paged lists, encrypted and plain. */
export function measurePaging(encrypted: OpenRegister, plain: OpenRegister): Row[] {
  const enc = cases(encrypted.db);
  const pln = cases(plain.db);
  return enc.map((c, i) => {
    const p = pln[i] ?? c;
    return {
      operation: `page of 100, ${c.label}`,
      encrypted: median(() => c.page(encrypted.db, PageQuery.parse(c.query()))),
      plain: median(() => p.page(plain.db, PageQuery.parse(p.query()))),
    };
  });
}

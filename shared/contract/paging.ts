import { z } from 'zod';

// One page of a big list, asked for with AG Grid's own sort and filter models. Core checks every
// column name against the list's whitelist (electron/core/paging), so nothing here reaches SQL
// unchecked; this schema only bounds the shape and sizes.

const ColId = z.string().min(1).max(40);
const SortValue = z.union([z.string().max(1000), z.number().finite(), z.null()]);

/** AG Grid's sort model: the columns to sort by, first one first. */
export const PageSort = z.array(z.strictObject({ colId: ColId, sort: z.enum(['asc', 'desc']) })).max(3);

const TextFilter = z.strictObject({
  filterType: z.literal('text'),
  type: z.literal('contains'),
  filter: z.string().max(200),
});
const DateFilter = z.strictObject({
  filterType: z.literal('date'),
  type: z.enum(['equals', 'lessThan', 'greaterThan', 'inRange']),
  dateFrom: z.string().max(30).nullable(),
  dateTo: z.string().max(30).nullable().optional(),
});
const NumberFilter = z.strictObject({
  filterType: z.literal('number'),
  type: z.enum(['equals', 'lessThan', 'greaterThan', 'inRange']),
  filter: z.number().finite().nullable(),
  filterTo: z.number().finite().nullable().optional(),
});
/** AG Grid's filter model, the parts our grids offer: words in a text column, a date or range, a number or range. */
export const PageFilter = z.record(ColId, z.union([TextFilter, DateFilter, NumberFilter])).refine((m) => Object.keys(m).length <= 20);

/**
 * Where the page starts: after the last row of the page before (keyset: its sort values and id),
 * the last page, or a row offset when the grid jumps to a block it has no key for.
 */
export const PageCursor = z.union([
  z.strictObject({ after: z.array(SortValue).min(1).max(4) }),
  z.strictObject({ last: z.literal(true) }),
  z.strictObject({ offset: z.number().int().min(0).max(10_000_000) }),
]);

/** The model of one page request. */
export const PageQuery = z.strictObject({
  sort: PageSort.default([]),
  filter: PageFilter.default({}),
  /** Words typed in the list's quick search box, matched through the full-text index. */
  quick: z.string().max(200).default(''),
  includeArchived: z.boolean().default(false),
  cursor: PageCursor.nullable().default(null),
  limit: z.number().int().min(1).max(500).default(100),
});

/**
 * A page: its rows, the cursor of the next page (null at the end) and the number of rows the
 * filter matches. That count is made for every page but a keyset one (`after`): the grid keeps
 * it while it scrolls, so the pages that follow each other cost no count.
 */
export function pageOf<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), total: z.number().int().nullable(), next: PageCursor.nullable() });
}

/** The view of a list an export writes: the grid's sort, filters and quick search. */
export const ListView = z.strictObject({
  sort: PageSort.default([]),
  filter: PageFilter.default({}),
  quick: z.string().max(200).default(''),
});

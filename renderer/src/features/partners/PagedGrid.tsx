import type { ColDef, GetRowIdParams, GridApi, GridReadyEvent, IDatasource, IGetRowsParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Input, Output } from '../../../../shared/contract';
import { call } from '../../api';
import { useGridBehaviour } from './grid-behaviour';
import { gridTheme } from './grid-setup';
import { NoRowsOverlay } from './NoRowsOverlay';

/** The list channels that serve one page at a time. */
export type PageChannel =
  'contacts:page' | 'organisations:page' | 'mentees:page' | 'mentors:page' | 'cases:page' | 'audit:page' | 'disclosures:page';
type Cursor = NonNullable<Input<'contacts:page'>['cursor']>;

const BLOCK = 100;
const rowSelection = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;
// What the pager understands (electron/core/paging): words a text column contains, one date or range.
const textFilter = { filterOptions: ['contains'], maxNumConditions: 1 };

/** The grid's current view, as core's export of the filtered list takes it. */
export interface PagedView {
  sort: Input<'contacts:page'>['sort'];
  filter: Input<'contacts:page'>['filter'];
  quick: string;
  includeArchived: boolean;
}

interface Hooks<T> {
  selectedId: number | null;
  onView: ((total: number, view: PagedView) => void) | undefined;
  api: GridApi<T> | null;
}

/**
 * Feeds the grid from a page channel. Cursors and the count belong to one view (sort + filter):
 * a new view starts afresh, and an answer for a view no longer shown is dropped.
 */
function makeDatasource<T>(
  channel: PageChannel,
  quick: string,
  includeArchived: boolean,
  hooks: { current: Hooks<T> },
  params: object = {},
): IDatasource {
  let viewKey = '';
  let cursors = new Map<number, Cursor>();
  let total: number | null = null;
  return {
    getRows: (p: IGetRowsParams) => {
      // Only what core sorts by: AG Grid adds its own `type` to each sort item.
      const sort = p.sortModel.map((m) => ({ colId: m.colId, sort: m.sort }));
      const view: PagedView = { sort, filter: p.filterModel as PagedView['filter'], quick, includeArchived };
      const key = JSON.stringify([view.sort, view.filter]);
      if (key !== viewKey) {
        viewKey = key;
        cursors = new Map();
        total = null;
      }
      const known = p.startRow === 0 ? null : cursors.get(p.startRow);
      const nearEnd = total !== null && p.startRow > 0 && p.endRow >= total;
      const cursor: Cursor | null = known ?? (p.startRow === 0 ? null : nearEnd ? { last: true } : { offset: p.startRow });
      // The last block from the end holds exactly the rows from its start to the end.
      const limit = nearEnd && !known && total !== null ? Math.max(1, total - p.startRow) : BLOCK;
      (call(channel, { ...params, ...view, cursor, limit }) as Promise<Output<'contacts:page'>>).then(
        (page) => {
          if (key !== viewKey) return p.failCallback();
          if (page.total !== null) {
            if (total === null) hooks.current.onView?.(page.total, view);
            total = page.total;
          }
          if (page.next) cursors.set(p.startRow + page.rows.length, page.next);
          p.successCallback(page.rows, page.next === null ? p.startRow + page.rows.length : (total ?? undefined));
          const chosen = hooks.current.selectedId;
          const node = chosen === null ? undefined : hooks.current.api?.getRowNode(String(chosen));
          node?.setSelected(true, true);
        },
        () => p.failCallback(),
      );
    },
  };
}

/**
 * One AG Grid list on the infinite row model: core sorts and filters, and sends a block of 100
 * rows at a time. Blocks that follow each other go by keyset (the cursor the block before
 * returned); a block the grid jumps to goes by offset, and the last one from the end.
 */
export function PagedGrid<T extends { id: number }>(props: {
  channel: PageChannel;
  columns: ColDef<T>[];
  quickFilter: string;
  includeArchived: boolean;
  /** Changes when the list's data changed (a save): the grid reloads its blocks. */
  version: number;
  hidden: string[];
  selectedId: number | null;
  /** Click or Enter on a row; the row itself comes along for lists that show it in place (the audit log). */
  onOpen: (id: number, row: T) => void;
  /** Told the number of rows of each new view (the first block of a sort or filter), and the view itself. */
  onView?: (total: number, view: PagedView) => void;
  label: string;
  /** What the channel takes beside the view (`showNames`, one status, the logs' `where`); a change starts the grid afresh. */
  params?: object;
}) {
  const api = useRef<GridApi<T> | null>(null);
  const { selectedId, channel, quickFilter, includeArchived, version, onView } = props;
  const paramsKey = JSON.stringify(props.params ?? {});
  const { language, localeText, columns, onRowClicked, onCellKeyDown } = useGridBehaviour(api, props);
  const defaultColDef = useMemo<ColDef<T>>(
    () => ({ sortable: true, filter: 'agTextColumnFilter', filterParams: textFilter, resizable: true, minWidth: 90, flex: 1 }),
    [],
  );
  const getRowId = useCallback((p: GetRowIdParams<T>) => String(p.data.id), []);
  // What a loaded block needs from the latest render: the open record, and whom to tell the count.
  const hooks = useRef<Hooks<T>>({ selectedId, onView, api: null });
  useEffect(() => {
    hooks.current.selectedId = selectedId;
    hooks.current.onView = onView;
  }, [selectedId, onView]);

  // A new datasource (the grid starts over) when the quick search, the switch or the data (`version`)
  // change. The ref goes in whole and is read only when a block arrives, never while rendering.
  const datasource = useMemo(
    // eslint-disable-next-line react-hooks/refs
    () => makeDatasource(channel, quickFilter, includeArchived, hooks, JSON.parse(paramsKey) as object),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [channel, quickFilter, includeArchived, version, paramsKey],
  );

  const gridContext = useMemo(() => ({ quick: quickFilter }), [quickFilter]);
  const onGridReady = useCallback((e: GridReadyEvent<T>) => {
    api.current = e.api;
    hooks.current.api = e.api;
  }, []);
  useEffect(() => {
    const grid = api.current;
    if (!grid || grid.isDestroyed()) return;
    const node = selectedId === null ? undefined : grid.getRowNode(String(selectedId));
    if (node) node.setSelected(true, true);
    else grid.deselectAll();
  }, [selectedId]);

  return (
    <div style={{ flex: 1, minHeight: 0, minWidth: 0 }} data-testid="grid" aria-label={props.label} role="region">
      <AgGridReact<T>
        key={language}
        theme={gridTheme}
        localeText={localeText}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK}
        maxBlocksInCache={20}
        infiniteInitialRowCount={1}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        rowSelection={rowSelection}
        onGridReady={onGridReady}
        onRowClicked={onRowClicked}
        onCellKeyDown={onCellKeyDown}
        animateRows={false}
        context={gridContext}
        noRowsOverlayComponent={NoRowsOverlay}
      />
    </div>
  );
}

import type { ColDef, GetRowIdParams, GridApi, GridReadyEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { foldText } from '../../../../shared/text';
import { useGridBehaviour } from './grid-behaviour';
import { gridTheme } from './grid-setup';

// AG Grid upper-cases both the filter and each cell's quick-filter text before these run.
const parseQuickFilter = (text: string) => foldText(text).toUpperCase().split(/\s+/).filter(Boolean);
const rowSelection = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;

/**
 * One AG Grid list. Columns come memoised from the page; the grid is keyed by language because
 * AG Grid reads `localeText` only when it is created.
 */
export function DataGrid<T extends { id: number }>(props: {
  columns: ColDef<T>[];
  rows: T[] | null;
  quickFilter: string;
  hidden: string[];
  selectedId: number | null;
  onOpen: (id: number) => void;
  label: string;
}) {
  const getRowId = useCallback((p: GetRowIdParams<T>) => String(p.data.id), []);
  const api = useRef<GridApi<T> | null>(null);
  const { selectedId } = props;
  const { language, localeText, columns, onRowClicked, onCellKeyDown } = useGridBehaviour(api, props);
  const defaultColDef = useMemo<ColDef<T>>(
    () => ({
      sortable: true,
      filter: true,
      resizable: true,
      minWidth: 90,
      flex: 1,
      // Folded once per cell (the quick filter text is cached), so "sorensen" finds "Sørensen".
      getQuickFilterText: (p) => foldText(String(p.value ?? '')),
    }),
    [],
  );
  const onGridReady = useCallback((e: GridReadyEvent<T>) => {
    api.current = e.api;
  }, []);
  useEffect(() => {
    const grid = api.current;
    if (!grid || grid.isDestroyed()) return;
    const node = selectedId === null ? undefined : grid.getRowNode(String(selectedId));
    if (node) {
      node.setSelected(true, true);
      grid.ensureNodeVisible(node);
    } else grid.deselectAll();
  }, [selectedId, props.rows]);

  return (
    <div style={{ flex: 1, minHeight: 0, minWidth: 0 }} data-testid="grid" aria-label={props.label} role="region">
      <AgGridReact<T>
        key={language}
        theme={gridTheme}
        localeText={localeText}
        rowData={props.rows}
        loading={props.rows === null}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        quickFilterText={props.quickFilter}
        cacheQuickFilter
        quickFilterParser={parseQuickFilter}
        rowSelection={rowSelection}
        onGridReady={onGridReady}
        onRowClicked={onRowClicked}
        onCellKeyDown={onCellKeyDown}
        animateRows={false}
      />
    </div>
  );
}

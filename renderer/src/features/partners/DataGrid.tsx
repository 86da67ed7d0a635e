import type { CellKeyDownEvent, ColDef, GetRowIdParams, GridApi, GridReadyEvent, RowClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../../shared/text';
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
  const { i18n } = useTranslation();
  const getRowId = useCallback((p: GetRowIdParams<T>) => String(p.data.id), []);
  const api = useRef<GridApi<T> | null>(null);
  const { onOpen, selectedId, hidden } = props;
  // AG Grid's own texts (filters, overlays, screen-reader hints) come from the catalog's grid section.
  const language = i18n.language;
  const localeText = useMemo(
    () => ({ ...(i18n.getResourceBundle(language, 'translation') as { grid: Record<string, string> }).grid }),
    [i18n, language],
  );
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
  // Stored hidden columns are applied once, when the grid is made; later changes go through the api.
  const columns = useMemo(() => props.columns.map((c) => ({ ...c, initialHide: hidden.includes(c.colId ?? '') })), [props.columns]); // eslint-disable-line react-hooks/exhaustive-deps

  const onGridReady = useCallback((e: GridReadyEvent<T>) => {
    api.current = e.api;
  }, []);
  const onRowClicked = useCallback((e: RowClickedEvent<T>) => e.data && onOpen(e.data.id), [onOpen]);
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<T>) => {
      if ((e.event as KeyboardEvent | null | undefined)?.key === 'Enter' && e.data) onOpen(e.data.id);
    },
    [onOpen],
  );

  useEffect(() => {
    const grid = api.current;
    if (!grid || grid.isDestroyed()) return;
    const all = props.columns.map((c) => c.colId ?? '');
    grid.setColumnsVisible(
      all.filter((id) => hidden.includes(id)),
      false,
    );
    grid.setColumnsVisible(
      all.filter((id) => !hidden.includes(id)),
      true,
    );
  }, [hidden, props.columns]);

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

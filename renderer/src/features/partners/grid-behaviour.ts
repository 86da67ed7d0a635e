import type { CellKeyDownEvent, ColDef, GridApi, RowClickedEvent } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What every list grid does alike, whether it holds all rows (DataGrid) or pages them from core
 * (PagedGrid): AG Grid's own texts from the catalog, the stored hidden columns, click or Enter to
 * open a row, and hiding or showing columns through the api when the column chooser changes.
 */
export function useGridBehaviour<T extends { id: number }>(
  api: RefObject<GridApi<T> | null>,
  props: { columns: ColDef<T>[]; hidden: string[]; onOpen: (id: number, row: T) => void },
) {
  const { i18n } = useTranslation();
  const { columns: given, hidden, onOpen } = props;
  // AG Grid's own texts (filters, overlays, screen-reader hints) come from the catalog's grid section.
  const language = i18n.language;
  const localeText = useMemo(
    () => ({ ...(i18n.getResourceBundle(language, 'translation') as { grid: Record<string, string> }).grid }),
    [i18n, language],
  );
  // Stored hidden columns are applied once, when the grid is made; later changes go through the api.
  const columns = useMemo(() => given.map((c) => ({ ...c, initialHide: hidden.includes(c.colId ?? '') })), [given]); // eslint-disable-line react-hooks/exhaustive-deps
  const onRowClicked = useCallback((e: RowClickedEvent<T>) => e.data && onOpen(e.data.id, e.data), [onOpen]);
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<T>) => {
      if ((e.event as KeyboardEvent | null | undefined)?.key === 'Enter' && e.data) onOpen(e.data.id, e.data);
    },
    [onOpen],
  );
  useEffect(() => {
    const grid = api.current;
    if (!grid || grid.isDestroyed()) return;
    const all = given.map((c) => c.colId ?? '');
    grid.setColumnsVisible(
      all.filter((id) => hidden.includes(id)),
      false,
    );
    grid.setColumnsVisible(
      all.filter((id) => !hidden.includes(id)),
      true,
    );
  }, [api, hidden, given]);
  return { language, localeText, columns, onRowClicked, onCellKeyDown };
}

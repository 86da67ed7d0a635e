import { Button, makeStyles, SearchBox, Switch, Title2, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { ColDef } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanWrite } from '../users/session';
import { ColumnChooser } from './ColumnChooser';
import { DataGrid } from './DataGrid';
import { setListView } from './list-views';
import { PagedGrid, type PageChannel, type PagedView } from './PagedGrid';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, height: '100%', minHeight: 0 },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  spacer: { flex: 1 },
  search: { width: '240px', minWidth: '140px', flexShrink: 1 },
  body: { display: 'flex', gap: tokens.spacingHorizontalL, flex: 1, minHeight: 0 },
  detail: {
    width: '400px',
    flexShrink: 0,
    overflow: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

function storedHidden(gridId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(`bindeled.grid.${gridId}.hidden`) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** A list page: title and toolbar, the grid on the left, the open record on the right. */
export function ListPage<T extends { id: number }>(props: {
  gridId: string;
  title: string;
  newLabel: string;
  columns: ColDef<T>[];
  rows: T[] | null;
  selectedId: number | null;
  onOpen: (id: number) => void;
  onNew: () => void;
  /** The switch for records normally left out: archived ones by default, or as `label` says. */
  showArchived?: { value: boolean; onChange: (value: boolean) => void; label?: string };
  empty: ReactNode;
  detail: ReactNode | null;
  toolbarExtra?: ReactNode;
  /** Served by core one page at a time (`rows` is then unused); `version` changes after a save. */
  paged?: { channel: PageChannel; version: number; params?: object };
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [filter, setFilter] = useState('');
  const [quickFilter, setQuickFilter] = useState('');
  const [hidden, setHidden] = useState(() => storedHidden(props.gridId));
  const canWrite = useCanWrite();

  // A short pause before filtering keeps typing smooth on 50,000 rows.
  useEffect(() => {
    const timer = setTimeout(() => setQuickFilter(filter), 150);
    return () => clearTimeout(timer);
  }, [filter]);

  const chooserColumns = useMemo(() => props.columns.map((c) => ({ id: c.colId ?? '', label: c.headerName ?? '' })), [props.columns]);
  const changeHidden = useCallback(
    (next: string[]) => {
      setHidden(next);
      localStorage.setItem(`bindeled.grid.${props.gridId}.hidden`, JSON.stringify(next));
    },
    [props.gridId],
  );

  // A paged list is empty when its unfiltered view has no rows; the grid tells its count per view.
  const [pagedEmpty, setPagedEmpty] = useState(false);
  const { gridId } = props;
  const onView = useCallback(
    (total: number, view: PagedView) => {
      setListView(gridId, view);
      if (!view.quick && Object.keys(view.filter ?? {}).length === 0 && !view.includeArchived) setPagedEmpty(total === 0);
    },
    [gridId],
  );
  useEffect(() => () => setListView(gridId, null), [gridId]);
  const isEmpty = props.paged
    ? pagedEmpty && !props.showArchived?.value && !filter
    : props.rows !== null && props.rows.length === 0 && !props.showArchived?.value;
  return (
    <div className={styles.page} data-testid={`${props.gridId}-page`}>
      <div className={styles.toolbar}>
        <Title2 as="h1">{props.title}</Title2>
        <span className={styles.spacer} />
        <SearchBox
          className={styles.search}
          value={filter}
          onChange={(_e, d) => setFilter(d.value)}
          placeholder={t('grid.quickFilter')}
          aria-label={t('grid.quickFilter')}
          data-testid="quick-filter"
        />
        {props.showArchived && (
          <Switch
            checked={props.showArchived.value}
            onChange={(_e, d) => props.showArchived?.onChange(d.checked)}
            label={props.showArchived.label ?? t('partners.showArchived')}
            data-testid="show-archived"
          />
        )}
        <ColumnChooser columns={chooserColumns} hidden={hidden} onChange={changeHidden} />
      </div>
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<AddRegular />} onClick={props.onNew} data-testid="new-button" disabled={!canWrite}>
          {props.newLabel}
        </Button>
        {props.toolbarExtra}
      </div>
      <div className={styles.body}>
        {isEmpty && !props.detail ? (
          props.empty
        ) : props.paged ? (
          <PagedGrid
            channel={props.paged.channel}
            version={props.paged.version}
            params={props.paged.params}
            columns={props.columns}
            quickFilter={quickFilter}
            includeArchived={props.showArchived?.value ?? false}
            hidden={hidden}
            selectedId={props.selectedId}
            onOpen={props.onOpen}
            onView={onView}
            label={props.title}
          />
        ) : (
          <DataGrid
            columns={props.columns}
            rows={props.rows}
            quickFilter={quickFilter}
            hidden={hidden}
            selectedId={props.selectedId}
            onOpen={props.onOpen}
            label={props.title}
          />
        )}
        {props.detail && (
          <section className={styles.detail} aria-label={t('partners.details')} data-testid="detail-panel">
            {props.detail}
          </section>
        )}
      </div>
    </div>
  );
}

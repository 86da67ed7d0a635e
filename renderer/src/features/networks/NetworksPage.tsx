import { PeopleCommunityRegular } from '@fluentui/react-icons';
import type { ColDef } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { NetworkRow } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { currentLocale } from '../../i18n';
import { EmptyState } from '../partners/EmptyState';
import { dateCell, isoDateFilterParams } from '../partners/grid-setup';
import { ListPage } from '../partners/ListPage';
import { useNavigation } from '../partners/navigation';
import { NetworkForm } from './NetworkForm';
import { NetworkView } from './NetworkView';

type Row = z.output<typeof NetworkRow>;

function useColumns(): ColDef<Row>[] {
  const { t, i18n } = useTranslation();
  return useMemo<ColDef<Row>[]>(
    () => [
      { colId: 'name', field: 'name', headerName: t('networks.name'), minWidth: 200, flex: 1.5, sort: 'asc' },
      { colId: 'purpose', field: 'purpose', headerName: t('networks.purpose'), flex: 2 },
      {
        colId: 'members',
        field: 'members',
        headerName: t('networks.members'),
        filter: 'agNumberColumnFilter',
        maxWidth: 150,
        cellClass: 'ag-right-aligned-cell',
      },
      {
        colId: 'lastMeeting',
        field: 'lastMeeting',
        headerName: t('networks.lastMeeting'),
        valueFormatter: dateCell(currentLocale()),
        filter: 'agDateColumnFilter',
        filterParams: isoDateFilterParams,
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
}

/** Networks and forums: the grid on the left, the open network on the right. */
export function NetworksPage(props: { toolbarExtra?: ReactNode }) {
  const { t } = useTranslation();
  const { route, go } = useNavigation();
  const [showArchived, setShowArchived] = useState(false);
  const [rows, setRows] = useState<Row[] | null>(null);
  const columns = useColumns();

  const reload = useCallback(
    () => call('networks:list', { includeArchived: showArchived }).then(setRows, () => setRows([])),
    [showArchived],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const open = useCallback((id: number) => go({ page: 'networks', id }), [go]);
  const close = useCallback(() => go({ page: 'networks' }), [go]);
  const id = route.id;

  let detail: ReactNode = null;
  if (id === 'new')
    detail = (
      <NetworkForm
        onSaved={(n) => {
          void reload();
          open(n.id);
        }}
        onCancel={close}
      />
    );
  else if (typeof id === 'number')
    detail = (
      <NetworkView
        key={id}
        id={id}
        onChanged={(deleted) => {
          void reload();
          if (deleted) close();
        }}
        onClose={close}
      />
    );

  return (
    <ListPage
      gridId="networks"
      title={t('networks.title')}
      newLabel={t('networks.new')}
      columns={columns}
      rows={rows}
      selectedId={typeof id === 'number' ? id : null}
      onOpen={open}
      onNew={() => go({ page: 'networks', id: 'new' })}
      showArchived={{ value: showArchived, onChange: setShowArchived }}
      toolbarExtra={props.toolbarExtra}
      detail={detail}
      empty={
        <EmptyState
          icon={<PeopleCommunityRegular />}
          title={t('networks.emptyTitle')}
          body={t('networks.emptyBody')}
          action={t('networks.emptyAction')}
          onAction={() => go({ page: 'networks', id: 'new' })}
        />
      }
    />
  );
}

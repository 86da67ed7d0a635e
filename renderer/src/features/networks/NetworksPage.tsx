import { PeopleCommunityRegular } from '@fluentui/react-icons';
import type { ColDef } from 'ag-grid-community';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { NetworkRow } from '../../../../shared/contract/partners-schemas';
import { currentLocale } from '../../i18n';
import { dateCell, isoDateFilterParams } from '../partners/grid-setup';
import { EntityListPage } from '../partners/EntityListPage';
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
  const columns = useColumns();
  return (
    <EntityListPage
      page="networks"
      list="networks:list"
      columns={columns}
      icon={<PeopleCommunityRegular />}
      form={(p) => <NetworkForm {...p} />}
      view={(p) => <NetworkView key={p.id} {...p} />}
      toolbarExtra={props.toolbarExtra}
    />
  );
}

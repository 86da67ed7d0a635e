import { BuildingMultipleRegular } from '@fluentui/react-icons';
import type { ColDef } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { OrganisationRow } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { EmptyState } from '../partners/EmptyState';
import { ListPage } from '../partners/ListPage';
import { organisationChoices } from '../partners/OrganisationPicker';
import { useNavigation } from '../partners/navigation';
import { OrganisationForm } from './OrganisationForm';
import { OrganisationView } from './OrganisationView';

type Row = z.output<typeof OrganisationRow>;

function useColumns(): ColDef<Row>[] {
  const { t, i18n } = useTranslation();
  return useMemo<ColDef<Row>[]>(
    () => [
      { colId: 'name', field: 'name', headerName: t('organisations.name'), minWidth: 200, flex: 2, sort: 'asc' },
      { colId: 'sector', headerName: t('organisations.sector'), valueGetter: (p) => (p.data ? t(`sectors.${p.data.sector}`) : '') },
      { colId: 'municipality', field: 'municipality', headerName: t('organisations.municipality') },
      {
        colId: 'country',
        headerName: t('organisations.country'),
        valueGetter: (p) => (p.data ? t(`countries.${p.data.country}`) : ''),
        maxWidth: 160,
      },
      {
        colId: 'offers',
        field: 'offers',
        headerName: t('organisations.offersCount'),
        filter: 'agNumberColumnFilter',
        maxWidth: 130,
        cellClass: 'ag-right-aligned-cell',
      },
      {
        colId: 'contacts',
        field: 'contacts',
        headerName: t('organisations.contactsCount'),
        filter: 'agNumberColumnFilter',
        maxWidth: 150,
        cellClass: 'ag-right-aligned-cell',
      },
      { colId: 'tags', headerName: t('organisations.tags'), valueGetter: (p) => p.data?.tags.join(', ') ?? '' },
    ],
    // The language is what changes the headers and the translated values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
}

/** Organisations: the grid on the left, the open organisation (or the new-organisation form) on the right. */
export function OrganisationsPage(props: { toolbarExtra?: ReactNode }) {
  const { t } = useTranslation();
  const { route, go } = useNavigation();
  const [showArchived, setShowArchived] = useState(false);
  const [rows, setRows] = useState<Row[] | null>(null);
  const columns = useColumns();

  const reload = useCallback(() => {
    void organisationChoices(true).catch(() => undefined);
    return call('organisations:list', { includeArchived: showArchived }).then(setRows, () => setRows([]));
  }, [showArchived]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const open = useCallback((id: number) => go({ page: 'organisations', id }), [go]);
  const close = useCallback(() => go({ page: 'organisations' }), [go]);
  const id = route.id;

  let detail: ReactNode = null;
  if (id === 'new')
    detail = (
      <OrganisationForm
        onSaved={(o) => {
          void reload();
          open(o.id);
        }}
        onCancel={close}
      />
    );
  else if (typeof id === 'number')
    detail = (
      <OrganisationView
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
      gridId="organisations"
      title={t('organisations.title')}
      newLabel={t('organisations.new')}
      columns={columns}
      rows={rows}
      selectedId={typeof id === 'number' ? id : null}
      onOpen={open}
      onNew={() => go({ page: 'organisations', id: 'new' })}
      showArchived={{ value: showArchived, onChange: setShowArchived }}
      toolbarExtra={props.toolbarExtra}
      detail={detail}
      empty={
        <EmptyState
          icon={<BuildingMultipleRegular />}
          title={t('organisations.emptyTitle')}
          body={t('organisations.emptyBody')}
          action={t('organisations.emptyAction')}
          onAction={() => go({ page: 'organisations', id: 'new' })}
        />
      }
    />
  );
}

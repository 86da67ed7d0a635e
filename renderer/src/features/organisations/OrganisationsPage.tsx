import { BuildingMultipleRegular } from '@fluentui/react-icons';
import type { ColDef } from 'ag-grid-community';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { OrganisationRow } from '../../../../shared/contract/partners-schemas';
import { EntityListPage } from '../partners/EntityListPage';
import { OrganisationForm } from './OrganisationForm';
import { OrganisationView } from './OrganisationView';

type Row = z.output<typeof OrganisationRow>;

// Core sorts and filters the list; translated sector and country names are not something it can order by.
const unsorted = { sortable: false, filter: false } as const;

function useColumns(): ColDef<Row>[] {
  const { t, i18n } = useTranslation();
  return useMemo<ColDef<Row>[]>(
    () => [
      { colId: 'name', field: 'name', headerName: t('organisations.name'), minWidth: 200, flex: 2, sort: 'asc' },
      {
        colId: 'sector',
        headerName: t('organisations.sector'),
        valueGetter: (p) => (p.data ? t(`sectors.${p.data.sector}`) : ''),
        ...unsorted,
      },
      { colId: 'municipality', field: 'municipality', headerName: t('organisations.municipality') },
      {
        colId: 'country',
        headerName: t('organisations.country'),
        valueGetter: (p) => (p.data ? t(`countries.${p.data.country}`) : ''),
        maxWidth: 160,
        ...unsorted,
      },
      {
        colId: 'offers',
        field: 'offers',
        headerName: t('organisations.offersCount'),
        filter: false,
        maxWidth: 130,
        cellClass: 'ag-right-aligned-cell',
      },
      {
        colId: 'contacts',
        field: 'contacts',
        headerName: t('organisations.contactsCount'),
        filter: false,
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
  const columns = useColumns();
  return (
    <EntityListPage
      page="organisations"
      list="organisations:list"
      pageChannel="organisations:page"
      columns={columns}
      icon={<BuildingMultipleRegular />}
      form={(p) => <OrganisationForm {...p} />}
      view={(p) => <OrganisationView key={p.id} {...p} />}
      toolbarExtra={props.toolbarExtra}
    />
  );
}

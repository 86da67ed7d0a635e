import { ContactCardRegular } from '@fluentui/react-icons';
import type { ColDef } from 'ag-grid-community';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ContactRow } from '../../../../shared/contract/partners-schemas';
import { currentLocale } from '../../i18n';
import { dateCell, pagedDateFilterParams } from '../partners/grid-setup';
import { EntityListPage } from '../partners/EntityListPage';
import { ContactForm } from './ContactForm';
import { ContactView } from './ContactView';

type Row = z.output<typeof ContactRow>;

function useColumns(): ColDef<Row>[] {
  const { t, i18n } = useTranslation();
  return useMemo<ColDef<Row>[]>(
    () => [
      { colId: 'name', field: 'name', headerName: t('contacts.name'), minWidth: 180, flex: 1.5, sort: 'asc' },
      { colId: 'role', field: 'role', headerName: t('contacts.role') },
      { colId: 'organisations', field: 'organisations', headerName: t('contacts.organisations'), flex: 1.5 },
      { colId: 'email', field: 'email', headerName: t('contacts.email'), flex: 1.5 },
      { colId: 'phone', field: 'phone', headerName: t('contacts.phone') },
      {
        colId: 'themes',
        headerName: t('contacts.themes'),
        valueGetter: (p) => p.data?.themes.map((x) => t(`themes.${x}`)).join(', ') ?? '',
        // Core sorts and filters; translated theme names are not something it can order by.
        sortable: false,
        filter: false,
      },
      {
        colId: 'lastContacted',
        field: 'lastContacted',
        headerName: t('contacts.lastContacted'),
        valueFormatter: dateCell(currentLocale()),
        filter: 'agDateColumnFilter',
        filterParams: pagedDateFilterParams,
      },
    ],
    // The language is what changes the headers, the translated themes and the date format.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
}

/** Contact persons: the grid on the left, the open person (or the new-person form) on the right. */
export function ContactsPage(props: { toolbarExtra?: ReactNode }) {
  const columns = useColumns();
  return (
    <EntityListPage
      page="contacts"
      list="contacts:list"
      pageChannel="contacts:page"
      columns={columns}
      icon={<ContactCardRegular />}
      form={(p) => <ContactForm {...p} />}
      view={(p) => <ContactView key={p.id} {...p} />}
      toolbarExtra={props.toolbarExtra}
    />
  );
}

import { ContactCardRegular } from '@fluentui/react-icons';
import type { ColDef } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ContactRow } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { currentLocale } from '../../i18n';
import { EmptyState } from '../partners/EmptyState';
import { dateCell, isoDateFilterParams } from '../partners/grid-setup';
import { ListPage } from '../partners/ListPage';
import { useNavigation } from '../partners/navigation';
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
      },
      {
        colId: 'lastContacted',
        field: 'lastContacted',
        headerName: t('contacts.lastContacted'),
        valueFormatter: dateCell(currentLocale()),
        filter: 'agDateColumnFilter',
        filterParams: isoDateFilterParams,
        getQuickFilterText: () => '',
      },
    ],
    // The language is what changes the headers, the translated themes and the date format.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
}

/** Contact persons: the grid on the left, the open person (or the new-person form) on the right. */
export function ContactsPage(props: { toolbarExtra?: ReactNode }) {
  const { t } = useTranslation();
  const { route, go } = useNavigation();
  const [showArchived, setShowArchived] = useState(false);
  const [rows, setRows] = useState<Row[] | null>(null);
  const columns = useColumns();

  const reload = useCallback(
    () => call('contacts:list', { includeArchived: showArchived }).then(setRows, () => setRows([])),
    [showArchived],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const open = useCallback((id: number) => go({ page: 'contacts', id }), [go]);
  const close = useCallback(() => go({ page: 'contacts' }), [go]);
  const id = route.id;

  let detail: ReactNode = null;
  if (id === 'new')
    detail = (
      <ContactForm
        onSaved={(c) => {
          void reload();
          open(c.id);
        }}
        onCancel={close}
      />
    );
  else if (typeof id === 'number')
    detail = (
      <ContactView
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
      gridId="contacts"
      title={t('contacts.title')}
      newLabel={t('contacts.new')}
      columns={columns}
      rows={rows}
      selectedId={typeof id === 'number' ? id : null}
      onOpen={open}
      onNew={() => go({ page: 'contacts', id: 'new' })}
      showArchived={{ value: showArchived, onChange: setShowArchived }}
      toolbarExtra={props.toolbarExtra}
      detail={detail}
      empty={
        <EmptyState
          icon={<ContactCardRegular />}
          title={t('contacts.emptyTitle')}
          body={t('contacts.emptyBody')}
          action={t('contacts.emptyAction')}
          onAction={() => go({ page: 'contacts', id: 'new' })}
        />
      }
    />
  );
}

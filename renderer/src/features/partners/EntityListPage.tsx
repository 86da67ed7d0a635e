import type { ColDef } from 'ag-grid-community';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { call } from '../../api';
import { EmptyState } from './EmptyState';
import { ListPage } from './ListPage';
import { useNavigation } from './navigation';

type ListChannel = 'organisations:list' | 'contacts:list' | 'networks:list';
type EntityPage = 'organisations' | 'contacts' | 'networks';

/**
 * What every partner list page shares: rows from its list channel (reloaded after a change),
 * the open record or the new-record form from the route, the empty state. The pages differ only
 * in columns, icon and which form and view they show.
 */
export function EntityListPage<K extends ListChannel>(props: {
  page: EntityPage;
  list: K;
  columns: ColDef<Output<K>[number]>[];
  icon: ReactNode;
  form: (p: { onSaved: (saved: { id: number }) => void; onCancel: () => void }) => ReactNode;
  view: (p: { id: number; onChanged: (deleted: boolean) => void; onClose: () => void }) => ReactNode;
  /** Runs with every reload, e.g. to refresh choices other forms offer. */
  onReload?: () => void;
  toolbarExtra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { route, go } = useNavigation();
  const { page, list, onReload } = props;
  const [showArchived, setShowArchived] = useState(false);
  const [rows, setRows] = useState<Output<K> | null>(null);

  const reload = useCallback(() => {
    onReload?.();
    // The three list channels take the same input; TypeScript cannot see that through the generic.
    return (call(list as ListChannel, { includeArchived: showArchived }) as Promise<Output<K>>).then(setRows, () =>
      setRows([] as Output<K>),
    );
  }, [list, showArchived, onReload]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const open = useCallback((id: number) => go({ page, id }), [go, page]);
  const close = useCallback(() => go({ page }), [go, page]);
  const startNew = useCallback(() => go({ page, id: 'new' }), [go, page]);
  const id = route.id;

  let detail: ReactNode = null;
  if (id === 'new')
    detail = props.form({
      onSaved: (saved) => {
        void reload();
        open(saved.id);
      },
      onCancel: close,
    });
  else if (typeof id === 'number')
    detail = props.view({
      id,
      onChanged: (deleted) => {
        void reload();
        if (deleted) close();
      },
      onClose: close,
    });

  return (
    <ListPage
      gridId={page}
      title={t(`${page}.title`)}
      newLabel={t(`${page}.new`)}
      columns={props.columns}
      rows={rows}
      selectedId={typeof id === 'number' ? id : null}
      onOpen={open}
      onNew={startNew}
      showArchived={{ value: showArchived, onChange: setShowArchived }}
      toolbarExtra={props.toolbarExtra}
      detail={detail}
      empty={
        <EmptyState
          icon={props.icon}
          title={t(`${page}.emptyTitle`)}
          body={t(`${page}.emptyBody`)}
          action={t(`${page}.emptyAction`)}
          onAction={startNew}
        />
      }
    />
  );
}

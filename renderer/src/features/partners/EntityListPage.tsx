import type { ColDef } from 'ag-grid-community';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { call } from '../../api';
import { EmptyState } from './EmptyState';
import { ListPage } from './ListPage';
import type { PageChannel } from './PagedGrid';
import { useNavigation } from './navigation';

type ListChannel = 'organisations:list' | 'contacts:list' | 'networks:list' | 'mentors:list' | 'mentees:list';
type EntityPage = 'organisations' | 'contacts' | 'networks' | 'mentors' | 'mentees';

/**
 * The list's switch for records normally left out. Partner lists hide archived records, the
 * mentor list hides ended mentors; `null` shows no switch (the mentee list). `input` makes the
 * list channel's input; define it once (outside the component) so the list does not reload on
 * every render.
 */
export type IncludeSwitch = { label: string; input: (on: boolean) => object } | null;

const includeArchived = (on: boolean) => ({ includeArchived: on });

/**
 * What every register list page shares: rows from its list channel (reloaded after a change),
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
  /** Where the page's texts live (`<texts>.title`, `.new`, `.emptyTitle`, …); the page name by default. */
  texts?: string;
  /** Defaults to the partner lists' "Show archived". */
  include?: IncludeSwitch;
  /** Serve the list one page at a time from this channel instead of loading it whole. */
  pageChannel?: PageChannel;
  /** What the page channel takes beside the grid's view (e.g. the mentees' `showNames`). */
  pageParams?: object;
}) {
  const { t } = useTranslation();
  const { route, go } = useNavigation();
  const { page, list, onReload, pageChannel } = props;
  const texts = props.texts ?? page;
  const include: IncludeSwitch =
    props.include === undefined ? { label: t('partners.showArchived'), input: includeArchived } : props.include;
  const toInput = include?.input;
  const [showArchived, setShowArchived] = useState(false);
  const [rows, setRows] = useState<Output<K> | null>(null);
  const [version, setVersion] = useState(0);

  const load = useCallback(() => {
    onReload?.();
    if (pageChannel) return Promise.resolve();
    // Each list channel takes the input its switch makes; TypeScript cannot see that through the generic.
    const input = toInput ? toInput(showArchived) : {};
    return (call(list as ListChannel, input as never) as Promise<Output<K>>).then(setRows, () => setRows([] as Output<K>));
  }, [list, toInput, showArchived, onReload, pageChannel]);
  useEffect(() => {
    void load();
  }, [load]);
  // After a change made here (a save): a paged grid loads its blocks anew, a whole list is read again.
  const reload = useCallback(() => {
    if (pageChannel) setVersion((v) => v + 1);
    return load();
  }, [load, pageChannel]);

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
      title={t(`${texts}.title`)}
      newLabel={t(`${texts}.new`)}
      columns={props.columns}
      rows={rows}
      selectedId={typeof id === 'number' ? id : null}
      onOpen={open}
      onNew={startNew}
      showArchived={include ? { value: showArchived, onChange: setShowArchived, label: include.label } : undefined}
      toolbarExtra={props.toolbarExtra}
      paged={pageChannel ? { channel: pageChannel, version, params: props.pageParams } : undefined}
      detail={detail}
      empty={
        <EmptyState
          icon={props.icon}
          title={t(`${texts}.emptyTitle`)}
          body={t(`${texts}.emptyBody`)}
          action={t(`${texts}.emptyAction`)}
          onAction={startNew}
        />
      }
    />
  );
}

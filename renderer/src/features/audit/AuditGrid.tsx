import { Button, Caption1, Link, makeStyles, Subtitle2, tokens, Tooltip } from '@fluentui/react-components';
import { DismissRegular, FilterRegular } from '@fluentui/react-icons';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter, AuditPageRow, AuditRow } from '../../../../shared/contract/audit';
import { currentLocale } from '../../i18n';
import { useNavigation } from '../partners/navigation';
import { PagedGrid } from '../partners/PagedGrid';
import { userName } from '../users/names';
import { actionText, detailsText, ENTITY_PAGES, entityText } from './audit-labels';

// The audit log's grid, served by core one page at a time (audit:page, keyset by seq): newest
// first, sortable by number and time; the filter fields above it go to core as `where`. Click or
// Enter on an entry shows it whole under the grid; the record link opens the record's page.

const useStyles = makeStyles({
  grid: { display: 'flex', height: 'min(62vh, 640px)', minHeight: '320px' },
  muted: { color: tokens.colorNeutralForeground3 },
  details: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  recordCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, height: '100%' },
  entry: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  entryHead: { gridColumn: '1 / -1', display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  entryDetails: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

type Open = (page: NonNullable<(typeof ENTITY_PAGES)[string]>, id: number) => void;

/** "Owner", "Ida Holm (removed)", or the id for actors with no users row. */
export function useActorText() {
  const { t } = useTranslation();
  return useCallback(
    (id: string, name: string | null, removed: boolean) => {
      const shown = name === null ? id : userName(t, { id, displayName: name });
      return removed ? t('audit.removedUser', { name: shown }) : shown;
    },
    [t],
  );
}

/** Which record an entry is about: a link to its page while it exists, "deleted" once it is gone. */
function RecordCell(props: { row: AuditRow; onOpen: Open; onOnly?: (row: AuditRow) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const r = props.row;
  if (!r.entity) return null;
  const label = `${entityText(t, r.entity)} ${r.entityLabel ?? (r.entityId ? `#${r.entityId}` : '')}`.trim();
  const page = ENTITY_PAGES[r.entity];
  return (
    <span className={styles.recordCell}>
      {page && r.entityExists && r.entityId ? (
        <Link onClick={() => props.onOpen(page, Number(r.entityId))} data-testid="audit-record-link">
          {label}
        </Link>
      ) : (
        <span>{label}</span>
      )}
      {r.entityExists === false && <span className={styles.muted}>({t('audit.recordGone')})</span>}
      {r.entityId && props.onOnly && (
        <Tooltip content={t('audit.showRecord')} relationship="label">
          <Button size="small" appearance="transparent" icon={<FilterRegular />} onClick={() => props.onOnly?.(r)} />
        </Tooltip>
      )}
    </span>
  );
}

/** An entry shown whole: what the grid's cells cut short (the details) and the record's link. */
function EntryDetail(props: { row: AuditPageRow; onOpen: Open; onClose: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const actorText = useActorText();
  const when = useMemo(() => new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeStyle: 'medium' }), []);
  const r = props.row;
  return (
    <section className={styles.entry} aria-label={t('audit.entry.title', { seq: r.seq })} data-testid="audit-entry">
      <div className={styles.entryHead}>
        <Subtitle2 as="h2">{t('audit.entry.title', { seq: r.seq })}</Subtitle2>
        <Tooltip content={t('audit.entry.close')} relationship="label">
          <Button appearance="subtle" icon={<DismissRegular />} onClick={props.onClose} data-testid="audit-entry-close" />
        </Tooltip>
      </div>
      <Caption1>{t('audit.columns.at')}</Caption1>
      <span>{when.format(new Date(r.at))}</span>
      <Caption1>{t('audit.columns.user')}</Caption1>
      <span>{actorText(r.actor, r.actorName, r.actorRemoved)}</span>
      <Caption1>{t('audit.columns.action')}</Caption1>
      <span data-testid="audit-entry-action">{actionText(t, r.action)}</span>
      {r.entity && (
        <>
          <Caption1>{t('audit.columns.record')}</Caption1>
          <RecordCell row={r} onOpen={props.onOpen} />
        </>
      )}
      <Caption1>{t('audit.columns.details')}</Caption1>
      <span className={styles.entryDetails}>{detailsText(r.details) || '—'}</span>
    </section>
  );
}

/** The log's grid and, under it, the entry last opened. */
export function AuditGrid(props: {
  where: AuditFilter;
  /** Changes when the log grew while the page is open (an export): the grid reloads. */
  version: number;
  onCount: (total: number) => void;
  onOnlyRecord: (row: AuditRow) => void;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const actorText = useActorText();
  const [open, setOpen] = useState<AuditPageRow | null>(null);
  const { onOnlyRecord, onCount } = props;
  const openRecord = useCallback<Open>((page, id) => go({ page, id }), [go]);
  const language = i18n.language;

  const columns = useMemo<ColDef<AuditPageRow>[]>(() => {
    const when = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'short', timeStyle: 'medium' });
    const fixed = { sortable: false, filter: false } as const;
    return [
      { colId: 'seq', field: 'seq', headerName: t('audit.columns.seq'), filter: false, flex: 0, width: 90, minWidth: 80 },
      {
        colId: 'at',
        field: 'at',
        headerName: t('audit.columns.at'),
        filter: false,
        flex: 1.5,
        minWidth: 180,
        valueFormatter: (p) => (p.value ? when.format(new Date(String(p.value))) : ''),
      },
      {
        colId: 'user',
        ...fixed,
        headerName: t('audit.columns.user'),
        valueGetter: (p) => (p.data ? actorText(p.data.actor, p.data.actorName, p.data.actorRemoved) : ''),
      },
      {
        colId: 'action',
        ...fixed,
        headerName: t('audit.columns.action'),
        flex: 2,
        minWidth: 180,
        valueGetter: (p) => (p.data ? actionText(t, p.data.action) : ''),
        cellRenderer: (p: ICellRendererParams<AuditPageRow, string>) => <span data-testid="audit-action-text">{p.value}</span>,
      },
      {
        colId: 'record',
        ...fixed,
        headerName: t('audit.columns.record'),
        flex: 1.8,
        minWidth: 170,
        valueGetter: (p) => (p.data?.entity ? `${entityText(t, p.data.entity)} ${p.data.entityLabel ?? p.data.entityId ?? ''}` : ''),
        cellRenderer: (p: ICellRendererParams<AuditPageRow>) =>
          p.data ? <RecordCell row={p.data} onOpen={openRecord} onOnly={onOnlyRecord} /> : null,
      },
      {
        colId: 'details',
        ...fixed,
        headerName: t('audit.columns.details'),
        flex: 1.5,
        cellClass: styles.details,
        valueGetter: (p) => (p.data ? detailsText(p.data.details) : ''),
      },
    ];
    // The labels follow the language; language is what changes them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, language, actorText, openRecord, onOnlyRecord, styles.details]);

  const onView = useCallback((total: number) => onCount(total), [onCount]);
  return (
    <>
      <div className={styles.grid} data-testid="audit-table">
        <PagedGrid<AuditPageRow>
          channel="audit:page"
          params={{ where: props.where }}
          version={props.version}
          columns={columns}
          quickFilter=""
          includeArchived={false}
          hidden={[]}
          selectedId={open?.id ?? null}
          onOpen={(_id, row) => setOpen(row)}
          onView={onView}
          label={t('audit.tableLabel')}
        />
      </div>
      {open && <EntryDetail row={open} onOpen={openRecord} onClose={() => setOpen(null)} />}
    </>
  );
}

import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { ArrowExportRegular, FilterRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AuditRow, ChainReport } from '../../../../shared/contract/audit';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { currentLocale } from '../../i18n';
import { baseName } from '../import/wizard-state';
import { useNavigation } from '../partners/navigation';
import { userName } from '../users/names';
import { AnchorFindingPanel } from './AnchorFindingPanel';
import { AuditFilters, EMPTY_DRAFT, toFilter, type Draft, type Facets } from './AuditFilters';
import { actionText, detailsText, ENTITY_PAGES, entityText, stamp } from './audit-labels';

const PAGE = 100;

type Chain = z.output<typeof ChainReport>;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '1200px' },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '75ch' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3, maxWidth: '75ch' },
  tableWrap: { overflowX: 'auto' },
  // Shares of the width, so "What" keeps room at 1000 px and in Finnish.
  seq: { width: '5%' },
  at: { width: '18%' },
  who: { width: '13%' },
  what: { width: '26%' },
  record: { width: '20%' },
  detailsCol: { width: '18%' },
  muted: { color: tokens.colorNeutralForeground3 },
  details: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  recordCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  paging: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/**
 * The audit log for administrators: every entry with who, what, when and which record; filters;
 * paging through any number of entries; the chain check; the CSV export for a data-protection
 * officer. Coordinators and read-only users are told that only an administrator can see it (core
 * refuses them either way).
 */
export function AuditPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const [facets, setFacets] = useState<Facets | null>(null);
  const [denied, setDenied] = useState(false);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; rows: AuditRow[] } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [chain, setChain] = useState<Chain | null>(null);
  const [checking, setChecking] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [saved, setSaved] = useState<{ rows: number; file: string } | null>(null);
  /** The audit row that records "Continue with this copy", once accepted. */
  const [acceptedAt, setAcceptedAt] = useState<number | null>(null);

  const filter = useMemo(() => toFilter(draft), [draft]);
  const actorText = (id: string, name: string | null, removed: boolean) => {
    const shown = name === null ? id : userName(t, { id, displayName: name });
    return removed ? t('audit.removedUser', { name: shown }) : shown;
  };
  const when = useMemo(() => new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'short', timeStyle: 'medium' }), []);
  const count = useMemo(() => new Intl.NumberFormat(currentLocale()), []);

  const loadFacets = useCallback(
    () =>
      call('audit:facets', {}).then(setFacets, (e: unknown) => {
        const err = asAppError(e);
        if (err.code === 'ROLE_NOT_ALLOWED') setDenied(true);
        else setError(err);
      }),
    [],
  );
  // Which filter and offset the shown page answers; while it differs from the asked one, a page is loading.
  const asked = JSON.stringify([filter, offset]);
  const [shown, setShown] = useState<string | null>(null);
  const loading = shown !== asked;
  const loadPage = useCallback(
    () =>
      call('audit:list', { filter, offset, limit: PAGE }).then(
        (result) => {
          setPage(result);
          setError(null);
          setShown(JSON.stringify([filter, offset]));
        },
        (e: unknown) => {
          const err = asAppError(e);
          if (err.code === 'ROLE_NOT_ALLOWED') setDenied(true);
          else setError(err);
          setShown(JSON.stringify([filter, offset]));
        },
      ),
    [filter, offset],
  );

  useEffect(() => {
    void loadFacets();
  }, [loadFacets]);
  useEffect(() => {
    void loadPage();
  }, [loadPage]);

  const set = (key: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value, ...(key === 'entity' && !value ? { entityId: '' } : {}) }));
    setOffset(0);
  };

  const checkChain = async () => {
    setChecking(true);
    setChain(null);
    setAcceptedAt(null);
    try {
      setChain(await call('audit:verify', {}));
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setChecking(false);
    }
  };

  const exportLog = async () => {
    setExporting(true);
    setSaved(null);
    try {
      const chosen = await call('shell:chooseSaveFile', {
        purpose: 'audit-export',
        suggestedName: `${t('audit.export.fileName')}-${stamp()}.csv`,
      });
      if (!chosen.path) return;
      const result = await call('audit:export', { filter, path: chosen.path });
      setSaved({ rows: result.rows, file: baseName(result.path) });
      // The export is itself an entry: show it.
      void loadFacets();
      void loadPage();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setExporting(false);
    }
  };

  if (denied)
    return (
      <div className={styles.page}>
        <Title2 as="h1">{t('audit.title')}</Title2>
        <MessageBar intent="info" data-testid="audit-admin-only">
          <MessageBarBody>{t('audit.adminOnly')}</MessageBarBody>
        </MessageBar>
      </div>
    );

  const rows = page?.rows ?? [];
  const total = page?.total ?? 0;

  return (
    <div className={styles.page} data-testid="audit-page">
      <Title2 as="h1">{t('audit.title')}</Title2>
      <Body1 className={styles.intro}>{t('audit.intro')}</Body1>

      <AuditFilters
        draft={draft}
        facets={facets}
        actorText={actorText}
        onChange={set}
        onClear={() => (setDraft(EMPTY_DRAFT), setOffset(0))}
      />

      <div className={styles.actions}>
        <Button
          icon={checking ? <Spinner size="tiny" /> : <ShieldCheckmarkRegular />}
          disabled={checking}
          onClick={() => void checkChain()}
          data-testid="audit-check"
        >
          {checking ? t('audit.check.running') : t('audit.check.button')}
        </Button>
        <Button
          icon={exporting ? <Spinner size="tiny" /> : <ArrowExportRegular />}
          disabled={exporting || total === 0}
          onClick={() => void exportLog()}
          data-testid="audit-export"
        >
          {exporting ? t('audit.export.running') : t('audit.export.button')}
        </Button>
      </div>
      <Caption1 className={styles.hint}>{t('audit.export.hint')}</Caption1>

      {chain?.anchor && (
        <AnchorFindingPanel
          finding={chain.anchor}
          onAccepted={(seq) => {
            // The check again, now passing, and the acceptance row in the list.
            void checkChain().then(() => setAcceptedAt(seq));
            void loadFacets();
            void loadPage();
          }}
        />
      )}
      {acceptedAt !== null && (
        <MessageBar intent="success" data-testid="audit-anchor-accepted" role="status">
          <MessageBarBody>{t('auditAnchor.accept.done', { seq: acceptedAt })}</MessageBarBody>
        </MessageBar>
      )}
      {chain && !(chain.ok && chain.anchor) && (
        <MessageBar intent={chain.ok ? 'success' : 'error'} data-testid="audit-chain-result" role={chain.ok ? 'status' : 'alert'}>
          <MessageBarBody>
            {chain.ok
              ? t('audit.check.ok', { rows: count.format(chain.rows) })
              : t('audit.check.broken', { seq: chain.brokenAt ?? '?', rows: count.format(chain.rows) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success" data-testid="audit-export-saved" role="status">
          <MessageBarBody>{t('audit.export.saved', { rows: count.format(saved.rows), file: saved.file })}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} />

      {page === null ? (
        <Spinner size="small" label={t('common.loading')} />
      ) : rows.length === 0 ? (
        <MessageBar intent="info" data-testid="audit-empty">
          <MessageBarBody>{t('audit.empty')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={styles.tableWrap}>
            <Table size="small" aria-label={t('audit.tableLabel')} data-testid="audit-table" aria-busy={loading}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.seq}>{t('audit.columns.seq')}</TableHeaderCell>
                  <TableHeaderCell className={styles.at}>{t('audit.columns.at')}</TableHeaderCell>
                  <TableHeaderCell className={styles.who}>{t('audit.columns.user')}</TableHeaderCell>
                  <TableHeaderCell className={styles.what}>{t('audit.columns.action')}</TableHeaderCell>
                  <TableHeaderCell className={styles.record}>{t('audit.columns.record')}</TableHeaderCell>
                  <TableHeaderCell className={styles.detailsCol}>{t('audit.columns.details')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.seq} data-testid={`audit-row-${r.seq}`}>
                    <TableCell>{r.seq}</TableCell>
                    <TableCell className={styles.at}>{when.format(new Date(r.at))}</TableCell>
                    <TableCell>{actorText(r.actor, r.actorName, r.actorRemoved)}</TableCell>
                    <TableCell data-testid="audit-action-text">{actionText(t, r.action)}</TableCell>
                    <TableCell>
                      <RecordCell row={r} onOpen={(page, id) => go({ page, id })} onOnly={() => onlyRecord(r)} />
                    </TableCell>
                    <TableCell className={styles.details}>{detailsText(r.details)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <div className={styles.paging}>
            <Button disabled={offset === 0 || loading} onClick={() => setOffset(Math.max(0, offset - PAGE))} data-testid="audit-previous">
              {t('audit.paging.previous')}
            </Button>
            <Body1 data-testid="audit-range" aria-live="polite">
              {t('audit.paging.range', {
                from: count.format(offset + 1),
                to: count.format(offset + rows.length),
                total: count.format(total),
              })}
            </Body1>
            <Button disabled={offset + PAGE >= total || loading} onClick={() => setOffset(offset + PAGE)} data-testid="audit-next">
              {t('audit.paging.next')}
            </Button>
          </div>
        </>
      )}
    </div>
  );

  function onlyRecord(r: AuditRow) {
    if (!r.entity || !r.entityId) return;
    setDraft({ ...EMPTY_DRAFT, entity: r.entity, entityId: r.entityId });
    setOffset(0);
  }
}

/** Which record an entry is about: a link to its page while it exists, "deleted" once it is gone. */
function RecordCell(props: {
  row: AuditRow;
  onOpen: (page: NonNullable<(typeof ENTITY_PAGES)[string]>, id: number) => void;
  onOnly: () => void;
}) {
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
      {r.entityId && (
        <Tooltip content={t('audit.showRecord')} relationship="label">
          <Button size="small" appearance="transparent" icon={<FilterRegular />} onClick={props.onOnly} />
        </Tooltip>
      )}
    </span>
  );
}

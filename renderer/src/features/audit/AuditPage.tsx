import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Title2, tokens } from '@fluentui/react-components';
import { ArrowExportRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AuditRow, ChainReport } from '../../../../shared/contract/audit';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { currentLocale } from '../../i18n';
import { baseName } from '../import/wizard-state';
import { AnchorFindingPanel } from './AnchorFindingPanel';
import { AuditFilters, EMPTY_DRAFT, toFilter, type Draft, type Facets } from './AuditFilters';
import { AuditGrid, useActorText } from './AuditGrid';
import { stamp } from './audit-labels';

type Chain = z.output<typeof ChainReport>;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '1200px' },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '75ch' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3, maxWidth: '75ch' },
});

/**
 * The audit log for administrators: every entry with who, what, when and which record; filters;
 * a grid served by core one page at a time (AuditGrid); the chain check; the CSV export for a data-protection
 * officer. Coordinators and read-only users are told that only an administrator can see it (core
 * refuses them either way).
 */
export function AuditPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [facets, setFacets] = useState<Facets | null>(null);
  const [denied, setDenied] = useState(false);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [total, setTotal] = useState<number | null>(null);
  // Bumped when the log grew under the open page (the export is itself an entry): the grid reloads.
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<AppError | null>(null);
  const [chain, setChain] = useState<Chain | null>(null);
  const [checking, setChecking] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [saved, setSaved] = useState<{ rows: number; file: string } | null>(null);
  /** The audit row that records "Continue with this copy", once accepted. */
  const [acceptedAt, setAcceptedAt] = useState<number | null>(null);

  const filter = useMemo(() => toFilter(draft), [draft]);
  const actorText = useActorText();
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
  useEffect(() => {
    void loadFacets();
  }, [loadFacets]);

  const set = (key: keyof Draft, value: string) =>
    setDraft((d) => ({ ...d, [key]: value, ...(key === 'entity' && !value ? { entityId: '' } : {}) }));
  const onlyRecord = useCallback((r: AuditRow) => {
    if (r.entity && r.entityId) setDraft({ ...EMPTY_DRAFT, entity: r.entity, entityId: r.entityId });
  }, []);

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
      setVersion((v) => v + 1);
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

  return (
    <div className={styles.page} data-testid="audit-page">
      <Title2 as="h1">{t('audit.title')}</Title2>
      <Body1 className={styles.intro}>{t('audit.intro')}</Body1>

      <AuditFilters draft={draft} facets={facets} actorText={actorText} onChange={set} onClear={() => setDraft(EMPTY_DRAFT)} />

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
          disabled={exporting || !total}
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
            setVersion((v) => v + 1);
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

      {total === 0 && (
        <MessageBar intent="info" data-testid="audit-empty">
          <MessageBarBody>{t('audit.empty')}</MessageBarBody>
        </MessageBar>
      )}
      <Body1 data-testid="audit-count" aria-live="polite">
        {total === null ? t('common.loading') : t('audit.count', { count: total, formatted: count.format(total) })}
      </Body1>
      <AuditGrid where={filter} version={version} onCount={setTotal} onOnlyRecord={onlyRecord} />
    </div>
  );
}

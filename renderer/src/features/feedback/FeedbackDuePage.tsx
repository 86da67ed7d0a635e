import { Body1, Button, makeStyles, Spinner, Title2, tokens } from '@fluentui/react-components';
import { DocumentArrowRightRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackDue } from '../../../../shared/contract/reports';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call, onEvent } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useCanWrite } from '../users/session';
import { BatchResult, type BatchState } from './BatchResult';
import { FeedbackDueTable } from './FeedbackDueTable';
import { FeedbackReportDialog } from './FeedbackReportDialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1280px' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Feedback due to referring partners, by the frequency each start agreement set: pick courses and
 * write their reports into one folder (each logged as a disclosure), or open one to check it first.
 */
export function FeedbackDuePage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const canWrite = useCanWrite();
  const [rows, setRows] = useState<FeedbackDue[] | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [open, setOpen] = useState<FeedbackDue | null>(null);
  const [batch, setBatch] = useState<BatchState>({ phase: 'idle' });
  // The rows as they were when the batch began: the summary names skipped courses by them.
  const [batchRows, setBatchRows] = useState<FeedbackDue[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const operation = useRef<string | null>(null);

  const load = useCallback(
    () =>
      call('reports:feedbackDue', {}).then(
        (list) => {
          setRows(list);
          // Every course that can be written is picked to begin with.
          setSelected(new Set(list.filter((r) => !r.blocked).map((r) => r.caseId)));
        },
        (e: unknown) => setError(asAppError(e)),
      ),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(
    () =>
      onEvent('progress', (p) => {
        if (p.operationId === operation.current)
          setBatch((b) => (b.phase === 'running' ? { phase: 'running', done: p.done, total: p.total } : b));
      }),
    [],
  );

  const chosen = (rows ?? []).filter((r) => selected.has(r.caseId) && !r.blocked).map((r) => r.caseId);
  const running = batch.phase === 'running';

  async function writeAll() {
    setError(null);
    try {
      const folder = await call('shell:chooseFolder', { purpose: 'reports' });
      if (!folder.dir) return;
      const operationId = crypto.randomUUID();
      operation.current = operationId;
      setBatchRows(rows ?? []);
      setBatch({ phase: 'running', done: 0, total: chosen.length });
      const summary = await call('reports:feedbackBatch', { caseIds: chosen, folder: folder.dir, operationId });
      setBatch({ phase: 'done', summary });
      await load();
    } catch (e) {
      setBatch({ phase: 'idle' });
      setError(asAppError(e));
    } finally {
      operation.current = null;
    }
  }

  return (
    <div className={styles.page} data-testid="feedback-due-page">
      <Title2 as="h1">{t('feedback.title')}</Title2>
      <ErrorBar error={error} testId="feedback-due-error" />
      {!rows && !error && <Spinner size="small" label={t('feedback.due.loading')} />}
      {rows && rows.length === 0 && (
        <Body1 className={styles.muted} data-testid="feedback-due-empty">
          {t('feedback.due.empty')}
        </Body1>
      )}
      {rows && rows.length > 0 && (
        <>
          <Body1>{t('feedback.due.intro')}</Body1>
          <FeedbackDueTable rows={rows} selected={selected} onSelect={setSelected} onOpen={setOpen} disabled={running || !canWrite} />
          {canWrite && rows.some((r) => !r.blocked) && (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                icon={<DocumentArrowRightRegular />}
                disabled={chosen.length === 0 || running}
                onClick={() => void writeAll()}
                data-testid="feedback-batch-write"
              >
                {t('feedback.due.write', { count: chosen.length })}
              </Button>
            </div>
          )}
        </>
      )}
      <BatchResult state={batch} rows={batchRows} />
      {open && (
        <FeedbackReportDialog
          caseId={open.caseId}
          onClose={(exported) => {
            setOpen(null);
            if (exported) void load();
          }}
        />
      )}
    </div>
  );
}

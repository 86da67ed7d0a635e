import { Body1, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ERROR_CODES } from '../../../../shared/errors';
import type { FeedbackBatchResult, FeedbackDue } from '../../../../shared/contract/reports';

export type BatchSummary = z.output<typeof FeedbackBatchResult>;

/** The batch as it runs (done of total) and when it is done. */
export type BatchState = { phase: 'idle' } | { phase: 'running'; done: number; total: number } | { phase: 'done'; summary: BatchSummary };

const BLOCKED = ['no-recipient', 'no-consent', 'not-yet-valid', 'expired', 'withdrawn'] as const;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, '& p': { margin: 0 } },
  running: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '560px' },
});

/** Why a course was skipped, in the interface language: a blocked reason or an error code from core. */
function useSkipReason() {
  const { t } = useTranslation();
  return (reason: string, org: string) => {
    if ((BLOCKED as readonly string[]).includes(reason)) return t(`feedback.blocked.${reason as (typeof BLOCKED)[number]}`, { org });
    if ((ERROR_CODES as readonly string[]).includes(reason)) return t(`errors.${reason as (typeof ERROR_CODES)[number]}`);
    return t('errors.INTERNAL');
  };
}

/** The progress bar while the batch runs; then how many were written where, and each skipped course with why. */
export function BatchResult(props: { state: BatchState; rows: FeedbackDue[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const skipReason = useSkipReason();
  const { state } = props;
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    const label = t('feedback.due.progress', { done: state.done, total: state.total });
    return (
      <div className={styles.running} data-testid="feedback-batch-running">
        <Field label={label} validationState="none">
          <ProgressBar
            value={state.total > 0 ? state.done / state.total : undefined}
            thickness="large"
            aria-label={label}
            data-testid="feedback-batch-progress"
          />
        </Field>
      </div>
    );
  }
  const { summary } = state;
  const byId = new Map(props.rows.map((r) => [r.caseId, r]));
  return (
    <MessageBar
      intent={summary.skipped.length > 0 ? 'warning' : 'success'}
      layout="multiline"
      role="status"
      data-testid="feedback-batch-summary"
    >
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t('feedback.due.summaryTitle')}</MessageBarTitle>
        <Body1 as="p" data-testid="feedback-batch-written">
          {summary.written.length > 0
            ? t('feedback.due.written', { count: summary.written.length, folder: summary.folder })
            : t('feedback.due.writtenNone')}
        </Body1>
        {summary.written.length > 0 && <Body1 as="p">{t('feedback.due.loggedNote')}</Body1>}
        {summary.skipped.length > 0 && (
          <>
            <Body1 as="p">{t('feedback.due.skipped', { count: summary.skipped.length })}</Body1>
            <ul className={styles.list} data-testid="feedback-batch-skipped">
              {summary.skipped.map((s) => {
                const row = byId.get(s.caseId);
                return (
                  <li key={s.caseId}>
                    {row ? `${row.menteeCode} ${row.menteeName}: ` : ''}
                    {skipReason(s.reason, row?.organisationName ?? '')}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

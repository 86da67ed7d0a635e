import { Body1, Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { formatNumber } from './format';
import { SummaryView } from './SummaryView';
import type { Summary } from './wizard-state';

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; cancelling: boolean }
  | { phase: 'finished'; summary: Summary }
  | { phase: 'cancelled' | 'failed'; error: AppError };

const useStyles = makeStyles({
  running: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  cancel: { alignSelf: 'flex-start' },
});

/** Step 5: the progress bar and Cancel while core writes, then the summary or a plain "nothing was imported". */
export function RunStep(props: {
  state: RunState;
  sourcePath: string | null;
  onCancel: () => void;
  onReviewDuplicates?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const s = props.state;
  if (s.phase === 'running') {
    const label = t('import.running', { done: formatNumber(s.done), total: formatNumber(s.total) });
    return (
      <div className={styles.running} data-testid="import-running">
        <Field label={label}>
          <ProgressBar value={s.total > 0 ? s.done / s.total : undefined} thickness="large" />
        </Field>
        <Body1>{t('import.runningHint')}</Body1>
        <Button className={styles.cancel} disabled={s.cancelling} onClick={props.onCancel} data-testid="import-cancel">
          {s.cancelling ? t('import.cancelling') : t('import.cancelImport')}
        </Button>
      </div>
    );
  }
  if (s.phase === 'cancelled' || s.phase === 'failed') {
    return (
      <MessageBar intent={s.phase === 'cancelled' ? 'warning' : 'error'} data-testid={`import-${s.phase}`} role="alert">
        <MessageBarBody>
          {s.phase === 'cancelled' ? t('import.cancelled') : `${t('import.failed')} ${t(`errors.${s.error.code}`)}`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (s.phase === 'finished')
    return <SummaryView summary={s.summary} sourcePath={props.sourcePath} onReviewDuplicates={props.onReviewDuplicates} />;
  return null;
}

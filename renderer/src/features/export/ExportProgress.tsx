import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../import/format';
import type { ExportRunState } from './use-export-run';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, minWidth: '280px' },
  bar: { flex: 1 },
});

/** The progress bar of a running export, with its Cancel button. */
export function ExportProgress(props: { state: ExportRunState; onCancel: () => void; testId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { done, total, cancelling } = props.state;
  const label =
    total > 0 ? t('exportProgress.writing', { done: formatNumber(done), total: formatNumber(total) }) : t('exportProgress.preparing');
  return (
    <div className={styles.root} data-testid={props.testId}>
      <Field className={styles.bar} label={label} validationState="none">
        <ProgressBar value={total > 0 ? done / total : undefined} thickness="large" aria-label={t('exportProgress.label')} />
      </Field>
      <Button disabled={cancelling} onClick={props.onCancel} data-testid={`${props.testId}-cancel`}>
        {cancelling ? t('exportProgress.cancelling') : t('exportProgress.cancel')}
      </Button>
    </div>
  );
}

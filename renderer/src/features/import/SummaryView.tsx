import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { Counts } from './Counts';
import { formatNumber } from './format';
import { baseName, problemText, type Summary } from './wizard-state';

const useStyles = makeStyles({
  scroll: {
    maxHeight: '260px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  caption: { textAlign: 'start', padding: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  rowNo: { width: '80px' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Rows listed on screen; the error file holds all of them. */
const SHOWN_REJECTED = 300;

/** The import's result: the numbers, the rejected rows with row number and reason, and the error file. */
export function SummaryView(props: { summary: Summary; sourcePath: string | null; onReviewDuplicates?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const s = props.summary;
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const reason = (r: Summary['rejected'][number]) => problemText(t, r);

  const saveErrors = async () => {
    if (!props.sourcePath) return;
    setSaving(true);
    setError(null);
    setSaved(null);
    try {
      const stem = baseName(props.sourcePath).replace(/\.[^.]*$/, '');
      const chosen = await call('shell:chooseSaveFile', {
        purpose: 'import-errors',
        suggestedName: `${stem}-${t('import.errorFileName')}`,
      });
      if (!chosen.path) return;
      await call('import:errorFile', {
        source: props.sourcePath,
        out: chosen.path,
        rows: s.rejected.map((r) => ({ row: r.row, reason: reason(r) })),
      });
      setSaved(baseName(chosen.path));
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <MessageBar intent="success" data-testid="import-finished">
        <MessageBarBody>{t('import.finished')}</MessageBarBody>
      </MessageBar>
      {s.possibleDuplicates.length > 0 && (
        <MessageBar intent="warning" data-testid="import-possible-duplicates">
          <MessageBarBody>{t('duplicateReview.summary', { count: s.possibleDuplicates.length })}</MessageBarBody>
          {props.onReviewDuplicates && (
            <MessageBarActions>
              <Button onClick={props.onReviewDuplicates} data-testid="import-review-duplicates">
                {t('duplicateReview.review')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <Counts
        testId="import-summary"
        items={[
          ['rowsRead', t('import.summary.rowsRead'), s.rowsRead],
          ['created', t('import.summary.created'), s.created],
          ['updated', t('import.summary.updated'), s.updated],
          ['skippedDuplicates', t('import.summary.skippedDuplicates'), s.skippedDuplicates],
          ['rejected', t('import.summary.rejected'), s.rejected.length],
          ...(s.organisationsCreated > 0
            ? [['organisationsCreated', t('import.summary.organisationsCreated'), s.organisationsCreated] as [string, string, number]]
            : []),
        ]}
      />
      {s.rejected.length > 0 && (
        <>
          <div className={styles.scroll} tabIndex={0} role="region" aria-label={t('import.rejectedCaption')}>
            <Table size="small" data-testid="import-rejected">
              <caption className={styles.caption}>{t('import.rejectedCaption')}</caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.rowNo}>{t('import.rowNumber')}</TableHeaderCell>
                  <TableHeaderCell>{t('import.remarks')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {s.rejected.slice(0, SHOWN_REJECTED).map((r) => (
                  <TableRow key={r.row}>
                    <TableCell className={styles.rowNo}>{r.row}</TableCell>
                    <TableCell>{reason(r)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {s.rejected.length > SHOWN_REJECTED && <span>{t('import.rejectedMore', { total: formatNumber(s.rejected.length) })}</span>}
          <div className={styles.actions}>
            <Button icon={<SaveRegular />} disabled={saving} onClick={() => void saveErrors()} data-testid="import-save-errors">
              {t('import.saveErrors')}
            </Button>
            {saving && <Spinner size="tiny" />}
          </div>
          {saved && (
            <MessageBar intent="success" data-testid="import-errors-saved">
              <MessageBarBody>{t('import.errorsSaved', { file: saved })}</MessageBarBody>
            </MessageBar>
          )}
          <ErrorBar error={error} testId="import-errors-error" />
        </>
      )}
    </>
  );
}

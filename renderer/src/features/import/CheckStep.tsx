import {
  Body1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Counts } from './Counts';
import { formatNumber } from './format';
import { duplicateText, possibleDuplicateText, problemText, type Check, type DuplicateAction } from './wizard-state';

const useStyles = makeStyles({
  scroll: {
    maxHeight: '320px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  caption: { textAlign: 'start', padding: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  rowNo: { width: '64px' },
  action: { width: '190px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  remarks: { display: 'flex', flexDirection: 'column' },
});

const ACTIONS: DuplicateAction[] = ['skip', 'update', 'create'];

/** Step 4: what will happen, with a choice for every duplicate. Nothing is written yet. */
export function CheckStep(props: {
  check: Check;
  policy: DuplicateAction;
  onPolicy: (policy: DuplicateAction) => void;
  overrides: Record<number, DuplicateAction>;
  onOverride: (overrides: Record<number, DuplicateAction>) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { counts } = props.check;
  const attention = props.check.rows.filter((r) => r.problems.length > 0 || r.duplicate || r.possibleDuplicate);
  const duplicates = counts.duplicatesInFile + counts.duplicatesInRegister;

  const setOverride = (row: number, value: string) => {
    const next = { ...props.overrides };
    if (value === 'default') delete next[row];
    else next[row] = value as DuplicateAction;
    props.onOverride(next);
  };

  return (
    <>
      <Body1>{t('import.checkIntro')}</Body1>
      <Counts
        testId="import-counts"
        items={[
          ['rows', t('import.counts.rows'), counts.rows],
          ['rejected', t('import.counts.rejected'), counts.rejected],
          ['warnings', t('import.counts.warnings'), counts.warnings],
          ['duplicatesInFile', t('import.counts.duplicatesInFile'), counts.duplicatesInFile],
          ['duplicatesInRegister', t('import.counts.duplicatesInRegister'), counts.duplicatesInRegister],
          ['possibleDuplicates', t('duplicateReview.countLabel'), counts.possibleDuplicates],
          ['newOrganisations', t('import.counts.newOrganisations'), counts.newOrganisations],
        ]}
      />
      {counts.possibleDuplicates > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="import-possible-note">
          <MessageBarBody>{t('duplicateReview.importNote', { count: counts.possibleDuplicates })}</MessageBarBody>
        </MessageBar>
      )}
      {duplicates > 0 && (
        <Field label={t('import.policyLabel')}>
          <RadioGroup value={props.policy} onChange={(_e, d) => props.onPolicy(d.value as DuplicateAction)} data-testid="import-policy">
            {ACTIONS.map((a) => (
              <Radio key={a} value={a} label={t(`import.policy.${a}`)} data-testid={`policy-${a}`} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {attention.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('import.noRemarks')}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={t('import.remarksCaption')}>
          <Table size="small" data-testid="import-remarks">
            <caption className={styles.caption}>{t('import.remarksCaption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.rowNo}>{t('import.rowNumber')}</TableHeaderCell>
                <TableHeaderCell>{t('import.name')}</TableHeaderCell>
                <TableHeaderCell>{t('import.remarks')}</TableHeaderCell>
                <TableHeaderCell className={styles.action}>{t('import.action')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {attention.map((r) => {
                const rejected = r.problems.some((p) => p.severity === 'error');
                return (
                  <TableRow key={r.row} data-testid={`remark-row-${r.row}`}>
                    <TableCell className={styles.rowNo}>{r.row}</TableCell>
                    <TableCell>{r.values.name ?? ''}</TableCell>
                    <TableCell>
                      <div className={styles.remarks}>
                        {r.problems.map((p, i) => (
                          <span key={i} className={p.severity === 'error' ? styles.error : undefined}>
                            {problemText(t, p)}
                          </span>
                        ))}
                        {r.duplicate && <span>{duplicateText(t, r)}</span>}
                        {r.possibleDuplicate && <span>{possibleDuplicateText(t, r)}</span>}
                      </div>
                    </TableCell>
                    <TableCell className={styles.action}>
                      {rejected ? (
                        <span className={styles.error}>{t('import.willBeRejected')}</span>
                      ) : r.duplicate ? (
                        <Select
                          size="small"
                          value={props.overrides[r.row] ?? 'default'}
                          onChange={(_e, d) => setOverride(r.row, d.value)}
                          aria-label={t('import.actionFor', { row: r.row })}
                          data-testid={`row-action-${r.row}`}
                        >
                          <option value="default">{t('import.perRow.default')}</option>
                          {ACTIONS.map((a) => (
                            <option key={a} value={a}>
                              {t(`import.perRow.${a}`)}
                            </option>
                          ))}
                        </Select>
                      ) : r.possibleDuplicate ? (
                        <span>{t('duplicateReview.willReview')}</span>
                      ) : null}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {/* Core sends rows that need attention first: only when all it sent need attention can more be missing. */}
      {!props.check.complete && attention.length > 0 && attention.length === props.check.rows.length && (
        <Body1 data-testid="import-partial">{t('import.partial', { shown: formatNumber(attention.length) })}</Body1>
      )}
    </>
  );
}

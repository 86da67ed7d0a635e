import {
  Badge,
  Checkbox,
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FeedbackDue } from '../../../../shared/contract/reports';
import { dateText } from '../cases/case/case-format';
import { today } from '../partners/labels';

const useStyles = makeStyles({
  check: { width: '44px' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalS },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  due: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // A reason of two words wraps inside its badge instead of spilling out of it.
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', paddingTop: '1px', paddingBottom: '1px' },
});

/**
 * The courses whose feedback is due: a box to pick each for the batch (blocked ones cannot be
 * picked), and the mentee's name opens the course's report.
 */
export function FeedbackDueTable(props: {
  rows: FeedbackDue[];
  selected: ReadonlySet<number>;
  onSelect: (next: Set<number>) => void;
  onOpen: (row: FeedbackDue) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const now = today();
  const selectable = props.rows.filter((r) => !r.blocked);
  const chosen = selectable.filter((r) => props.selected.has(r.caseId)).length;
  const all = chosen === 0 ? false : chosen === selectable.length ? true : 'mixed';

  const toggle = (caseId: number, on: boolean) => {
    const next = new Set(props.selected);
    if (on) next.add(caseId);
    else next.delete(caseId);
    props.onSelect(next);
  };

  return (
    <Table size="small" aria-label={t('feedback.due.tableLabel')} data-testid="feedback-due-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.check}>
            <Checkbox
              checked={all}
              disabled={props.disabled || selectable.length === 0}
              onChange={(_e, d) => props.onSelect(new Set(d.checked ? selectable.map((r) => r.caseId) : []))}
              aria-label={t('feedback.due.selectAll')}
              data-testid="feedback-due-all"
            />
          </TableHeaderCell>
          <TableHeaderCell>{t('feedback.due.mentee')}</TableHeaderCell>
          <TableHeaderCell>{t('feedback.due.partner')}</TableHeaderCell>
          <TableHeaderCell>{t('feedback.due.contact')}</TableHeaderCell>
          <TableHeaderCell>{t('feedback.due.frequency')}</TableHeaderCell>
          <TableHeaderCell>{t('feedback.due.lastSent')}</TableHeaderCell>
          <TableHeaderCell>{t('feedback.due.dueOn')}</TableHeaderCell>
          <TableHeaderCell>{t('feedback.due.state')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((r) => {
          const overdue = r.dueOn < now;
          return (
            <TableRow key={r.caseId} data-testid={`feedback-due-${r.caseId}`}>
              <TableCell className={styles.check}>
                <Checkbox
                  checked={props.selected.has(r.caseId)}
                  disabled={props.disabled || r.blocked !== null}
                  onChange={(_e, d) => toggle(r.caseId, d.checked === true)}
                  aria-label={t('feedback.due.selectRow', { code: r.menteeCode })}
                  data-testid={`feedback-due-select-${r.caseId}`}
                />
              </TableCell>
              <TableCell>
                <span className={styles.code}>{r.menteeCode}</span>
                <Link
                  onClick={() => props.onOpen(r)}
                  title={t('feedback.due.open', { code: r.menteeCode })}
                  data-testid={`feedback-due-open-${r.caseId}`}
                >
                  {r.menteeName}
                </Link>
              </TableCell>
              <TableCell>{r.organisationName}</TableCell>
              <TableCell>{r.contactName}</TableCell>
              <TableCell>{t(`mentoring.feedbackFrequency.${r.frequency}`)}</TableCell>
              <TableCell>
                {r.lastSentOn ? dateText(r.lastSentOn) : <span className={styles.muted}>{t('feedback.due.never')}</span>}
              </TableCell>
              <TableCell>
                <span className={styles.due}>
                  <span className={overdue ? styles.overdue : undefined}>{dateText(r.dueOn)}</span>
                  {overdue && (
                    <Badge appearance="tint" color="danger" size="small" data-testid="feedback-due-overdue">
                      {t('feedback.due.overdue')}
                    </Badge>
                  )}
                </span>
              </TableCell>
              <TableCell data-testid="feedback-due-state">
                {r.blocked ? (
                  <Badge appearance="tint" color="warning" className={styles.badge}>
                    {t(`feedback.due.blocked.${r.blocked}`)}
                  </Badge>
                ) : (
                  t('feedback.due.ready')
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

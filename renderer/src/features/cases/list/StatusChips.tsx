import { makeStyles, tokens, ToggleButton } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../../shared/contract/mentoring-schemas';
import { currentLocale } from '../../../i18n';

const useStyles = makeStyles({
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  count: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightRegular },
});

/** One status at a time, or all: a row of pressed/unpressed buttons with the count of each. */
export function StatusChips(props: {
  statuses: readonly CaseStatus[];
  counts: Record<CaseStatus, number>;
  total: number;
  value: CaseStatus | null;
  onChange: (status: CaseStatus | null) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const number = new Intl.NumberFormat(currentLocale());
  const chip = (status: CaseStatus | null, label: string, count: number) => (
    <ToggleButton
      key={status ?? 'all'}
      size="small"
      shape="circular"
      checked={props.value === status}
      onClick={() => props.onChange(status)}
      data-testid={`status-chip-${status ?? 'all'}`}
    >
      {label}
      <span className={styles.count}>{number.format(count)}</span>
    </ToggleButton>
  );
  return (
    <div className={styles.chips} role="group" aria-label={t('cases.list.statusFilter')}>
      {chip(null, t('cases.list.allStatuses'), props.total)}
      {props.statuses.map((s) => chip(s, t(`mentoring.caseStatus.${s}`), props.counts[s]))}
    </div>
  );
}

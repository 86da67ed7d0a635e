import { makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber } from './format';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
});

/** A row of labelled numbers (a definition list, so screen readers pair each label with its number). */
export function Counts(props: { items: [key: string, label: string, value: number][]; testId: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} data-testid={props.testId}>
      {props.items.map(([key, label, value]) => (
        <div key={key} className={styles.item} data-testid={`${props.testId}-${key}`}>
          <dt className={styles.label}>{label}</dt>
          <dd className={styles.value}>{formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

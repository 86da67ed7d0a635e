import { Button, CounterBadge, makeStyles, mergeClasses, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How many rows a section shows before "Show all": enough for a normal week, quick with thousands. */
export const FIRST_ROWS = 50;

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  long: { maxHeight: '480px', overflowY: 'auto' },
  empty: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} 0`,
    color: tokens.colorNeutralForeground2,
  },
  emptyIcon: { fontSize: '20px', color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  more: { alignSelf: 'flex-start' },
});

/**
 * One block of the week: a heading with its count, a reassuring line when there is nothing to
 * do, else the first 50 rows and a button to show the rest.
 */
export function WeekSection<T>(props: {
  title: string;
  hint?: string;
  empty: string;
  items: T[];
  row: (item: T) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const count = props.items.length;
  const shown = all ? props.items : props.items.slice(0, FIRST_ROWS);

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={props.testId}>
      <Subtitle2 as="h2" id={headingId} className={styles.head}>
        {props.title}
        <CounterBadge
          count={count}
          showZero
          overflowCount={99999}
          appearance="filled"
          color="informative"
          data-testid={`${props.testId}-count`}
        />
      </Subtitle2>
      {props.hint && <Text className={styles.hint}>{props.hint}</Text>}
      {count === 0 ? (
        <Text className={styles.empty} data-testid={`${props.testId}-empty`}>
          <CheckmarkCircleRegular className={styles.emptyIcon} aria-hidden />
          {props.empty}
        </Text>
      ) : (
        <ul className={mergeClasses(styles.list, all && count > FIRST_ROWS && styles.long)}>{shown.map(props.row)}</ul>
      )}
      {count > FIRST_ROWS && (
        <Button
          appearance="secondary"
          size="small"
          className={styles.more}
          onClick={() => setAll(!all)}
          data-testid={`${props.testId}-more`}
        >
          {all ? t('week.showFirst', { count: FIRST_ROWS }) : t('week.showAll', { count })}
        </Button>
      )}
    </section>
  );
}

import { Button, Caption1, CounterBadge, makeStyles, mergeClasses, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { WEEK_PAGE, type WeekCursor } from '../../../../shared/contract/week-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { currentLocale } from '../../i18n';

/** How many rows a section shows first (what core sends with the week): enough for a normal week, quick with thousands. */
export const FIRST_ROWS = WEEK_PAGE;

type Cursor = z.output<typeof WeekCursor>;
/** A section as core sends it: its count, rows, and where the next rows start (null: no more). */
export interface SectionPart<T> {
  total: number;
  rows: T[];
  next: Cursor | null;
}

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
  foot: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  shown: { color: tokens.colorNeutralForeground3 },
});

/**
 * One block of the week: a heading with its count, a reassuring line when there is nothing to
 * do, else the first rows core sent and a button that asks core for the next ones.
 */
export function WeekSection<T>(props: {
  title: string;
  hint?: string;
  empty: string;
  part: SectionPart<T>;
  /** The rows after `after`, from core. */
  more: (after: Cursor) => Promise<SectionPart<T>>;
  row: (item: T) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const [loaded, setLoaded] = useState<SectionPart<T>>(props.part);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const { total, rows, next } = loaded;
  const number = new Intl.NumberFormat(currentLocale());

  const showMore = () => {
    if (!next || busy) return;
    setBusy(true);
    props.more(next).then(
      (page) => {
        setLoaded((was) => ({ total: page.total, rows: [...was.rows, ...page.rows], next: page.next }));
        setError(null);
        setBusy(false);
      },
      (e: unknown) => {
        setError(asAppError(e));
        setBusy(false);
      },
    );
  };

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={props.testId}>
      <Subtitle2 as="h2" id={headingId} className={styles.head}>
        {props.title}
        <CounterBadge
          count={total}
          showZero
          overflowCount={999999}
          appearance="filled"
          color="informative"
          data-testid={`${props.testId}-count`}
        />
      </Subtitle2>
      {props.hint && <Text className={styles.hint}>{props.hint}</Text>}
      {rows.length === 0 ? (
        <Text className={styles.empty} data-testid={`${props.testId}-empty`}>
          <CheckmarkCircleRegular className={styles.emptyIcon} aria-hidden />
          {props.empty}
        </Text>
      ) : (
        <ul className={mergeClasses(styles.list, rows.length > FIRST_ROWS && styles.long)}>{rows.map(props.row)}</ul>
      )}
      <ErrorBar error={error} testId={`${props.testId}-error`} />
      {(next !== null || rows.length > FIRST_ROWS) && (
        <div className={styles.foot}>
          <Caption1 className={styles.shown} data-testid={`${props.testId}-shown`}>
            {t('week.shownOf', { shown: number.format(rows.length), total: number.format(total) })}
          </Caption1>
          {next !== null && (
            <Button appearance="secondary" size="small" onClick={showMore} disabled={busy} data-testid={`${props.testId}-more`}>
              {t('week.showMore', { count: Math.max(1, Math.min(FIRST_ROWS, total - rows.length)) })}
            </Button>
          )}
          {rows.length > FIRST_ROWS && (
            <Button
              appearance="subtle"
              size="small"
              onClick={() => setLoaded((was) => ({ ...props.part, total: was.total }))}
              data-testid={`${props.testId}-fewer`}
            >
              {t('week.showFirst', { count: FIRST_ROWS })}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { BoardCard, type Translate } from './BoardCard';
import { CARD_LIMIT, type BoardCard as Card } from './board-model';

const FIRST_PAINT = 24;

const useStyles = makeStyles({
  column: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: '140px',
    flex: '1 1 0',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusLarge,
  },
  head: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: '56px',
    boxSizing: 'border-box',
  },
  title: {
    margin: 0,
    minWidth: 0,
    overflowWrap: 'anywhere',
    hyphens: 'auto',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  count: {
    flexShrink: 0,
    paddingTop: '2px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: 'tabular-nums',
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    overflowY: 'auto',
    flex: 1,
    minHeight: 0,
  },
  empty: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, padding: `0 ${tokens.spacingHorizontalS}` },
  more: { margin: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
});

/**
 * One status on the board: its name and count, then the cards. Only the first CARD_LIMIT cards
 * are drawn until "show all" is pressed, so a column of thousands stays quick.
 */
export function BoardColumn(props: {
  status: string;
  title: string;
  cards: Card[];
  quietDays: number;
  /** The board's cached translate function, handed to every card. */
  tr: Translate;
  onOpen: (id: number) => void;
  onMenu: ((card: Card, target: HTMLElement) => void) | null;
  headerExtra?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const titleId = useId();
  const [all, setAll] = useState(false);
  const language = i18n.language;
  const number = useMemo(() => new Intl.NumberFormat(currentLocale()), [language]); // eslint-disable-line react-hooks/exhaustive-deps
  // One formatter per language, and a stable function, so the memoised cards do not redraw.
  const formatDate = useMemo(() => {
    // Day and month; the year too when it is not this year's.
    const date = new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month: 'short' });
    const withYear = new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month: 'short', year: 'numeric' });
    const year = String(new Date().getFullYear());
    return (iso: string) => (iso.startsWith(year) ? date : withYear).format(new Date(`${iso.slice(0, 10)}T12:00:00`));
  }, [language]); // eslint-disable-line react-hooks/exhaustive-deps
  const shown = useMemo(() => (all ? props.cards : props.cards.slice(0, CARD_LIMIT)), [all, props.cards]);
  // The first cards paint at once; the rest follow in an interruptible background render, so
  // the board appears quickly and typing in the filter stays smooth with thousands of courses.
  const visible = useDeferredValue(shown, shown.slice(0, FIRST_PAINT));
  return (
    <section className={styles.column} aria-labelledby={titleId} data-testid={`board-column-${props.status}`} data-column={props.status}>
      <div className={styles.head}>
        <h2 className={styles.title} id={titleId}>
          {props.title}
        </h2>
        <span
          className={styles.count}
          data-testid={`board-count-${props.status}`}
          aria-label={t('cases.board.count', { count: props.cards.length })}
        >
          {number.format(props.cards.length)}
        </span>
        {props.headerExtra}
      </div>
      {props.cards.length === 0 ? (
        <span className={styles.empty}>{t('cases.board.emptyColumn')}</span>
      ) : (
        <ul className={styles.list} aria-labelledby={titleId}>
          {visible.map((card) => (
            <BoardCard
              key={card.row.id}
              card={card}
              quietDays={props.quietDays}
              t={props.tr}
              formatDate={formatDate}
              onOpen={props.onOpen}
              onMenu={props.onMenu}
            />
          ))}
          {!all && props.cards.length > CARD_LIMIT && (
            <li style={{ listStyle: 'none' }}>
              <Button
                className={styles.more}
                appearance="secondary"
                onClick={() => setAll(true)}
                data-testid={`board-show-all-${props.status}`}
              >
                {t('cases.board.showAll', { count: props.cards.length, total: number.format(props.cards.length) })}
              </Button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CalendarRegular, ClockRegular, MoreHorizontalRegular, PersonRegular, WarningFilled } from '@fluentui/react-icons';
import { memo, type ReactNode } from 'react';
import type { BoardCard as Card } from './board-model';
import { mentorName } from '../../erasure/mentor-name';

const useStyles = makeStyles({
  card: {
    position: 'relative',
    display: 'flex',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    listStyle: 'none',
    // A column can hold thousands of cards after "show all": the ones out of view are not laid out.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 88px',
  },
  attention: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  open: {
    flex: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '2px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    textAlign: 'start',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  code: {
    paddingRight: '28px',
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
  },
  line: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '4px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    maxWidth: '100%',
  },
  icon: { flexShrink: 0, fontSize: '14px', marginTop: '1px' },
  // Read by screen readers, not shown: the card shows "12 days", a screen reader says "12 days in this status".
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  flag: {
    display: 'flex',
    alignItems: 'center',
    gap: '4px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  move: {
    position: 'absolute',
    top: '4px',
    right: '4px',
    width: '28px',
    height: '28px',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    border: 'none',
    background: 'none',
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    fontSize: '18px',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** i18next's t, or a cached stand-in for it: a board draws the same few texts on hundreds of cards. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Remembers each translated text (key and options) until the language changes. */
export function cachedTranslate(t: Translate): Translate {
  const cache = new Map<string, string>();
  return (key, options) => {
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let text = cache.get(id);
    if (text === undefined) {
      text = t(key, options);
      cache.set(id, text);
    }
    return text;
  };
}

/**
 * A course on the board: mentee code, mentor, days in the status, last meeting, and a mark when
 * it needs attention. Plain buttons, not Fluent cards: a column can hold hundreds of these.
 */
export const BoardCard = memo(function BoardCard(props: {
  card: Card;
  quietDays: number;
  t: Translate;
  formatDate: (iso: string) => string;
  onOpen: (id: number) => void;
  onMenu: ((card: Card, target: HTMLElement) => void) | null;
}) {
  const styles = useStyles();
  const { t } = props;
  const { row, days, attention } = props.card;
  const mentor = mentorName(t, row.mentorName, row.mentorAnonymised);
  const flag =
    attention === 'long-wait'
      ? t('cases.board.longWait')
      : attention === 'quiet'
        ? t('cases.board.quiet', { count: props.quietDays })
        : null;
  return (
    <li
      className={mergeClasses(styles.card, attention !== null && styles.attention)}
      data-testid={`board-card-${row.id}`}
      data-card={row.id}
    >
      <button
        type="button"
        className={styles.open}
        onClick={() => props.onOpen(row.id)}
        data-card-open=""
        data-testid={`board-open-${row.id}`}
      >
        <span className={styles.code}>{row.menteeCode}</span>
        {mentor && <Line icon={<PersonRegular />} short={mentor} full={t('cases.board.mentor', { name: mentor })} />}
        {row.status === 'closed' ? (
          <Line icon={<ClockRegular />} short={t('cases.board.closedDays', { count: days })} />
        ) : (
          <Line icon={<ClockRegular />} short={t('cases.board.daysShort', { count: days })} full={t('cases.board.days', { count: days })} />
        )}
        {(row.status === 'matched' || row.status === 'active' || row.status === 'paused') &&
          (row.lastMeeting ? (
            <Line
              icon={<CalendarRegular />}
              short={props.formatDate(row.lastMeeting)}
              full={t('cases.board.lastMeeting', { date: props.formatDate(row.lastMeeting) })}
            />
          ) : (
            <Line icon={<CalendarRegular />} short={t('cases.board.noMeeting')} />
          ))}
        {row.status === 'closed' && row.outcome && <span className={styles.line}>{t(`mentoring.outcome.${row.outcome}`)}</span>}
        {flag && (
          <span className={styles.flag}>
            <WarningFilled aria-hidden />
            {flag}
          </span>
        )}
      </button>
      {props.onMenu && (
        <button
          type="button"
          className={styles.move}
          aria-label={t('cases.board.moveLabel', { code: row.menteeCode })}
          aria-haspopup="menu"
          title={t('cases.board.move')}
          data-card-move=""
          data-testid={`board-move-${row.id}`}
          onClick={(e) => props.onMenu?.(props.card, e.currentTarget)}
        >
          <MoreHorizontalRegular />
        </button>
      )}
    </li>
  );
});

/** A line of a card: an icon and a short text, with a fuller wording for screen readers when there is one. */
function Line(props: { icon: ReactNode; short: string; full?: string }) {
  const styles = useStyles();
  return (
    <span className={styles.line}>
      <span className={styles.icon} aria-hidden>
        {props.icon}
      </span>
      {props.full ? (
        <>
          <span aria-hidden>{props.short}</span>
          <span className={styles.hidden}>{props.full}</span>
        </>
      ) : (
        props.short
      )}
    </span>
  );
}

import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarAddRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { WeekFollowUp, WeekMeeting, WeekQuiet, WeekWaiting } from '../../../../shared/contract/week-schemas';
import { currentLocale } from '../../i18n';
import { dayLabel, shortDate } from './week-dates';
import { mentorName } from '../erasure/mentor-name';

export type MeetingItem = z.output<typeof WeekMeeting>;
export type QuietItem = z.output<typeof WeekQuiet>;
export type FollowUpItem = z.output<typeof WeekFollowUp>;
export type WaitingItem = z.output<typeof WeekWaiting>;

// Plain buttons rather than Fluent ones: "Show more", clicked a few times, puts hundreds of rows on the page.
const useStyles = makeStyles({
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottom: 'none' },
  },
  open: {
    flex: 1,
    minWidth: 0,
    display: 'grid',
    gridTemplateColumns: '7.5em minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  code: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  lines: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  // Wrapped rather than cut off: a mentor's full name and a Finnish meeting type must stay readable.
  sub: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  main: { overflowWrap: 'anywhere' },
  end: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, justifySelf: 'end', whiteSpace: 'nowrap' },
  days: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  action: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    flexShrink: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** A row that opens the course: the mentee's code first, a middle part, something on the right. */
function Row(props: { code: string; middle: ReactNode; end: ReactNode; onOpen: () => void; action?: ReactNode; testId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <li className={styles.item} data-testid={props.testId} data-code={props.code}>
      <button type="button" className={styles.open} onClick={props.onOpen} title={t('week.openCase', { code: props.code })}>
        <span className={styles.code}>{props.code}</span>
        <span className={styles.lines}>{props.middle}</span>
        <span className={styles.end}>{props.end}</span>
      </button>
      {props.action}
    </li>
  );
}

export function MeetingRow({ item, today, onOpen }: { item: MeetingItem; today: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Row
      testId="week-meeting"
      code={item.menteeCode}
      onOpen={onOpen}
      middle={
        <>
          <span className={styles.main}>{t(`mentoring.meetingType.${item.type}`)}</span>
          <span className={styles.sub}>{mentorName(t, item.mentorName, item.mentorAnonymised) ?? t('week.noMentor')}</span>
        </>
      }
      end={
        <>
          {item.date > today && (
            <Badge appearance="tint" color="brand">
              {t('week.meetings.planned')}
            </Badge>
          )}
          <span className={styles.days}>{dayLabel(item.date, currentLocale())}</span>
        </>
      }
    />
  );
}

export function QuietRow({ item, onOpen, onLog }: { item: QuietItem; onOpen: () => void; onLog: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Row
      testId="week-quiet-row"
      code={item.menteeCode}
      onOpen={onOpen}
      middle={
        <>
          <span className={styles.main}>{mentorName(t, item.mentorName, item.mentorAnonymised) ?? t('week.noMentor')}</span>
          <span className={styles.sub}>
            {item.lastMeeting ? t('week.quiet.last', { date: shortDate(item.lastMeeting, currentLocale()) }) : t('week.quiet.never')}
          </span>
        </>
      }
      end={<span className={styles.days}>{t('week.days', { count: item.days })}</span>}
      action={
        <button
          type="button"
          className={styles.action}
          onClick={onLog}
          aria-label={t('week.quiet.logFor', { code: item.menteeCode })}
          data-testid="week-quiet-log"
        >
          <CalendarAddRegular aria-hidden />
          {t('week.logMeeting')}
        </button>
      }
    />
  );
}

export function FollowUpRow({ item, onOpen }: { item: FollowUpItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Row
      testId="week-follow-up"
      code={item.menteeCode}
      onOpen={onOpen}
      middle={
        <>
          <span className={styles.main}>{t('week.followUps.due', { date: shortDate(item.dueOn, currentLocale()) })}</span>
          <span className={styles.sub}>
            {mentorName(t, item.mentorName, item.mentorAnonymised) ?? t(`mentoring.caseStatus.${item.status}`)}
          </span>
        </>
      }
      end={
        item.overdue && (
          <Badge appearance="filled" color="danger" data-testid="week-overdue">
            {t('week.followUps.overdue')}
          </Badge>
        )
      }
    />
  );
}

export function WaitingRow({ item, onOpen }: { item: WaitingItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Row
      testId="week-waiting-row"
      code={item.menteeCode}
      onOpen={onOpen}
      middle={
        <>
          <span className={styles.main}>{t(`mentoring.caseStatus.${item.status}`)}</span>
          <span className={styles.sub}>
            {item.status === 'referred'
              ? shortDate(item.referredOn, currentLocale())
              : t('week.waiting.referred', { date: shortDate(item.referredOn, currentLocale()) })}
          </span>
        </>
      }
      end={<span className={styles.days}>{t('week.days', { count: item.waitingDays })}</span>}
    />
  );
}

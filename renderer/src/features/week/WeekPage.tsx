import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Title2, tokens, Tooltip } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { WeekOverview, WeekSectionName, WeekSectionPage } from '../../../../shared/contract/week-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { currentLocale } from '../../i18n';
import { onMeetingSaved } from '../meetings/meeting-events';
import { QuickMeetingDialog } from '../meetings/QuickMeetingDialog';
import { today as localToday } from '../partners/labels';
import { useNavigation } from '../partners/navigation';
import { isoWeek, shiftDate, shortDate, weekRange } from './week-dates';
import { FollowUpRow, MeetingRow, QuietRow, WaitingRow } from './WeekRows';
import { WeekSection } from './WeekSection';

type Week = z.output<typeof WeekOverview>;
type Page = z.output<typeof WeekSectionPage>;

/** The next rows of one section of the week read for `today`. */
const moreOf =
  <S extends WeekSectionName>(today: string, section: S) =>
  (after: NonNullable<Week[S]['next']>) =>
    call('week:section', { today, section, after }) as Promise<Extract<Page, { section: S }>>;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1200px' },
  header: { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  eyebrow: { color: tokens.colorNeutralForeground3 },
  stepper: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(400px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

/**
 * The coordinator's week: meetings this week, quiet courses, follow-ups due and the waiting
 * list. Mentees appear by their code only, so the screen can be open while others are around.
 */
export function WeekPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const [offset, setOffset] = useState(0);
  const [week, setWeek] = useState<Week | null>(null);
  // Each answer redraws the sections afresh, with only their first rows.
  const [answer, setAnswer] = useState(0);
  const [error, setError] = useState<AppError | null>(null);
  const [logFor, setLogFor] = useState<number | null>(null);
  const [reload, setReload] = useState(0);

  const realToday = localToday();
  const asOf = offset === 0 ? realToday : shiftDate(realToday, offset * 7);

  useEffect(() => {
    let live = true;
    void call('week:overview', offset === 0 ? {} : { today: asOf }).then(
      (w) => {
        if (!live) return;
        setWeek(w);
        setAnswer((n) => n + 1);
        setError(null);
      },
      (e: unknown) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [offset, asOf, reload]);

  const refresh = useCallback(() => setReload((n) => n + 1), []);
  // A meeting logged with Ctrl+M while this page is open changes the lists under it.
  useEffect(() => onMeetingSaved(refresh), [refresh]);

  const open = (caseId: number) => go({ page: 'cases', id: caseId });
  const locale = currentLocale();
  const heading = week
    ? t('week.heading', { week: isoWeek(week.from), range: weekRange(week.from, week.to, locale, Number(realToday.slice(0, 4))) })
    : t('mentoring.nav.week');

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Caption1 className={styles.eyebrow}>{offset === 0 ? t('mentoring.nav.week') : t('week.otherWeek')}</Caption1>
          <Title2 as="h1" data-testid="week-heading">
            {heading}
          </Title2>
        </div>
        <div className={styles.stepper}>
          <Tooltip content={t('week.previous')} relationship="label">
            <Button icon={<ChevronLeftRegular />} onClick={() => setOffset(offset - 1)} data-testid="week-previous" />
          </Tooltip>
          <Button onClick={() => setOffset(0)} disabled={offset === 0} data-testid="week-this">
            {t('week.thisWeek')}
          </Button>
          <Tooltip content={t('week.next')} relationship="label">
            <Button icon={<ChevronRightRegular />} onClick={() => setOffset(offset + 1)} data-testid="week-next" />
          </Tooltip>
        </div>
      </header>
      {offset !== 0 && (
        <MessageBar intent="info" data-testid="week-as-of">
          <MessageBarBody>{t('week.asOf', { date: shortDate(asOf, locale) })}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} testId="week-error" />
      {!week && !error && <Spinner label={t('common.loading')} />}
      {week && (
        <div className={styles.grid} key={answer}>
          <WeekSection
            testId="week-meetings"
            title={t('week.meetings.title')}
            hint={t('week.meetings.hint')}
            empty={t('week.meetings.empty')}
            part={week.meetings}
            more={moreOf(week.today, 'meetings')}
            row={(m) => <MeetingRow key={m.meetingId} item={m} today={realToday} onOpen={() => open(m.caseId)} />}
          />
          <WeekSection
            testId="week-quiet"
            title={t('week.quiet.title')}
            hint={t('week.quiet.hint', { days: week.quietDays })}
            empty={t('week.quiet.empty', { days: week.quietDays })}
            part={week.quiet}
            more={moreOf(week.today, 'quiet')}
            row={(q) => <QuietRow key={q.caseId} item={q} onOpen={() => open(q.caseId)} onLog={() => setLogFor(q.caseId)} />}
          />
          <WeekSection
            testId="week-follow-ups"
            title={t('week.followUps.title')}
            hint={t('week.followUps.hint')}
            empty={t('week.followUps.empty')}
            part={week.followUps}
            more={moreOf(week.today, 'followUps')}
            row={(f) => <FollowUpRow key={f.followUpId} item={f} onOpen={() => open(f.caseId)} />}
          />
          <WeekSection
            testId="week-waiting"
            title={t('week.waiting.title')}
            hint={t('week.waiting.hint')}
            empty={t('week.waiting.empty')}
            part={week.waiting}
            more={moreOf(week.today, 'waiting')}
            row={(w) => <WaitingRow key={w.caseId} item={w} onOpen={() => open(w.caseId)} />}
          />
        </div>
      )}
      <QuickMeetingDialog open={logFor !== null} caseId={logFor ?? undefined} onClose={() => setLogFor(null)} />
    </div>
  );
}

import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../shared/contract/reports';
import { OPEN_STATUSES } from '../../../../shared/mentoring/lifecycle';
import { currentLocale } from '../../i18n';
import { useNavigation } from '../partners/navigation';
import { FigureCard } from './FigureCard';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: tokens.spacingHorizontalM },
});

type Flows = NonNullable<DashboardSummary['previous']>;

/** The key figures as cards: today's courses, then the period's flows, each opening its list. */
export function DashboardFigures({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const f = summary.figures;
  const locale = currentLocale();
  const whole = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const before = (pick: (f: Flows) => number | null, format = whole) => {
    const value = summary.previous ? pick(summary.previous) : null;
    return value === null ? undefined : t('programme.dashboard.previous', { value: format.format(value) });
  };
  const open = OPEN_STATUSES.reduce((sum, s) => sum + f.byStatus[s], 0);
  const consentsDue = f.consentsExpiringSoon + f.consentsUncovered;

  return (
    <>
      <section className={styles.group} aria-labelledby="dash-today">
        <Subtitle2 as="h2" id="dash-today">
          {t('programme.dashboard.todayTitle')}
        </Subtitle2>
        <div className={styles.grid}>
          <FigureCard
            testId="figure-open"
            value={whole.format(open)}
            label={t('programme.dashboard.figures.open')}
            onOpen={() => go({ page: 'board' })}
          />
          <FigureCard
            testId="figure-waiting"
            value={whole.format(f.byStatus.waiting)}
            label={t('programme.dashboard.figures.waiting')}
            onOpen={() => go({ page: 'cases', filter: { status: 'waiting' } })}
          />
          <FigureCard
            testId="figure-active"
            value={whole.format(f.byStatus.active)}
            label={t('programme.dashboard.figures.active')}
            onOpen={() => go({ page: 'cases', filter: { status: 'active' } })}
          />
          <FigureCard
            testId="figure-feedback"
            value={whole.format(f.feedbackDue)}
            label={t('programme.dashboard.figures.feedbackDue')}
            attention={f.feedbackDue > 0}
            onOpen={() => go({ page: 'feedback' })}
          />
          <FigureCard
            testId="figure-consents"
            value={whole.format(consentsDue)}
            label={t('programme.dashboard.figures.consentsDue')}
            detail={t('programme.dashboard.consentsDetail', {
              expiring: whole.format(f.consentsExpiringSoon),
              uncovered: whole.format(f.consentsUncovered),
            })}
            attention={consentsDue > 0}
            onOpen={() => go({ page: 'privacy' })}
          />
        </div>
      </section>
      <section className={styles.group} aria-labelledby="dash-period">
        <Subtitle2 as="h2" id="dash-period">
          {t('programme.dashboard.periodTitle')}
        </Subtitle2>
        <div className={styles.grid}>
          <FigureCard
            testId="figure-referrals"
            value={whole.format(f.newReferrals)}
            label={t('programme.dashboard.figures.newReferrals')}
            detail={before((x) => x.newReferrals)}
            onOpen={() => go({ page: 'cases', filter: { status: 'referred' } })}
          />
          <FigureCard
            testId="figure-matched"
            value={whole.format(f.matched)}
            label={t('programme.dashboard.figures.matched')}
            detail={before((x) => x.matched)}
            onOpen={() => go({ page: 'cases', filter: { status: 'matched' } })}
          />
          <FigureCard
            testId="figure-wait"
            value={f.medianDaysToMatch === null ? '–' : decimal.format(f.medianDaysToMatch)}
            label={t('programme.dashboard.figures.medianWait')}
            detail={f.medianDaysToMatch === null ? t('programme.dashboard.noValue') : before((x) => x.medianDaysToMatch, decimal)}
            onOpen={() => go({ page: 'cases', filter: { status: 'waiting' } })}
          />
          <FigureCard
            testId="figure-closed"
            value={whole.format(f.closed)}
            label={t('programme.dashboard.figures.closed')}
            detail={before((x) => x.closed)}
            onOpen={() => go({ page: 'cases', filter: { status: 'closed' } })}
          />
          <FigureCard
            testId="figure-meetings"
            value={whole.format(f.meetings)}
            label={t('programme.dashboard.figures.meetings')}
            detail={before((x) => x.meetings)}
            onOpen={() => go({ page: 'week' })}
          />
          <FigureCard
            testId="figure-hours"
            value={decimal.format(f.volunteerHours)}
            label={t('programme.dashboard.figures.hours')}
            detail={before((x) => x.volunteerHours, decimal)}
            onOpen={() => go({ page: 'week' })}
          />
          <FigureCard
            testId="figure-mentors"
            value={whole.format(f.activeMentors)}
            label={t('programme.dashboard.figures.mentors')}
            detail={before((x) => x.activeMentors)}
            onOpen={() => go({ page: 'mentors' })}
          />
        </div>
      </section>
    </>
  );
}

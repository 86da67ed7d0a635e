import {
  Body1,
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Spinner,
  Subtitle1,
  Subtitle2,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { DocumentDataRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AuditEntry, RegisterInfo, Settings } from '../../../../shared/contract';
import type { DashboardSummary } from '../../../../shared/contract/reports';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { currentLocale } from '../../i18n';
import { useNavigation } from '../partners/navigation';
import { DashboardCharts } from './DashboardCharts';
import { DashboardFigures } from './DashboardFigures';
import { GettingStarted } from './GettingStarted';
import { localToday, PERIOD_PRESETS, presetPeriods, type PeriodPreset } from './period';
import { storedPreset, storePreset } from './period-store';
import { RegisterCards } from './RegisterCards';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1200px' },
  header: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  greeting: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flex: 1, minWidth: '280px' },
  tools: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  period: { minWidth: '200px' },
  range: { color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * The start page: the key figures of a period and charts, each figure opening the list behind
 * it; a new register shows how to begin instead. Which register is open, and its recent security
 * events, stay at the bottom.
 */
export function HomePage({ autoLockMinutes }: { autoLockMinutes: number }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const [info, setInfo] = useState<z.output<typeof RegisterInfo> | null>(null);
  const [settings, setSettings] = useState<z.output<typeof Settings> | null>(null);
  const [audit, setAudit] = useState<z.output<typeof AuditEntry>[]>([]);
  const [preset, setPreset] = useState<PeriodPreset>(storedPreset);
  const [summary, setSummary] = useState<DashboardSummary | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const periods = useMemo(() => presetPeriods(preset, localToday()), [preset]);

  useEffect(() => {
    Promise.all([call('register:info', {}), call('settings:get', {}), call('audit:recent', { limit: 8, security: true })])
      .then(([i, s, a]) => {
        setInfo(i);
        setSettings(s);
        setAudit(a);
      })
      .catch((e: unknown) => setError(asAppError(e)));
  }, []);

  useEffect(() => {
    let live = true;
    const { current, previous } = periods;
    call('dashboard:summary', { ...current, compareFrom: previous.from, compareTo: previous.to }).then(
      (s) => live && setSummary(s),
      (e: unknown) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [periods]);

  const choose = (value: PeriodPreset) => {
    setPreset(value);
    storePreset(value);
  };
  const dates = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeZone: 'UTC' });
  const range = `${dates.format(new Date(`${periods.current.from}T00:00:00Z`))} – ${dates.format(new Date(`${periods.current.to}T00:00:00Z`))}`;
  const isNew = summary !== null && Object.values(summary.figures.byStatus).every((n) => n === 0);

  return (
    <div className={styles.page} data-testid="dashboard">
      <Title2 as="h1">{t('home.title')}</Title2>
      <ErrorBar error={error} testId="dashboard-error" />
      <div className={styles.header}>
        {settings && (
          <div className={styles.greeting}>
            <Subtitle1 as="h2" data-testid="home-greeting">
              {t('home.greeting', { org: settings.organisationName })}
            </Subtitle1>
            <Body1 as="p">{t('home.intro', { minutes: autoLockMinutes })}</Body1>
          </div>
        )}
        {!isNew && (
          <div className={styles.tools}>
            <Field label={t('programme.dashboard.period')} className={styles.period} hint={<span className={styles.range}>{range}</span>}>
              <Dropdown
                value={t(`programme.dashboard.periods.${preset}`)}
                selectedOptions={[preset]}
                onOptionSelect={(_e, d) => choose(d.optionValue as PeriodPreset)}
                data-testid="dashboard-period"
              >
                {PERIOD_PRESETS.map((p) => (
                  <Option key={p} value={p}>
                    {t(`programme.dashboard.periods.${p}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Button icon={<DocumentDataRegular />} onClick={() => go({ page: 'results' })} data-testid="dashboard-results">
              {t('programme.dashboard.resultsButton')}
            </Button>
          </div>
        )}
      </div>

      {!summary && !error && <Spinner size="small" label={t('programme.dashboard.loading')} />}
      {summary && isNew && <GettingStarted />}
      {summary && !isNew && (
        <>
          <DashboardFigures summary={summary} />
          <section className={styles.section} aria-labelledby="dash-charts">
            <Subtitle2 as="h2" id="dash-charts">
              {t('programme.dashboard.chartsTitle')}
            </Subtitle2>
            <DashboardCharts summary={summary} />
          </section>
        </>
      )}

      <section className={styles.section} aria-labelledby="dash-about">
        <Subtitle2 as="h2" id="dash-about">
          {t('programme.dashboard.aboutTitle')}
        </Subtitle2>
        <RegisterCards info={info} audit={audit} />
      </section>
    </div>
  );
}

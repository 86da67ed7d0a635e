import { makeStyles, tokens } from '@fluentui/react-components';
import type { AgChartOptions } from 'ag-charts-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../shared/contract/reports';
import { currentLocale } from '../../i18n';
import { ChartFigure } from './ChartFigure';
import { CHART_COLOURS } from './chart-setup';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))', gap: tokens.spacingHorizontalL },
  wide: { gridColumn: '1 / -1' },
});

/** Shared look: the app's font, no chart-own keyboard focus (the table beside it is read instead). */
function base(): Pick<AgChartOptions, 'background' | 'keyboard' | 'theme'> {
  return {
    background: { visible: false },
    keyboard: { enabled: false },
    theme: { palette: { fills: CHART_COLOURS, strokes: CHART_COLOURS }, params: { fontFamily: 'Segoe UI, system-ui, sans-serif' } },
  };
}

/** Referrals and meetings per month (line), referrals by source and outcomes (bars). */
export function DashboardCharts({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const locale = currentLocale();

  const charts = useMemo(() => {
    const number = new Intl.NumberFormat(locale);
    const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const longMonth = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    // Counts: whole numbers only on the axis (no 0.2, 0.4 … when the largest bar is 1).
    const axisNumber = {
      type: 'number' as const,
      label: { formatter: ({ value }: { value: number }) => (Number.isInteger(value) ? number.format(value) : '') },
    };

    const monthly = summary.monthly.map((m) => ({
      month: monthName.format(new Date(`${m.month}-01T00:00:00Z`)),
      longMonth: longMonth.format(new Date(`${m.month}-01T00:00:00Z`)),
      referrals: m.referrals,
      meetings: m.meetings,
    }));
    const referralsName = t('programme.dashboard.series.referrals');
    const meetingsName = t('programme.dashboard.series.meetings');
    const line: AgChartOptions = {
      ...base(),
      data: monthly,
      series: [
        { type: 'line', xKey: 'month', yKey: 'referrals', yName: referralsName },
        { type: 'line', xKey: 'month', yKey: 'meetings', yName: meetingsName },
      ],
      axes: { x: { type: 'category' }, y: axisNumber },
      legend: { position: 'bottom' },
    };

    const sources = summary.referralsBySource.map((s) => ({
      label: s.organisationId === null ? t('programme.dashboard.selfReferred') : s.label,
      count: s.count,
    }));
    const outcomes = summary.outcomes.map((o) => ({ label: t(`mentoring.outcome.${o.outcome}`), count: o.count }));
    const bar = (data: { label: string; count: number }[], fill: string): AgChartOptions => ({
      ...base(),
      data,
      series: [
        {
          type: 'bar',
          direction: 'horizontal',
          xKey: 'label',
          yKey: 'count',
          yName: t('programme.dashboard.count'),
          fill,
          // The number at the end of each bar: readable without hovering.
          label: { placement: 'outside-end', formatter: ({ value }: { value: number }) => number.format(value) },
        },
      ],
      // Horizontal bars: the categories down the left (y), the numbers along the bottom (x).
      axes: { x: axisNumber, y: { type: 'category' } },
      legend: { enabled: false },
    });
    return {
      line,
      lineTable: {
        columns: [t('programme.dashboard.month'), referralsName, meetingsName],
        rows: monthly.map((m) => ({ label: m.longMonth, values: [number.format(m.referrals), number.format(m.meetings)] })),
      },
      lineEmpty: monthly.every((m) => m.referrals === 0 && m.meetings === 0),
      sources: bar(sources, CHART_COLOURS[0] as string),
      sourcesTable: {
        columns: [t('programme.dashboard.source'), t('programme.dashboard.count')],
        rows: sources.map((s) => ({ label: s.label, values: [number.format(s.count)] })),
      },
      outcomes: bar(outcomes, CHART_COLOURS[3] as string),
      outcomesTable: {
        columns: [t('programme.dashboard.outcome'), t('programme.dashboard.count')],
        rows: outcomes.map((s) => ({ label: s.label, values: [number.format(s.count)] })),
      },
    };
  }, [summary, t, locale]);

  const empty = t('programme.dashboard.chartEmpty');
  return (
    <div className={styles.grid}>
      <div className={styles.wide}>
        <ChartFigure
          testId="chart-monthly"
          title={t('programme.dashboard.monthlyTitle')}
          options={charts.line}
          table={charts.lineTable}
          empty={charts.lineEmpty ? empty : null}
        />
      </div>
      <ChartFigure
        testId="chart-sources"
        title={t('programme.dashboard.sourcesTitle')}
        options={charts.sources}
        table={charts.sourcesTable}
        empty={charts.sourcesTable.rows.length === 0 ? empty : null}
      />
      <ChartFigure
        testId="chart-outcomes"
        title={t('programme.dashboard.outcomesTitle')}
        options={charts.outcomes}
        table={charts.outcomesTable}
        empty={charts.outcomesTable.rows.length === 0 ? empty : null}
      />
    </div>
  );
}

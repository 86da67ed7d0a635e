import {
  Body1,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ProgrammeCell, ProgrammeReportModel } from '../../../../shared/contract/reports';
import { currentLocale } from '../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  coverage: { color: tokens.colorNeutralForeground2 },
  tables: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(460px, 1fr))', gap: tokens.spacingHorizontalXL },
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', width: '17%' },
  // Headings may wrap (long words in Finnish and Danish) and sit over the numbers, at the right.
  head: { width: '17%', '& > div': { justifyContent: 'flex-end', textAlign: 'end', whiteSpace: 'normal' } },
  label: { width: '49%' },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  hiddenCell: { color: tokens.colorNeutralForeground3 },
  legend: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  legendTitle: { margin: 0 },
  pairs: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  symbol: { fontWeight: tokens.fontWeightSemibold, textAlign: 'end', margin: 0 },
  meaning: { margin: 0 },
});

/** How a published cell reads: the number (with its share), "< 5", "–", or `none` where there is nothing to count (a median without matches). */
export function cellText(cell: ProgrammeCell, locale: string, none: string): string {
  if (cell.suppressed === 'small') return '< 5';
  if (cell.suppressed === 'complementary') return '–';
  if (cell.value === null) return none;
  const value = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(cell.value);
  if (cell.share === null) return value;
  return `${value} (${new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(cell.share)})`;
}

/** The change from the comparison period, when both numbers are published. */
export function changeText(current: ProgrammeCell, comparison: ProgrammeCell, locale: string): string {
  if (current.value === null || comparison.value === null || current.suppressed || comparison.suppressed) return '';
  const diff = Math.round((current.value - comparison.value) * 10) / 10;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(diff);
}

/** The report's anonymous tables as they will be printed, with the coverage line and a legend. */
export function ProgrammePreview({ model }: { model: ProgrammeReportModel }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const locale = currentLocale();
  // The document's word for "nothing to count" (n/a), so the preview reads as the report does.
  const na = t('programmeDoc.notApplicable');
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (iso: string) => dates.format(new Date(`${iso}T00:00:00Z`));
  const currentRange = `${day(model.period.from)} – ${day(model.period.to)}`;
  const comparisonRange = `${day(model.comparison.from)} – ${day(model.comparison.to)}`;

  return (
    <div className={styles.root} data-testid="programme-preview">
      <Body1 data-testid="programme-periods">
        {t('programme.results.periods', { current: currentRange, comparison: comparisonRange })}
      </Body1>
      <Body1 className={styles.coverage} data-testid="programme-coverage">
        {t('programme.results.coverage', {
          included: cellText(model.coverage.included, locale, na),
          excluded: cellText(model.coverage.excluded, locale, na),
        })}
      </Body1>
      <div className={styles.tables}>
        {model.tables.map((table) => {
          const title = t(`programme.results.tables.${table.key}`, { defaultValue: table.key });
          return (
            <section key={table.key} className={styles.table}>
              <Subtitle2 as="h3">{title}</Subtitle2>
              <Table size="small" aria-label={title} data-testid={`programme-table-${table.key}`}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.label}>{t('programme.results.item')}</TableHeaderCell>
                    <TableHeaderCell className={styles.head}>{t('programme.results.current')}</TableHeaderCell>
                    <TableHeaderCell className={styles.head}>{t('programme.results.comparison')}</TableHeaderCell>
                    <TableHeaderCell className={styles.head}>{t('programme.results.change')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {table.rows.map((row) => {
                    const total = row.key === 'total';
                    const cell = (c: ProgrammeCell) => (
                      <TableCell className={mergeClasses(styles.num, total && styles.total, c.value === null && styles.hiddenCell)}>
                        {cellText(c, locale, na)}
                      </TableCell>
                    );
                    return (
                      <TableRow key={row.key}>
                        <TableCell className={mergeClasses(styles.label, total && styles.total)}>{row.label}</TableCell>
                        {cell(row.current)}
                        {cell(row.comparison)}
                        <TableCell className={mergeClasses(styles.num, total && styles.total)}>
                          {changeText(row.current, row.comparison, locale)}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </section>
          );
        })}
      </div>
      <div className={styles.legend} data-testid="programme-legend">
        <Caption1 as="h3" className={styles.legendTitle}>
          <strong>{t('programme.results.legendTitle')}</strong>
        </Caption1>
        <dl className={styles.pairs}>
          <dt className={styles.symbol}>&lt; 5</dt>
          <dd className={styles.meaning}>{t('programme.results.legendSmall')}</dd>
          <dt className={styles.symbol}>–</dt>
          <dd className={styles.meaning}>{t('programme.results.legendComplementary')}</dd>
        </dl>
        {model.hiddenByEarlierReports > 0 && (
          <Caption1 data-testid="programme-earlier-reports">{t('reportLedger.note', { count: model.hiddenByEarlierReports })}</Caption1>
        )}
      </div>
    </div>
  );
}

import {
  Button,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';
import { delimiterKey, type Preview } from './wizard-state';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  scroll: { overflowX: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  cell: { whiteSpace: 'nowrap', maxWidth: '260px', overflow: 'hidden', textOverflow: 'ellipsis' },
  caption: { textAlign: 'start', padding: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** How many sample rows the preview table shows: enough to recognise the file, short enough to read. */
const SHOWN_ROWS = 8;

/** Step 2: what Bindeled found in the file, in words, and its first rows. */
export function PreviewStep(props: { preview: Preview; busy: boolean; onChooseAnother: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const p = props.preview;
  const delimiter = delimiterKey(p.delimiter);
  return (
    <>
      <dl className={styles.facts} data-testid="import-facts">
        <dt className={styles.term}>{t('import.file')}</dt>
        <dd className={styles.value}>{p.fileName}</dd>
        <dt className={styles.term}>{t('import.encodingLabel')}</dt>
        <dd className={styles.value} data-testid="import-encoding">
          {t(`import.encoding.${p.encoding}`)}
        </dd>
        {delimiter && (
          <>
            <dt className={styles.term}>{t('import.delimiterLabel')}</dt>
            <dd className={styles.value} data-testid="import-delimiter">
              {t(`import.delimiter.${delimiter}`)}
            </dd>
          </>
        )}
        <dt className={styles.term}>{t('import.headerRowLabel')}</dt>
        <dd className={styles.value}>{t('import.headerRow', { row: p.headerRow })}</dd>
        <dt className={styles.term}>{t('import.rowCountLabel')}</dt>
        <dd className={styles.value} data-testid="import-row-count">
          {formatNumber(p.rowCount)}
        </dd>
      </dl>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={t('import.sampleCaption')}>
        <Table size="small" aria-label={t('import.sampleCaption')} data-testid="import-sample">
          <caption className={styles.caption}>{t('import.sampleCaption')}</caption>
          <TableHeader>
            <TableRow>
              {p.headers.map((h, i) => (
                <TableHeaderCell key={i} className={styles.cell}>
                  {h || t('import.emptyHeader', { n: i + 1 })}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {p.sample.slice(0, SHOWN_ROWS).map((row, r) => (
              <TableRow key={r}>
                {row.map((cell, c) => (
                  <TableCell key={c} className={styles.cell} title={cell}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={styles.actions}>
        <Button disabled={props.busy} onClick={props.onChooseAnother} data-testid="import-choose-another">
          {t('import.chooseAnother')}
        </Button>
        {props.busy && <Spinner size="tiny" label={t('import.reading')} labelPosition="after" />}
      </div>
    </>
  );
}

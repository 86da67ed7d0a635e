import {
  Button,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ArrowSwapRegular, MergeRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDate } from '../../../i18n';
import { differingFields, PAIR_FIELDS, type Pair, type PairField, type PairSide } from './pairs';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed' },
  fieldCol: { width: '170px' },
  // A differing field is marked by colour and by a "Differs" note, so it does not rest on colour alone.
  differs: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    ':hover': { backgroundColor: tokens.colorPaletteYellowBackground2 },
  },
  fieldName: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  differsNote: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  value: { overflowWrap: 'anywhere' },
  empty: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  actions: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

/** The two contact persons of a pair side by side, differing fields marked, a "Merge into this one" under each. */
export function PairComparison(props: { pair: Pair; label: string; disabled: boolean; onMergeInto: (side: 'left' | 'right') => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const differing = differingFields(props.pair);
  const sides = [
    ['left', props.pair.left, t('duplicateReview.first'), 1],
    ['right', props.pair.right, t('duplicateReview.second'), 2],
  ] as const;

  const value = (side: PairSide, field: PairField) => {
    if (field === 'createdAt') return formatDate(side.createdAt);
    if (field === 'history')
      return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format([
        t('duplicateReview.memberships', { count: side.memberships }),
        t('duplicateReview.interactions', { count: side.interactions }),
      ]);
    return side[field];
  };

  return (
    <Table className={styles.table} aria-label={props.label} data-testid="duplicate-pair">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.fieldCol}>{t('duplicateReview.field')}</TableHeaderCell>
          {sides.map(([key, , label]) => (
            <TableHeaderCell key={key}>{label}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {PAIR_FIELDS.map((field) => {
          const differs = differing.has(field);
          return (
            <TableRow
              key={field}
              className={differs ? styles.differs : undefined}
              data-testid={`pair-field-${field}`}
              data-differs={differs || undefined}
            >
              <TableCell className={styles.fieldCol}>
                <span className={styles.fieldName}>
                  {t(`duplicateReview.fields.${field}`)}
                  {differs && (
                    <span className={styles.differsNote}>
                      <ArrowSwapRegular aria-hidden />
                      {t('duplicateReview.differs')}
                    </span>
                  )}
                </span>
              </TableCell>
              {sides.map(([key, side]) => {
                const text = value(side, field);
                return (
                  <TableCell key={key} className={mergeClasses(styles.value, !text && styles.empty)} data-testid={`pair-${key}-${field}`}>
                    {text || t('duplicateReview.empty')}
                  </TableCell>
                );
              })}
            </TableRow>
          );
        })}
        <TableRow>
          <TableCell className={styles.fieldCol} />
          {sides.map(([key, side, , n]) => (
            <TableCell key={key} className={styles.actions}>
              <Button
                icon={<MergeRegular />}
                disabled={props.disabled}
                onClick={() => props.onMergeInto(key)}
                aria-label={t('duplicateReview.mergeIntoLabel', { n, name: side.name })}
                data-testid={`merge-into-${key}`}
              >
                {t('duplicateReview.mergeInto')}
              </Button>
            </TableCell>
          ))}
        </TableRow>
      </TableBody>
    </Table>
  );
}

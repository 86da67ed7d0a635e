import { Caption1, Checkbox, Dropdown, Field, Input, makeStyles, mergeClasses, Option, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../../shared/languages';
import { PROGRAMME_BREAKDOWNS, type ProgrammeBreakdown } from '../../../../shared/contract/reports';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`, alignItems: 'flex-start' },
  group: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    border: 'none',
    padding: 0,
    margin: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  date: { width: '170px' },
  compare: { maxWidth: '360px' },
  checks: { display: 'flex', flexDirection: 'column' },
  hint: { flexBasis: '100%', color: tokens.colorNeutralForeground3 },
  problem: { flexBasis: '100%', maxWidth: '360px', color: tokens.colorPaletteRedForeground1 },
});

/** A period core refused, shown next to the dates it is about. */
export interface PeriodProblem {
  field: 'period' | 'comparison';
  text: string;
}

export interface ResultsOptionsValue {
  from: string;
  to: string;
  compareFrom: string;
  compareTo: string;
  breakdowns: ProgrammeBreakdown[];
  language: Language;
}

/** What the report covers: the period, the comparison period, the breakdowns and the language. */
export function ResultsOptions({
  value,
  onChange,
  problem = null,
}: {
  value: ResultsOptionsValue;
  onChange: (next: ResultsOptionsValue) => void;
  problem?: PeriodProblem | null;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const set = (patch: Partial<ResultsOptionsValue>) => onChange({ ...value, ...patch });
  const wrong = (field: PeriodProblem['field']) => problem?.field === field;
  const date = (key: 'from' | 'to' | 'compareFrom' | 'compareTo', label: string) => {
    const field = key.startsWith('compare') ? 'comparison' : 'period';
    return (
      <Field label={label} className={styles.date} validationState={wrong(field) ? 'error' : 'none'}>
        <Input
          type="date"
          value={value[key]}
          onChange={(_e, d) => set({ [key]: d.value })}
          aria-describedby={wrong(field) ? `results-problem-${field}` : undefined}
          data-testid={`results-${key}`}
        />
      </Field>
    );
  };
  const message = (field: PeriodProblem['field']) =>
    wrong(field) && (
      <Text role="alert" id={`results-problem-${field}`} className={styles.problem} data-testid={`results-problem-${field}`}>
        {problem?.text}
      </Text>
    );
  return (
    <div className={styles.root}>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('programme.results.periodTitle')}</legend>
        {date('from', t('programme.results.from'))}
        {date('to', t('programme.results.to'))}
        {message('period')}
      </fieldset>
      <fieldset className={mergeClasses(styles.group, styles.compare)}>
        <legend className={styles.legend}>{t('programme.results.compareTitle')}</legend>
        {date('compareFrom', t('programme.results.from'))}
        {date('compareTo', t('programme.results.to'))}
        {message('comparison')}
        <Caption1 className={styles.hint}>{t('programme.results.compareHint')}</Caption1>
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('programme.results.breakdownsTitle')}</legend>
        <div className={styles.checks}>
          {PROGRAMME_BREAKDOWNS.map((b) => (
            <Checkbox
              key={b}
              label={t(`programme.results.breakdown.${b}`)}
              checked={value.breakdowns.includes(b)}
              onChange={(_e, d) =>
                set({
                  breakdowns: d.checked
                    ? PROGRAMME_BREAKDOWNS.filter((x) => x === b || value.breakdowns.includes(x))
                    : value.breakdowns.filter((x) => x !== b),
                })
              }
              data-testid={`results-breakdown-${b}`}
            />
          ))}
        </div>
      </fieldset>
      <Field label={t('programme.results.language')}>
        <Dropdown
          value={LANGUAGE_NAMES[value.language]}
          selectedOptions={[value.language]}
          onOptionSelect={(_e, d) => set({ language: d.optionValue as Language })}
          data-testid="results-language"
        >
          {LANGUAGES.map((l) => (
            <Option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}

import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../partners/labels';

export type TrainingDraft = { date: string; title: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  label: { fontWeight: tokens.fontWeightSemibold },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 140px) minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    '& .fui-Input': { width: '100%', minWidth: 0 },
  },
});

/** The trainings a mentor attended: a date and a title each, newest added last. */
export function TrainingsEditor(props: { value: TrainingDraft[]; onChange: (v: TrainingDraft[]) => void; tried: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labelId = useId();
  const update = (i: number, patch: Partial<TrainingDraft>) =>
    props.onChange(props.value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <div className={styles.root} role="group" aria-labelledby={labelId}>
      <div className={styles.head}>
        <Text id={labelId} className={styles.label}>
          {t('mentors.form.trainings')}
        </Text>
        <Button
          appearance="subtle"
          icon={<AddRegular />}
          onClick={() => props.onChange([...props.value, { date: today(), title: '' }])}
          data-testid="training-add"
        >
          {t('mentors.form.addTraining')}
        </Button>
      </div>
      {props.value.map((x, i) => (
        <div key={i} className={styles.row} data-testid="training-row">
          <Field validationMessage={props.tried && !x.date ? t('mentors.form.dateRequired') : undefined}>
            <Input
              type="date"
              value={x.date}
              onChange={(_e, d) => update(i, { date: d.value })}
              aria-label={t('mentors.form.trainingDate')}
              data-testid="training-date"
            />
          </Field>
          <Field validationMessage={props.tried && !x.title.trim() ? t('mentors.form.trainingTitleRequired') : undefined}>
            <Input
              value={x.title}
              onChange={(_e, d) => update(i, { title: d.value })}
              aria-label={t('mentors.form.trainingTitle')}
              placeholder={t('mentors.form.trainingTitlePlaceholder')}
              data-testid="training-title"
            />
          </Field>
          <Button
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label={t('mentors.form.removeTraining', { title: x.title || t('mentors.form.trainingTitle') })}
            onClick={() => props.onChange(props.value.filter((_x, j) => j !== i))}
          />
        </div>
      ))}
    </div>
  );
}

/** True when every training has a date and a title. */
export const trainingsComplete = (list: TrainingDraft[]) => list.every((x) => x.date && x.title.trim());

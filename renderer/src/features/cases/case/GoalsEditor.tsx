import { Button, Field, Input, makeStyles, Select, tokens, Tooltip } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_KINDS, GOAL_PROGRESS } from '../../../../../shared/contract/mentoring-schemas';
import { call } from '../../../api';
import { ErrorBar } from '../../../components/ErrorBar';
import { useForm } from '../../../components/forms/useForm';
import { useFormStyles } from '../../partners/form-styles';
import { detailsOf, type CaseValue } from './case-format';

type Goal = ReturnType<typeof detailsOf>['goals'][number] | Omit<ReturnType<typeof detailsOf>['goals'][number], 'id'>;
type Kind = (typeof GOAL_KINDS)[number];
type Progress = (typeof GOAL_PROGRESS)[number];

const useStyles = makeStyles({
  goal: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    '& .fui-Input, & .fui-Select': { width: '100%', minWidth: 0 },
  },
  wide: { gridColumn: '2 / 4' },
});

/** Edits the course's goals in place; existing goals keep their ids so their history stays with them. */
export function GoalsEditor(props: { c: CaseValue; onSaved: (c: CaseValue) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const form = useFormStyles();
  // A course without goals opens with one empty goal to fill in (untouched, it is no unsaved change).
  const [start] = useState<Goal[]>(() => {
    const goals = detailsOf(props.c).goals;
    return goals.length ? goals : [{ kind: 'job', description: '', progress: 'not-started', note: '' }];
  });
  // Ctrl+S and Ctrl+Enter save; Esc does not cancel here (it never did), so the hook gets no onCancel.
  const {
    draft: goals,
    setDraft: setGoals,
    tried,
    error,
    formProps,
  } = useForm({
    start,
    valid: (gs) => !gs.some((g) => !g.description.trim()),
    save: (gs) =>
      call('cases:saveDetails', {
        ...detailsOf(props.c),
        goals: gs.map((g) => ({ ...g, description: g.description.trim(), note: g.note.trim() })),
      }),
    onSaved: props.onSaved,
    keys: 'form',
    guard: 'navigation',
  });
  const lastDescription = useRef<HTMLInputElement>(null);
  // The last goal's description gets the focus when the editor opens and after "Add a goal".
  const focusLast = useRef(true);
  useEffect(() => {
    if (focusLast.current) lastDescription.current?.focus();
    focusLast.current = false;
  }, [goals.length]);

  const update = (i: number, patch: Partial<Goal>) => setGoals((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <form {...formProps} className={form.form} data-testid="goals-form">
      {goals.map((g, i) => (
        <div key={'id' in g ? `g${g.id}` : `new${i}`} className={styles.goal} data-testid="goal-row">
          <Field label={t('cases.page.goals.kind')}>
            <Select value={g.kind} onChange={(_e, d) => update(i, { kind: d.value as Kind })} data-testid="goal-kind">
              {GOAL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`mentoring.goal.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t('cases.page.goals.description')}
            required
            validationMessage={tried && !g.description.trim() ? t('cases.page.goals.descriptionRequired') : undefined}
          >
            <Input
              ref={i === goals.length - 1 ? lastDescription : undefined}
              value={g.description}
              placeholder={t('cases.page.goals.descriptionPlaceholder')}
              onChange={(_e, d) => update(i, { description: d.value })}
              data-testid="goal-description"
            />
          </Field>
          <Tooltip content={t('cases.page.goals.remove')} relationship="label">
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              onClick={() => setGoals((gs) => gs.filter((_g, j) => j !== i))}
              data-testid="goal-remove"
            />
          </Tooltip>
          <Field label={t('cases.page.goals.progress')}>
            <Select value={g.progress} onChange={(_e, d) => update(i, { progress: d.value as Progress })} data-testid="goal-progress">
              {GOAL_PROGRESS.map((p) => (
                <option key={p} value={p}>
                  {t(`mentoring.goalProgress.${p}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('cases.page.goals.note')} className={styles.wide}>
            <Input value={g.note} onChange={(_e, d) => update(i, { note: d.value })} data-testid="goal-note" />
          </Field>
        </div>
      ))}
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() => {
            setGoals((gs) => [...gs, { kind: 'job', description: '', progress: 'not-started', note: '' }]);
            focusLast.current = true;
          }}
          data-testid="goal-add"
        >
          {t('cases.page.goals.add')}
        </Button>
      </div>
      <ErrorBar error={error} />
      <div className={form.actions}>
        <Button type="submit" appearance="primary" data-testid="goals-save">
          {t('common.save')}
        </Button>
        <Button onClick={props.onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

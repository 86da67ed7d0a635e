import { Body1, Field, Input, makeStyles, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOMES } from '../../../../../shared/contract/mentoring-schemas';
import { call } from '../../../api';
import { useForm } from '../../../components/forms/useForm';
import { today } from '../../partners/labels';
import { dateText, type CaseValue } from './case-format';
import { FormDialog } from './FormDialog';
import { STEP_TARGET, type Step } from './steps';

type Outcome = (typeof OUTCOMES)[number];

const useStyles = makeStyles({
  date: { maxWidth: '220px' },
});

const TITLE: Record<Step, string> = {
  intake: 'intakeTitle',
  waiting: 'waitingTitle',
  rematch: 'rematchTitle',
  start: 'startTitle',
  pause: 'pauseTitle',
  resume: 'resumeTitle',
  close: 'closeTitle',
};

const blank = () => ({ date: today(), reason: '', outcome: '' as Outcome | '', endedReason: '', evaluation: '' });
type StepDraft = ReturnType<typeof blank>;

/**
 * Asks what a status change needs — the date (today unless changed), a reason for a rematch or
 * pause, the outcome for closing — and makes it. Ctrl+Enter confirms.
 */
export function StepDialog(props: { c: CaseValue; step: Step | null; onClose: () => void; onDone: () => void }) {
  if (!props.step) return null;
  // A fresh form each time a step is opened.
  return <StepForm key={props.step} {...props} step={props.step} />;
}

function StepForm(props: { c: CaseValue; step: Step; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const step = props.step;
  const since = props.c.dates.statusSince.slice(0, 10);
  const [start] = useState(blank);
  const problemsOf = (d: StepDraft) => ({
    reason: step === 'rematch' && !d.reason.trim(),
    outcome: step === 'close' && !d.outcome,
    ended: step === 'close' && d.outcome === 'ended-early' && !d.endedReason.trim(),
    tooEarly: d.date !== '' && d.date < since,
  });
  const { draft, set, tried, busy, error, submit, cancel } = useForm({
    start,
    valid: (d) => d.date !== '' && !Object.values(problemsOf(d)).some(Boolean),
    save: (d) =>
      call('cases:transition', {
        id: props.c.id,
        to: STEP_TARGET[step],
        date: d.date,
        reason: d.reason.trim(),
        ...(step === 'close' && d.outcome
          ? {
              closing: {
                outcome: d.outcome,
                endedReason: d.outcome === 'ended-early' ? d.endedReason.trim() : '',
                evaluation: d.evaluation.trim(),
              },
            }
          : {}),
      }),
    onSaved: props.onDone,
    onCancel: props.onClose,
    keys: 'none',
    guard: 'close',
    typed: (d) => [d.reason, d.endedReason, d.evaluation],
  });
  const problems = problemsOf(draft);

  const body = t(`cases.page.step.${step}Body`, { mentor: props.c.mentor?.name ?? '' });
  const reasonLabel =
    step === 'rematch'
      ? t('cases.page.step.rematchReason')
      : step === 'pause'
        ? t('cases.page.step.pauseReason')
        : t('cases.page.step.note');

  return (
    <FormDialog
      testId="step-dialog"
      title={t(`cases.page.step.${TITLE[step]}`)}
      onSubmit={() => void submit()}
      onClose={cancel}
      error={error}
      errorTestId="step-error"
      submitLabel={t(`cases.page.next.${step}`)}
      submitTestId="step-confirm"
      submitDisabled={busy}
      noValidate
    >
      <Body1>{body}</Body1>
      <Field
        label={t('cases.page.step.date')}
        required
        hint={t('cases.page.step.dateHint', { date: dateText(since) })}
        validationMessage={tried && problems.tooEarly ? t('errors.DATE_OUT_OF_ORDER') : undefined}
      >
        <Input
          className={styles.date}
          type="date"
          value={draft.date}
          min={since}
          onChange={(_e, d) => set('date', d.value)}
          data-testid="step-date"
        />
      </Field>
      {step === 'close' && (
        <>
          <Field
            label={t('cases.page.step.outcome')}
            required
            validationMessage={tried && problems.outcome ? t('cases.page.step.pickOutcome') : undefined}
          >
            <Select value={draft.outcome} onChange={(_e, d) => set('outcome', d.value as Outcome)} data-testid="step-outcome">
              <option value="" disabled>
                {t('cases.page.step.pickOutcome')}
              </option>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`mentoring.outcome.${o}`)}
                </option>
              ))}
            </Select>
          </Field>
          {draft.outcome === 'ended-early' && (
            <Field
              label={t('cases.page.step.endedReason')}
              required
              validationMessage={tried && problems.ended ? t('cases.page.step.endedReasonRequired') : undefined}
            >
              <Textarea
                value={draft.endedReason}
                onChange={(_e, d) => set('endedReason', d.value)}
                rows={2}
                data-testid="step-ended-reason"
              />
            </Field>
          )}
          <Field label={t('cases.page.step.evaluation')} hint={t('cases.page.step.evaluationHint')}>
            <Textarea value={draft.evaluation} onChange={(_e, d) => set('evaluation', d.value)} rows={3} data-testid="step-evaluation" />
          </Field>
        </>
      )}
      {step !== 'close' && (
        <Field
          label={reasonLabel}
          required={step === 'rematch'}
          validationMessage={tried && problems.reason ? t('cases.page.step.reasonRequired') : undefined}
        >
          <Textarea value={draft.reason} onChange={(_e, d) => set('reason', d.value)} rows={2} data-testid="step-reason" />
        </Field>
      )}
    </FormDialog>
  );
}

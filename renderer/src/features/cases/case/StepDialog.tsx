import { Body1, Field, Input, makeStyles, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOMES } from '../../../../../shared/contract/mentoring-schemas';
import type { AppError } from '../../../../../shared/errors';
import { asAppError, call } from '../../../api';
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

/**
 * Asks what a status change needs — the date (today unless changed), a reason for a rematch or
 * pause, the outcome for closing — and makes it. Ctrl+Enter confirms.
 */
export function StepDialog(props: { c: CaseValue; step: Step | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const step = props.step;
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [endedReason, setEndedReason] = useState('');
  const [evaluation, setEvaluation] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [shownFor, setShownFor] = useState<Step | null>(null);
  // A fresh form each time a step is opened.
  if (shownFor !== step) {
    setShownFor(step);
    setDate(today());
    setReason('');
    setOutcome('');
    setEndedReason('');
    setEvaluation('');
    setTried(false);
    setError(null);
  }
  if (!step) return null;

  const since = props.c.dates.statusSince.slice(0, 10);
  const reasonMissing = step === 'rematch' && !reason.trim();
  const outcomeMissing = step === 'close' && !outcome;
  const endedMissing = step === 'close' && outcome === 'ended-early' && !endedReason.trim();
  const tooEarly = date !== '' && date < since;

  async function confirm() {
    setTried(true);
    if (!date || tooEarly || reasonMissing || outcomeMissing || endedMissing || !step || busy) return;
    setBusy(true);
    try {
      await call('cases:transition', {
        id: props.c.id,
        to: STEP_TARGET[step],
        date,
        reason: reason.trim(),
        ...(step === 'close' && outcome
          ? { closing: { outcome, endedReason: outcome === 'ended-early' ? endedReason.trim() : '', evaluation: evaluation.trim() } }
          : {}),
      });
      props.onDone();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  }

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
      onSubmit={() => void confirm()}
      onClose={props.onClose}
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
        validationMessage={tried && tooEarly ? t('errors.DATE_OUT_OF_ORDER') : undefined}
      >
        <Input
          className={styles.date}
          type="date"
          value={date}
          min={since}
          onChange={(_e, d) => setDate(d.value)}
          data-testid="step-date"
        />
      </Field>
      {step === 'close' && (
        <>
          <Field
            label={t('cases.page.step.outcome')}
            required
            validationMessage={tried && outcomeMissing ? t('cases.page.step.pickOutcome') : undefined}
          >
            <Select value={outcome} onChange={(_e, d) => setOutcome(d.value as Outcome)} data-testid="step-outcome">
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
          {outcome === 'ended-early' && (
            <Field
              label={t('cases.page.step.endedReason')}
              required
              validationMessage={tried && endedMissing ? t('cases.page.step.endedReasonRequired') : undefined}
            >
              <Textarea value={endedReason} onChange={(_e, d) => setEndedReason(d.value)} rows={2} data-testid="step-ended-reason" />
            </Field>
          )}
          <Field label={t('cases.page.step.evaluation')} hint={t('cases.page.step.evaluationHint')}>
            <Textarea value={evaluation} onChange={(_e, d) => setEvaluation(d.value)} rows={3} data-testid="step-evaluation" />
          </Field>
        </>
      )}
      {step !== 'close' && (
        <Field
          label={reasonLabel}
          required={step === 'rematch'}
          validationMessage={tried && reasonMissing ? t('cases.page.step.reasonRequired') : undefined}
        >
          <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} rows={2} data-testid="step-reason" />
        </Field>
      )}
    </FormDialog>
  );
}

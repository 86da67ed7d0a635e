import { Field, Input, makeStyles, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_RESULTS } from '../../../../../shared/contract/mentoring-schemas';
import type { AppError } from '../../../../../shared/errors';
import { asAppError, call } from '../../../api';
import { today } from '../../partners/labels';
import type { CaseValue } from './case-format';
import { FormDialog } from './FormDialog';

type FollowUp = CaseValue['followUps'][number];
type Result = (typeof FOLLOW_UP_RESULTS)[number];

const useStyles = makeStyles({
  date: { maxWidth: '220px' },
});

/**
 * Plans a follow-up (`mode: 'plan'`: due date and note) or records how it went (`'result'`: the
 * day it was done, the result and a note). Ctrl+Enter saves.
 */
export function FollowUpDialog(props: {
  caseId: number;
  mode: 'plan' | 'result';
  followUp: FollowUp | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = props.followUp;
  const [dueOn, setDueOn] = useState(f?.dueOn ?? today());
  const [doneOn, setDoneOn] = useState(f?.doneOn ?? today());
  const [result, setResult] = useState<Result | ''>(f?.result ?? '');
  const [note, setNote] = useState(f?.note ?? '');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const recording = props.mode === 'result';
  const missing = recording ? !doneOn || !result : !dueOn;

  async function save() {
    setTried(true);
    if (missing) return;
    try {
      await call('followUps:save', {
        ...(f ? { id: f.id } : {}),
        caseId: props.caseId,
        dueOn,
        doneOn: recording ? doneOn : (f?.doneOn ?? null),
        result: recording ? (result as Result) : (f?.result ?? null),
        note: note.trim(),
      });
      props.onSaved();
    } catch (e) {
      setError(asAppError(e));
    }
  }

  return (
    <FormDialog
      testId="follow-up-dialog"
      title={recording ? t('cases.page.followUps.recordTitle') : t('cases.page.followUps.planTitle')}
      onSubmit={() => void save()}
      onClose={props.onClose}
      error={error}
      submitTestId="follow-up-save"
      noValidate
    >
      {recording ? (
        <>
          <Field label={t('cases.page.followUps.doneOn')} required>
            <Input
              className={styles.date}
              type="date"
              value={doneOn}
              onChange={(_e, d) => setDoneOn(d.value)}
              data-testid="follow-up-done-on"
            />
          </Field>
          <Field
            label={t('cases.page.followUps.result')}
            required
            validationMessage={tried && !result ? t('cases.page.followUps.pickResult') : undefined}
          >
            <Select value={result} onChange={(_e, d) => setResult(d.value as Result)} data-testid="follow-up-result">
              <option value="" disabled>
                {t('cases.page.followUps.pickResult')}
              </option>
              {FOLLOW_UP_RESULTS.map((r) => (
                <option key={r} value={r}>
                  {t(`mentoring.followUpResult.${r}`)}
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : (
        <Field label={t('cases.page.followUps.dueOn')} required>
          <Input className={styles.date} type="date" value={dueOn} onChange={(_e, d) => setDueOn(d.value)} data-testid="follow-up-due-on" />
        </Field>
      )}
      <Field label={t('cases.page.followUps.note')}>
        <Textarea value={note} onChange={(_e, d) => setNote(d.value)} rows={3} data-testid="follow-up-note" />
      </Field>
    </FormDialog>
  );
}

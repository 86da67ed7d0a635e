import { Field, Input, makeStyles, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_RESULTS } from '../../../../../shared/contract/mentoring-schemas';
import { call } from '../../../api';
import { useForm } from '../../../components/forms/useForm';
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
  const recording = props.mode === 'result';
  const [start] = useState(() => ({
    dueOn: f?.dueOn ?? today(),
    doneOn: f?.doneOn ?? today(),
    result: (f?.result ?? '') as Result | '',
    note: f?.note ?? '',
  }));
  const { draft, set, tried, error, submit, cancel } = useForm({
    start,
    valid: (d) => (recording ? d.doneOn !== '' && d.result !== '' : d.dueOn !== ''),
    save: (d) =>
      call('followUps:save', {
        ...(f ? { id: f.id } : {}),
        caseId: props.caseId,
        dueOn: d.dueOn,
        doneOn: recording ? d.doneOn : (f?.doneOn ?? null),
        result: recording ? (d.result as Result) : (f?.result ?? null),
        note: d.note.trim(),
      }),
    onSaved: props.onSaved,
    onCancel: props.onClose,
    keys: 'none',
    guard: 'close',
    typed: (d) => d.note,
  });

  return (
    <FormDialog
      testId="follow-up-dialog"
      title={recording ? t('cases.page.followUps.recordTitle') : t('cases.page.followUps.planTitle')}
      onSubmit={() => void submit()}
      onClose={cancel}
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
              value={draft.doneOn}
              onChange={(_e, d) => set('doneOn', d.value)}
              data-testid="follow-up-done-on"
            />
          </Field>
          <Field
            label={t('cases.page.followUps.result')}
            required
            validationMessage={tried && !draft.result ? t('cases.page.followUps.pickResult') : undefined}
          >
            <Select value={draft.result} onChange={(_e, d) => set('result', d.value as Result)} data-testid="follow-up-result">
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
          <Input
            className={styles.date}
            type="date"
            value={draft.dueOn}
            onChange={(_e, d) => set('dueOn', d.value)}
            data-testid="follow-up-due-on"
          />
        </Field>
      )}
      <Field label={t('cases.page.followUps.note')}>
        <Textarea value={draft.note} onChange={(_e, d) => set('note', d.value)} rows={3} data-testid="follow-up-note" />
      </Field>
    </FormDialog>
  );
}

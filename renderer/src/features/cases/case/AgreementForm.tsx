import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  FEEDBACK_CONTENTS,
  FEEDBACK_FORMS,
  FEEDBACK_FREQUENCIES,
  FEEDBACK_NAMINGS,
  type AgreementInput,
} from '../../../../../shared/contract/mentoring-schemas';
import { call } from '../../../api';
import { ErrorBar } from '../../../components/ErrorBar';
import { useForm } from '../../../components/forms/useForm';
import { useFormStyles } from '../../partners/form-styles';
import { today } from '../../partners/labels';
import type { CaseValue } from './case-format';

type Agreement = z.output<typeof AgreementInput>;
type Frequency = Agreement['feedbackFrequency'];
type Form = Agreement['feedbackForm'];
type Content = Agreement['feedbackMayContain'][number];
type Naming = Agreement['feedbackNaming'];

const blank = (): Agreement => ({
  date: today(),
  participants: '',
  divisionOfWork: '',
  feedbackFrequency: 'quarterly',
  feedbackForm: 'written-report',
  feedbackMayContain: [],
  feedbackNaming: 'full-name',
  note: '',
});

/** The start meeting's agreement: who took part, who does what, and the feedback to the referring partner. */
export function AgreementForm(props: { c: CaseValue; onSaved: (c: CaseValue) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const [start] = useState<Agreement>(() => props.c.agreement ?? blank());
  const { draft, set, busy, error, formProps } = useForm({
    start,
    valid: (d) => d.date !== '',
    save: (d) =>
      call('cases:saveAgreement', {
        caseId: props.c.id,
        agreement: { ...d, participants: d.participants.trim(), divisionOfWork: d.divisionOfWork.trim(), note: d.note.trim() },
      }),
    onSaved: props.onSaved,
    onCancel: props.onCancel,
    keys: 'form',
    guard: 'navigation',
  });
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <form {...formProps} className={styles.form} data-testid="agreement-form">
      <div className={styles.row}>
        <Field label={t('cases.page.agreement.date')} required>
          <Input ref={first} type="date" value={draft.date} onChange={(_e, d) => set('date', d.value)} data-testid="agreement-date" />
        </Field>
        <Field label={t('cases.page.agreement.participants')} hint={t('cases.page.agreement.participantsHint')}>
          <Input value={draft.participants} onChange={(_e, d) => set('participants', d.value)} data-testid="agreement-participants" />
        </Field>
      </div>
      <Field label={t('cases.page.agreement.divisionOfWork')} hint={t('cases.page.agreement.divisionOfWorkHint')}>
        <Textarea
          value={draft.divisionOfWork}
          onChange={(_e, d) => set('divisionOfWork', d.value)}
          rows={3}
          data-testid="agreement-division"
        />
      </Field>
      <div className={styles.row}>
        <Field label={t('cases.page.agreement.feedbackFrequency')}>
          <Select
            value={draft.feedbackFrequency}
            onChange={(_e, d) => set('feedbackFrequency', d.value as Frequency)}
            data-testid="agreement-frequency"
          >
            {FEEDBACK_FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`mentoring.feedbackFrequency.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('cases.page.agreement.feedbackForm')}>
          <Select value={draft.feedbackForm} onChange={(_e, d) => set('feedbackForm', d.value as Form)} data-testid="agreement-form-kind">
            {FEEDBACK_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`mentoring.feedbackForm.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t('feedback.naming.label')} hint={t('feedback.naming.hint')}>
        <Select value={draft.feedbackNaming} onChange={(_e, d) => set('feedbackNaming', d.value as Naming)} data-testid="agreement-naming">
          {FEEDBACK_NAMINGS.map((n) => (
            <option key={n} value={n}>
              {t(`feedback.naming.${n}`)}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' }}>
        <legend style={{ padding: 0, marginBottom: '4px', fontWeight: 600 }}>{t('cases.page.agreement.feedbackMayContain')}</legend>
        {FEEDBACK_CONTENTS.map((k: Content) => (
          <Checkbox
            key={k}
            label={t(`mentoring.feedbackContent.${k}`)}
            checked={draft.feedbackMayContain.includes(k)}
            onChange={(_e, d) =>
              set(
                'feedbackMayContain',
                FEEDBACK_CONTENTS.filter((x) => (x === k ? d.checked === true : draft.feedbackMayContain.includes(x))),
              )
            }
            data-testid={`agreement-content-${k}`}
          />
        ))}
      </fieldset>
      <MessageBar intent="info">
        <MessageBarBody>{t('cases.page.agreement.consentNote')}</MessageBarBody>
      </MessageBar>
      <Field label={t('cases.page.agreement.note')}>
        <Textarea value={draft.note} onChange={(_e, d) => set('note', d.value)} rows={2} data-testid="agreement-note" />
      </Field>
      <ErrorBar error={error} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={!draft.date || busy} data-testid="agreement-save">
          {t('common.save')}
        </Button>
        <Button onClick={props.onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

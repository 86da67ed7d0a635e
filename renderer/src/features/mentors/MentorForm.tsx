import { Field, Input, Select, SpinButton, Subtitle1, Textarea } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { GENDERS, RECRUITMENT_SOURCES, type Mentor } from '../../../../shared/contract/mentoring-schemas';
import { call } from '../../api';
import { useForm } from '../../components/forms/useForm';
import { useFormStyles } from '../partners/form-styles';
import { EmailPhoneRow } from '../partners/EmailPhoneRow';
import { FormFooter } from '../partners/FormFooter';
import { TagInput } from '../partners/TagInput';
import { AvailabilityGrid } from './AvailabilityGrid';
import { IndustriesPicker } from './IndustriesPicker';
import { LanguagesEditor } from './LanguagesEditor';
import { TrainingsEditor, trainingsComplete } from './TrainingsEditor';

type MentorValue = z.output<typeof Mentor>;
type Gender = (typeof GENDERS)[number];
type Source = (typeof RECRUITMENT_SOURCES)[number];

function draftOf(m?: MentorValue) {
  return {
    name: m?.name ?? '',
    email: m?.email ?? '',
    phone: m?.phone ?? '',
    gender: m?.gender ?? ('unspecified' as Gender),
    languages: m?.languages ?? [],
    industries: m?.industries ?? [],
    profession: m?.profession ?? '',
    education: m?.education ?? '',
    skills: m?.skills ?? [],
    municipality: m?.municipality ?? '',
    availability: m?.availability ?? [],
    capacity: m?.capacity ?? 1,
    recruitmentSource: m?.recruitmentSource ?? ('other' as Source),
    trainings: m?.trainings ?? [],
    vettingCheckedOn: m?.vettingCheckedOn ?? '',
    preferences: m?.preferences ?? '',
    notes: m?.notes ?? '',
    correctionReason: '',
  };
}

/** Adds or edits a volunteer mentor. The status is not here: the view changes it step by step. */
export function MentorForm(props: { initial?: MentorValue; onSaved: (m: MentorValue) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const start = useMemo(() => draftOf(props.initial), [props.initial]);
  const id = props.initial?.id;
  const { draft, set, tried, error, formProps } = useForm({
    start,
    valid: (d) => d.name.trim() !== '' && trainingsComplete(d.trainings),
    save: (d) =>
      call('mentors:save', {
        ...d,
        ...(id === undefined ? {} : { id }),
        capacity: Math.min(10, Math.max(1, Math.round(d.capacity))),
        vettingCheckedOn: d.vettingCheckedOn || null,
      }),
    onSaved: props.onSaved,
    onCancel: props.onCancel,
    keys: 'page',
    guard: 'navigation',
  });

  const title = props.initial ? t('mentors.edit') : t('mentors.new');
  return (
    <form {...formProps} className={styles.form} data-testid="mentor-form" aria-label={title}>
      <Subtitle1 as="h2">{title}</Subtitle1>
      <Field
        label={t('mentors.field.name')}
        required
        validationMessage={tried && !draft.name.trim() ? t('partners.nameRequired') : undefined}
      >
        <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} autoFocus data-testid="mentor-name-input" />
      </Field>
      <EmailPhoneRow
        email={draft.email}
        phone={draft.phone}
        emailLabel={t('mentors.field.email')}
        phoneLabel={t('mentors.field.phone')}
        onEmail={(v) => set('email', v)}
        onPhone={(v) => set('phone', v)}
      />
      <div className={styles.row}>
        <Field label={t('mentors.field.municipality')}>
          <Input value={draft.municipality} onChange={(_e, d) => set('municipality', d.value)} data-testid="mentor-municipality" />
        </Field>
        <Field label={t('mentors.field.gender')}>
          <Select value={draft.gender} onChange={(_e, d) => set('gender', d.value as Gender)}>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`mentoring.gender.${g}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <LanguagesEditor
        value={draft.languages}
        onChange={(v) => set('languages', v)}
        label={t('mentors.field.languages')}
        testId="mentor-languages"
      />
      <Field label={t('mentors.field.industries')} hint={t('mentors.form.industriesHint')}>
        <IndustriesPicker value={draft.industries} onChange={(v) => set('industries', v)} testId="mentor-industries" />
      </Field>
      <Field label={t('mentors.field.profession')}>
        <Input value={draft.profession} onChange={(_e, d) => set('profession', d.value)} data-testid="mentor-profession" />
      </Field>
      <Field label={t('mentors.field.education')}>
        <Input value={draft.education} onChange={(_e, d) => set('education', d.value)} />
      </Field>
      <Field label={t('mentors.field.skills')}>
        <TagInput value={draft.skills} onChange={(v) => set('skills', v)} label={t('mentors.field.skills')} />
      </Field>
      <AvailabilityGrid
        value={draft.availability}
        onChange={(v) => set('availability', v)}
        label={t('mentors.field.availability')}
        testId="mentor-availability"
      />
      <div className={styles.row}>
        <Field label={t('mentors.field.capacity')} hint={t('mentors.form.capacityHint')}>
          <SpinButton
            value={draft.capacity}
            min={1}
            max={10}
            onChange={(_e, d) => {
              const n = d.value ?? Number.parseInt(d.displayValue ?? '', 10);
              if (Number.isFinite(n)) set('capacity', Math.min(10, Math.max(1, n)));
            }}
            data-testid="mentor-capacity"
          />
        </Field>
        <Field label={t('mentors.field.recruitment')}>
          <Select value={draft.recruitmentSource} onChange={(_e, d) => set('recruitmentSource', d.value as Source)}>
            {RECRUITMENT_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`mentoring.recruitment.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <TrainingsEditor value={draft.trainings} onChange={(v) => set('trainings', v)} tried={tried} />
      <Field label={t('mentors.field.vetting')} hint={t('mentors.form.vettingHint')}>
        <Input
          type="date"
          value={draft.vettingCheckedOn}
          onChange={(_e, d) => set('vettingCheckedOn', d.value)}
          data-testid="mentor-vetting"
        />
      </Field>
      <Field label={t('mentors.field.preferences')} hint={t('mentors.form.preferencesHint')}>
        <Textarea value={draft.preferences} onChange={(_e, d) => set('preferences', d.value)} rows={2} resize="vertical" />
      </Field>
      <Field label={t('mentors.field.notes')}>
        <Textarea value={draft.notes} onChange={(_e, d) => set('notes', d.value)} rows={3} resize="vertical" />
      </Field>
      {props.initial && (
        <Field label={t('rights.corrections.reasonLabel')} hint={t('rights.corrections.reasonHint')} data-testid="correction-reason-field">
          <Input value={draft.correctionReason} onChange={(_e, d) => set('correctionReason', d.value)} data-testid="correction-reason" />
        </Field>
      )}
      <FormFooter error={error} onCancel={props.onCancel} />
    </form>
  );
}

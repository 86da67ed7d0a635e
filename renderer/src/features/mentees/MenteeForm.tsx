import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle1,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ShieldLockRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  EDUCATION_LEVELS,
  GENDERS,
  GOAL_KINDS,
  LOCAL_LANGUAGE_LEVELS,
  MENTOR_GENDER_PREFERENCES,
  RECOGNITION_STATUSES,
  type Mentee,
} from '../../../../shared/contract/mentoring-schemas';
import { call } from '../../api';
import { useForm } from '../../components/forms/useForm';
import { AvailabilityGrid } from '../mentors/AvailabilityGrid';
import { IndustriesPicker } from '../mentors/IndustriesPicker';
import { LanguagesEditor } from '../mentors/LanguagesEditor';
import { useFormStyles } from '../partners/form-styles';
import { EmailPhoneRow } from '../partners/EmailPhoneRow';
import { FormFooter } from '../partners/FormFooter';

type MenteeValue = z.output<typeof Mentee>;
type Enum<T extends readonly string[]> = T[number];

const useStyles = makeStyles({
  goals: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, border: 'none', margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  group: { paddingTop: tokens.spacingVerticalS },
});

function draftOf(m?: MenteeValue) {
  return {
    name: m?.name ?? '',
    email: m?.email ?? '',
    phone: m?.phone ?? '',
    birthYear: m?.birthYear == null ? '' : String(m.birthYear),
    gender: m?.gender ?? ('unspecified' as Enum<typeof GENDERS>),
    languages: m?.languages ?? [],
    localLanguageLevel: m?.localLanguageLevel ?? ('basic' as Enum<typeof LOCAL_LANGUAGE_LEVELS>),
    educationLevel: m?.educationLevel ?? ('' as Enum<typeof EDUCATION_LEVELS> | ''),
    educationField: m?.educationField ?? '',
    educationCountry: m?.educationCountry ?? '',
    profession: m?.profession ?? '',
    industries: m?.industries ?? [],
    experienceYears: m?.experienceYears == null ? '' : String(m.experienceYears),
    recognition: m?.recognition ?? ('not-needed' as Enum<typeof RECOGNITION_STATUSES>),
    goals: m?.goals ?? [],
    municipality: m?.municipality ?? '',
    availability: m?.availability ?? [],
    preferredMentorGender: m?.preferredMentorGender ?? ('any' as Enum<typeof MENTOR_GENDER_PREFERENCES>),
    preferences: m?.preferences ?? '',
    notes: m?.notes ?? '',
    correctionReason: '',
  };
}

/** A whole number within bounds from a text field; undefined when it is not one, null when empty. */
function wholeNumber(text: string, min: number, max: number): number | null | undefined {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Adds or edits a mentee. Only what matching and the course need; the privacy hint says what not to record. */
export function MenteeForm(props: { initial?: MenteeValue; onSaved: (m: MenteeValue) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const styles = { ...useFormStyles(), ...useStyles() };
  const start = useMemo(() => draftOf(props.initial), [props.initial]);
  const thisYear = new Date().getFullYear();
  const numbers = (d: typeof start) => ({
    birthYear: wholeNumber(d.birthYear, 1900, thisYear),
    experienceYears: wholeNumber(d.experienceYears, 0, 70),
  });
  const id = props.initial?.id;
  const { draft, set, tried, error, formProps } = useForm({
    start,
    valid: (d) => {
      const n = numbers(d);
      return d.name.trim() !== '' && n.birthYear !== undefined && n.experienceYears !== undefined;
    },
    save: (d) => {
      const n = numbers(d);
      return call('mentees:save', {
        ...d,
        ...(id === undefined ? {} : { id }),
        birthYear: n.birthYear ?? null,
        experienceYears: n.experienceYears ?? null,
        educationLevel: d.educationLevel || null,
      });
    },
    onSaved: props.onSaved,
    onCancel: props.onCancel,
    keys: 'page',
    guard: 'navigation',
  });
  const { birthYear, experienceYears } = numbers(draft);

  const title = props.initial ? t('mentors.mentees.edit') : t('mentors.mentees.new');
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => (
      <option key={v} value={v}>
        {t(`${prefix}.${v}`)}
      </option>
    ));
  return (
    <form {...formProps} className={styles.form} data-testid="mentee-form" aria-label={title}>
      <Subtitle1 as="h2">{title}</Subtitle1>
      <MessageBar intent="info" icon={<ShieldLockRegular />} data-testid="privacy-hint">
        <MessageBarBody>{t('mentors.mentees.privacyHint')}</MessageBarBody>
      </MessageBar>
      <Field
        label={t('mentors.field.name')}
        required
        validationMessage={tried && !draft.name.trim() ? t('partners.nameRequired') : undefined}
      >
        <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} autoFocus data-testid="mentee-name-input" />
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
        <Field
          label={t('mentors.mentees.birthYear')}
          validationMessage={birthYear === undefined ? t('mentors.mentees.birthYearInvalid', { max: thisYear }) : undefined}
        >
          <Input
            inputMode="numeric"
            value={draft.birthYear}
            onChange={(_e, d) => set('birthYear', d.value)}
            data-testid="mentee-birth-year"
          />
        </Field>
        <Field label={t('mentors.field.gender')}>
          <Select value={draft.gender} onChange={(_e, d) => set('gender', d.value as typeof draft.gender)}>
            {options(GENDERS, 'mentoring.gender')}
          </Select>
        </Field>
      </div>
      <Field label={t('mentors.field.municipality')}>
        <Input value={draft.municipality} onChange={(_e, d) => set('municipality', d.value)} data-testid="mentee-municipality" />
      </Field>
      <Subtitle2 as="h3" className={styles.group}>
        {t('mentors.mentees.languagesGroup')}
      </Subtitle2>
      <Field label={t('mentors.mentees.localLevel')} hint={t('mentors.mentees.localLevelHint')}>
        <Select
          value={draft.localLanguageLevel}
          onChange={(_e, d) => set('localLanguageLevel', d.value as typeof draft.localLanguageLevel)}
          data-testid="mentee-local-level"
        >
          {options(LOCAL_LANGUAGE_LEVELS, 'mentoring.localLevel')}
        </Select>
      </Field>
      <LanguagesEditor
        value={draft.languages}
        onChange={(v) => set('languages', v)}
        label={t('mentors.mentees.otherLanguages')}
        testId="mentee-languages"
      />
      <Subtitle2 as="h3" className={styles.group}>
        {t('mentors.mentees.backgroundGroup')}
      </Subtitle2>
      <div className={styles.row}>
        <Field label={t('mentors.mentees.educationLevel')}>
          <Select value={draft.educationLevel} onChange={(_e, d) => set('educationLevel', d.value as typeof draft.educationLevel)}>
            <option value="">{t('mentors.mentees.notStated')}</option>
            {options(EDUCATION_LEVELS, 'mentoring.educationLevel')}
          </Select>
        </Field>
        <Field label={t('mentors.mentees.educationCountry')}>
          <Input value={draft.educationCountry} onChange={(_e, d) => set('educationCountry', d.value)} />
        </Field>
      </div>
      <Field label={t('mentors.mentees.educationField')}>
        <Input value={draft.educationField} onChange={(_e, d) => set('educationField', d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={t('mentors.field.profession')}>
          <Input value={draft.profession} onChange={(_e, d) => set('profession', d.value)} data-testid="mentee-profession" />
        </Field>
        <Field
          label={t('mentors.mentees.experienceYears')}
          validationMessage={experienceYears === undefined ? t('mentors.mentees.experienceInvalid') : undefined}
        >
          <Input inputMode="numeric" value={draft.experienceYears} onChange={(_e, d) => set('experienceYears', d.value)} />
        </Field>
      </div>
      <Field label={t('mentors.field.industries')} hint={t('mentors.mentees.industriesHint')}>
        <IndustriesPicker value={draft.industries} onChange={(v) => set('industries', v)} testId="mentee-industries" />
      </Field>
      <Field label={t('mentors.mentees.recognition')} hint={t('mentors.mentees.recognitionHint')}>
        <Select value={draft.recognition} onChange={(_e, d) => set('recognition', d.value as typeof draft.recognition)}>
          {options(RECOGNITION_STATUSES, 'mentoring.recognition')}
        </Select>
      </Field>
      <fieldset className={styles.goals}>
        <legend className={styles.legend}>{t('mentors.mentees.goals')}</legend>
        {GOAL_KINDS.map((g) => (
          <Checkbox
            key={g}
            label={t(`mentoring.goal.${g}`)}
            checked={draft.goals.includes(g)}
            onChange={(_e, d) =>
              set('goals', d.checked ? GOAL_KINDS.filter((x) => x === g || draft.goals.includes(x)) : draft.goals.filter((x) => x !== g))
            }
            data-testid={`goal-${g}`}
          />
        ))}
      </fieldset>
      <Subtitle2 as="h3" className={styles.group}>
        {t('mentors.mentees.matchingGroup')}
      </Subtitle2>
      <AvailabilityGrid
        value={draft.availability}
        onChange={(v) => set('availability', v)}
        label={t('mentors.field.availability')}
        testId="mentee-availability"
      />
      <Field label={t('mentors.mentees.preferredMentorGender')}>
        <Select
          value={draft.preferredMentorGender}
          onChange={(_e, d) => set('preferredMentorGender', d.value as typeof draft.preferredMentorGender)}
        >
          {options(MENTOR_GENDER_PREFERENCES, 'mentoring.mentorGender')}
        </Select>
      </Field>
      <Field label={t('mentors.field.preferences')} hint={t('mentors.mentees.preferencesHint')}>
        <Textarea value={draft.preferences} onChange={(_e, d) => set('preferences', d.value)} rows={2} resize="vertical" />
      </Field>
      <Field label={t('mentors.field.notes')} hint={t('mentors.mentees.notesHint')}>
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

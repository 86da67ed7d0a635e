import { Checkbox, Field, Input, makeStyles, Subtitle1, Textarea, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Contact } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { useForm } from '../../components/forms/useForm';
import { themeOptions, type Theme } from '../partners/labels';
import { DuplicateWarning } from './DuplicateWarning';
import { MembershipsEditor, type MembershipDraft } from './MembershipsEditor';
import { useFormStyles } from '../partners/form-styles';
import { EmailPhoneRow } from '../partners/EmailPhoneRow';
import { FormFooter } from '../partners/FormFooter';

type ContactValue = z.output<typeof Contact>;

const useStyles = makeStyles({
  themes: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    alignItems: 'start',
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

function draftOf(c?: ContactValue) {
  return {
    name: c?.name ?? '',
    role: c?.role ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    preferredLanguage: c?.preferredLanguage ?? '',
    themes: (c?.themes ?? []) as Theme[],
    notes: c?.notes ?? '',
    memberships: (c?.memberships ?? []).map((m) => ({ ...m })) as MembershipDraft[],
  };
}

/** Adds or edits a contact person, warning while typing when the person may already be in the register. */
export function ContactForm(props: { initial?: ContactValue; onSaved: (c: ContactValue) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const styles = { ...useFormStyles(), ...useStyles() };
  const start = useMemo(() => draftOf(props.initial), [props.initial]);
  const id = props.initial?.id;
  const { draft, set, tried, error, formProps } = useForm({
    start,
    valid: (d) => d.name.trim() !== '' && !d.memberships.some((m) => m.organisationId === null),
    save: (d) =>
      call('contacts:save', {
        ...d,
        ...(id === undefined ? {} : { id }),
        memberships: d.memberships.map((m) => ({ organisationId: m.organisationId as number, role: m.role, from: m.from, to: m.to })),
      }),
    onSaved: props.onSaved,
    onCancel: props.onCancel,
    keys: 'page',
    guard: 'navigation',
  });
  const organisationIds = useMemo(
    () => draft.memberships.map((m) => m.organisationId).filter((id): id is number => id !== null),
    [draft.memberships],
  );

  const title = props.initial ? t('contacts.edit') : t('contacts.new');
  return (
    <form {...formProps} className={styles.form} data-testid="contact-form" aria-label={title}>
      <Subtitle1 as="h2">{title}</Subtitle1>
      <Field label={t('contacts.name')} required validationMessage={tried && !draft.name.trim() ? t('partners.nameRequired') : undefined}>
        <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} autoFocus data-testid="contact-name-input" />
      </Field>
      <Field label={t('contacts.role')}>
        <Input value={draft.role} onChange={(_e, d) => set('role', d.value)} />
      </Field>
      <EmailPhoneRow
        email={draft.email}
        phone={draft.phone}
        emailLabel={t('contacts.email')}
        phoneLabel={t('contacts.phone')}
        onEmail={(v) => set('email', v)}
        onPhone={(v) => set('phone', v)}
        emailTestId="contact-email-input"
        phoneTestId="contact-phone-input"
      />
      <DuplicateWarning
        name={draft.name}
        email={draft.email}
        organisationIds={organisationIds}
        {...(props.initial ? { excludeId: props.initial.id } : {})}
      />
      <Field label={t('contacts.preferredLanguage')}>
        <Input value={draft.preferredLanguage} onChange={(_e, d) => set('preferredLanguage', d.value)} />
      </Field>
      <fieldset className={styles.themes}>
        <legend className={styles.legend}>{t('contacts.designatedFor')}</legend>
        {themeOptions(t).map((o) => (
          <Checkbox
            key={o.value}
            label={o.label}
            checked={draft.themes.includes(o.value)}
            onChange={(_e, d) => set('themes', d.checked ? [...draft.themes, o.value] : draft.themes.filter((x) => x !== o.value))}
            data-testid={`theme-${o.value}`}
          />
        ))}
      </fieldset>
      <MembershipsEditor value={draft.memberships} onChange={(v) => set('memberships', v)} tried={tried} />
      <Field label={t('contacts.notes')}>
        <Textarea value={draft.notes} onChange={(_e, d) => set('notes', d.value)} rows={3} resize="vertical" />
      </Field>
      <FormFooter error={error} onCancel={props.onCancel} />
    </form>
  );
}

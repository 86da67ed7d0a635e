import { Button, Checkbox, Field, Input, makeStyles, Subtitle1, Textarea, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Contact } from '../../../../shared/contract/partners-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { differs, emailLooksWrong, phoneLooksWrong, themeOptions, type Theme } from '../partners/labels';
import { useDirtyGuard } from '../partners/navigation';
import { useFormKeys } from '../partners/useFormKeys';
import { DuplicateWarning } from './DuplicateWarning';
import { MembershipsEditor, type MembershipDraft } from './MembershipsEditor';
import { useFormStyles } from '../partners/form-styles';

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
  const [draft, setDraft] = useState(start);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  const saved = useDirtyGuard(differs(draft, start));
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const organisationIds = useMemo(
    () => draft.memberships.map((m) => m.organisationId).filter((id): id is number => id !== null),
    [draft.memberships],
  );

  const { onSaved } = props;
  async function save() {
    setTried(true);
    if (draft.name.trim() === '' || draft.memberships.some((m) => m.organisationId === null)) return;
    try {
      const id = props.initial?.id;
      const value = await call('contacts:save', {
        ...draft,
        ...(id === undefined ? {} : { id }),
        memberships: draft.memberships.map((m) => ({ organisationId: m.organisationId as number, role: m.role, from: m.from, to: m.to })),
      });
      setError(null);
      saved();
      onSaved(value);
    } catch (e) {
      setError(asAppError(e));
    }
  }
  useFormKeys(ref, () => void save(), props.onCancel);

  const title = props.initial ? t('contacts.edit') : t('contacts.new');
  return (
    <form
      ref={ref}
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="contact-form"
      aria-label={title}
    >
      <Subtitle1 as="h2">{title}</Subtitle1>
      <Field label={t('contacts.name')} required validationMessage={tried && !draft.name.trim() ? t('partners.nameRequired') : undefined}>
        <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} autoFocus data-testid="contact-name-input" />
      </Field>
      <Field label={t('contacts.role')}>
        <Input value={draft.role} onChange={(_e, d) => set('role', d.value)} />
      </Field>
      <div className={styles.row}>
        <Field
          label={t('contacts.email')}
          validationState={emailLooksWrong(draft.email) ? 'warning' : 'none'}
          validationMessage={emailLooksWrong(draft.email) ? t('partners.emailWarning') : undefined}
        >
          <Input type="email" value={draft.email} onChange={(_e, d) => set('email', d.value)} data-testid="contact-email-input" />
        </Field>
        <Field
          label={t('contacts.phone')}
          validationState={phoneLooksWrong(draft.phone) ? 'warning' : 'none'}
          validationMessage={phoneLooksWrong(draft.phone) ? t('partners.phoneWarning') : undefined}
        >
          <Input type="tel" value={draft.phone} onChange={(_e, d) => set('phone', d.value)} data-testid="contact-phone-input" />
        </Field>
      </div>
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
      <ErrorBar error={error} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" data-testid="form-save">
          {t('common.save')}
        </Button>
        <Button onClick={props.onCancel} data-testid="form-cancel">
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

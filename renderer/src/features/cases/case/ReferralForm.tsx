import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { ErrorBar } from '../../../components/ErrorBar';
import { useForm } from '../../../components/forms/useForm';
import { useFormStyles } from '../../partners/form-styles';
import { OrganisationPicker } from '../../partners/OrganisationPicker';
import { detailsOf, type CaseValue } from './case-format';

type Person = { id: number; name: string };

/** Who referred the mentee, when and why, and the coordinator of the course. */
export function ReferralForm(props: { c: CaseValue; onSaved: (c: CaseValue) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const [start] = useState(() => ({ ...detailsOf(props.c).referral, coordinator: props.c.coordinator }));
  // Ctrl+S and Ctrl+Enter save; Esc does not cancel here (it never did), so the hook gets no onCancel.
  const { draft, setDraft, error, formProps } = useForm({
    start,
    valid: (d) => d.date !== '',
    save: ({ coordinator, ...referral }) =>
      call('cases:saveDetails', {
        ...detailsOf(props.c),
        coordinator: coordinator.trim(),
        referral: { ...referral, reason: referral.reason.trim() },
      }),
    onSaved: props.onSaved,
    keys: 'form',
    guard: 'navigation',
  });
  const [orgName, setOrgName] = useState(props.c.referral.organisationName ?? '');
  const [loaded, setLoaded] = useState<{ organisationId: number; people: Person[] } | null>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  // The contact persons of the chosen organisation (current members), plus the one already chosen.
  useEffect(() => {
    const organisationId = draft.organisationId;
    if (organisationId === null) return;
    let live = true;
    call('organisations:get', { id: organisationId }).then(
      (o) => live && setLoaded({ organisationId, people: o.people.filter((p) => !p.to).map((p) => ({ id: p.contactId, name: p.name })) }),
      () => live && setLoaded({ organisationId, people: [] }),
    );
    return () => {
      live = false;
    };
  }, [draft.organisationId]);
  const people = loaded && loaded.organisationId === draft.organisationId ? loaded.people : [];
  const choices =
    draft.contactId !== null && !people.some((p) => p.id === draft.contactId) && props.c.referral.contactId === draft.contactId
      ? [...people, { id: draft.contactId, name: props.c.referral.contactName ?? '' }]
      : people;

  return (
    <form {...formProps} className={styles.form} data-testid="referral-form">
      <Field label={t('cases.page.referral.reason')}>
        <Textarea
          ref={first}
          value={draft.reason}
          onChange={(_e, d) => setDraft({ ...draft, reason: d.value })}
          rows={3}
          data-testid="referral-reason"
        />
      </Field>
      <Field label={t('cases.page.referral.organisation')}>
        <OrganisationPicker
          value={draft.organisationId}
          valueName={orgName}
          label={t('cases.page.referral.organisation')}
          onChange={(o) => {
            setOrgName(o?.name ?? '');
            setDraft({ ...draft, organisationId: o?.id ?? null, contactId: null });
          }}
          testId="referral-organisation"
        />
      </Field>
      <Field label={t('cases.page.referral.contact')}>
        <Select
          value={draft.contactId === null ? '' : String(draft.contactId)}
          disabled={draft.organisationId === null}
          onChange={(_e, d) => setDraft({ ...draft, contactId: d.value ? Number(d.value) : null })}
          data-testid="referral-contact"
        >
          <option value="">{t('cases.page.referral.noContact')}</option>
          {choices.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={t('cases.page.referral.date')} required>
          <Input type="date" value={draft.date} onChange={(_e, d) => setDraft({ ...draft, date: d.value })} data-testid="referral-date" />
        </Field>
        <Field label={t('cases.page.referral.coordinator')}>
          <Input
            value={draft.coordinator}
            onChange={(_e, d) => setDraft({ ...draft, coordinator: d.value })}
            data-testid="referral-coordinator"
          />
        </Field>
      </div>
      <ErrorBar error={error} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={!draft.date} data-testid="referral-save">
          {t('common.save')}
        </Button>
        <Button onClick={props.onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

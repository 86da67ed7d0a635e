import { Field, Input, Select, Subtitle1, Textarea } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Offer, Organisation } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { useForm } from '../../components/forms/useForm';
import { countryOptions, sectorOptions, type Country, type Sector } from '../partners/labels';
import { TagInput } from '../partners/TagInput';
import { OffersEditor } from './OffersEditor';
import { useFormStyles } from '../partners/form-styles';
import { EmailPhoneRow } from '../partners/EmailPhoneRow';
import { FormFooter } from '../partners/FormFooter';

type Org = z.output<typeof Organisation>;
export type OfferDraft = Omit<z.output<typeof Offer>, 'id'> & { id?: number };

function draftOf(o?: Org) {
  return {
    name: o?.name ?? '',
    sector: (o?.sector ?? 'civil-society') as Sector,
    country: (o?.country ?? 'DK') as Country,
    municipality: o?.municipality ?? '',
    address: o?.address ?? '',
    website: o?.website ?? '',
    email: o?.email ?? '',
    phone: o?.phone ?? '',
    howWeWork: o?.howWeWork ?? '',
    tags: o?.tags ?? [],
    offers: (o?.offers ?? []) as OfferDraft[],
  };
}

/** Adds or edits an organisation with its offers. Ctrl+S saves, Esc cancels; leaving with changes asks first. */
export function OrganisationForm(props: { initial?: Org; onSaved: (o: Org) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const start = useMemo(() => draftOf(props.initial), [props.initial]);
  const id = props.initial?.id;
  const { draft, set, tried, error, formProps } = useForm({
    start,
    valid: (d) => d.name.trim() !== '' && !d.offers.some((f) => f.title.trim() === ''),
    save: (d) => call('organisations:save', { ...d, ...(id === undefined ? {} : { id }) }),
    onSaved: props.onSaved,
    onCancel: props.onCancel,
    keys: 'page',
    guard: 'navigation',
  });
  const nameMissing = draft.name.trim() === '';

  return (
    <form
      {...formProps}
      className={styles.form}
      data-testid="organisation-form"
      aria-label={props.initial ? t('organisations.edit') : t('organisations.new')}
    >
      <Subtitle1 as="h2">{props.initial ? t('organisations.edit') : t('organisations.new')}</Subtitle1>
      <Field label={t('organisations.name')} required validationMessage={tried && nameMissing ? t('partners.nameRequired') : undefined}>
        <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} autoFocus data-testid="org-name-input" />
      </Field>
      <div className={styles.row}>
        <Field label={t('organisations.sector')}>
          <Select value={draft.sector} onChange={(_e, d) => set('sector', d.value as Sector)} data-testid="org-sector">
            {sectorOptions(t).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('organisations.country')}>
          <Select value={draft.country} onChange={(_e, d) => set('country', d.value as Country)}>
            {countryOptions(t).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t('organisations.municipality')}>
          <Input value={draft.municipality} onChange={(_e, d) => set('municipality', d.value)} data-testid="org-municipality" />
        </Field>
        <Field label={t('organisations.website')}>
          <Input value={draft.website} onChange={(_e, d) => set('website', d.value)} />
        </Field>
      </div>
      <Field label={t('organisations.address')}>
        <Input value={draft.address} onChange={(_e, d) => set('address', d.value)} />
      </Field>
      <EmailPhoneRow
        email={draft.email}
        phone={draft.phone}
        emailLabel={t('organisations.email')}
        phoneLabel={t('organisations.phone')}
        onEmail={(v) => set('email', v)}
        onPhone={(v) => set('phone', v)}
      />
      <Field label={t('organisations.howWeWork')} hint={t('organisations.howWeWorkHint')}>
        <Textarea value={draft.howWeWork} onChange={(_e, d) => set('howWeWork', d.value)} rows={4} resize="vertical" />
      </Field>
      <Field label={t('organisations.tags')}>
        <TagInput value={draft.tags} onChange={(v) => set('tags', v)} label={t('organisations.tags')} />
      </Field>
      <OffersEditor offers={draft.offers} onChange={(v) => set('offers', v)} people={props.initial?.people ?? []} tried={tried} />
      <FormFooter error={error} onCancel={props.onCancel} />
    </form>
  );
}

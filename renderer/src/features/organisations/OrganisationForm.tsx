import { Button, Field, Input, Select, Subtitle1, Textarea } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Offer, Organisation } from '../../../../shared/contract/partners-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { countryOptions, differs, emailLooksWrong, phoneLooksWrong, sectorOptions, type Country, type Sector } from '../partners/labels';
import { useDirtyGuard } from '../partners/navigation';
import { TagInput } from '../partners/TagInput';
import { useFormKeys } from '../partners/useFormKeys';
import { OffersEditor } from './OffersEditor';
import { useFormStyles } from '../partners/form-styles';

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
  const [draft, setDraft] = useState(start);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  const dirty = differs(draft, start);
  const saved = useDirtyGuard(dirty);

  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const nameMissing = draft.name.trim() === '';

  const { onSaved } = props;
  async function save() {
    setTried(true);
    if (draft.name.trim() === '' || draft.offers.some((f) => f.title.trim() === '')) return;
    try {
      const id = props.initial?.id;
      const value = await call('organisations:save', { ...draft, ...(id === undefined ? {} : { id }) });
      setError(null);
      saved();
      onSaved(value);
    } catch (e) {
      setError(asAppError(e));
    }
  }
  useFormKeys(ref, () => void save(), props.onCancel);

  return (
    <form
      ref={ref}
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
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
      <div className={styles.row}>
        <Field
          label={t('organisations.email')}
          validationState={emailLooksWrong(draft.email) ? 'warning' : 'none'}
          validationMessage={emailLooksWrong(draft.email) ? t('partners.emailWarning') : undefined}
        >
          <Input type="email" value={draft.email} onChange={(_e, d) => set('email', d.value)} />
        </Field>
        <Field
          label={t('organisations.phone')}
          validationState={phoneLooksWrong(draft.phone) ? 'warning' : 'none'}
          validationMessage={phoneLooksWrong(draft.phone) ? t('partners.phoneWarning') : undefined}
        >
          <Input type="tel" value={draft.phone} onChange={(_e, d) => set('phone', d.value)} />
        </Field>
      </div>
      <Field label={t('organisations.howWeWork')} hint={t('organisations.howWeWorkHint')}>
        <Textarea value={draft.howWeWork} onChange={(_e, d) => set('howWeWork', d.value)} rows={4} resize="vertical" />
      </Field>
      <Field label={t('organisations.tags')}>
        <TagInput value={draft.tags} onChange={(v) => set('tags', v)} label={t('organisations.tags')} />
      </Field>
      <OffersEditor offers={draft.offers} onChange={(v) => set('offers', v)} people={props.initial?.people ?? []} tried={tried} />
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

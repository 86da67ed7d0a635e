import { Field, Input, Subtitle1, Tag, TagGroup, Textarea } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Network } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { useForm } from '../../components/forms/useForm';
import { OrganisationPicker } from '../partners/OrganisationPicker';
import { useFormStyles } from '../partners/form-styles';
import { FormFooter } from '../partners/FormFooter';

type NetworkValue = z.output<typeof Network>;

/** Adds or edits a network: name, purpose and member organisations. */
export function NetworkForm(props: { initial?: NetworkValue; onSaved: (n: NetworkValue) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const start = useMemo(
    () => ({ name: props.initial?.name ?? '', purpose: props.initial?.purpose ?? '', members: props.initial?.members ?? [] }),
    [props.initial],
  );
  const [pickerKey, setPickerKey] = useState(0);
  const id = props.initial?.id;
  const { draft, setDraft, tried, error, formProps } = useForm({
    start,
    valid: (d) => d.name.trim() !== '',
    save: (d) =>
      call('networks:save', {
        name: d.name,
        purpose: d.purpose,
        memberIds: d.members.map((m) => m.id),
        ...(id === undefined ? {} : { id }),
      }),
    onSaved: props.onSaved,
    onCancel: props.onCancel,
    keys: 'page',
    guard: 'navigation',
  });

  const title = props.initial ? t('networks.edit') : t('networks.new');
  return (
    <form {...formProps} className={styles.form} data-testid="network-form" aria-label={title}>
      <Subtitle1 as="h2">{title}</Subtitle1>
      <Field label={t('networks.name')} required validationMessage={tried && !draft.name.trim() ? t('partners.nameRequired') : undefined}>
        <Input value={draft.name} onChange={(_e, d) => setDraft({ ...draft, name: d.value })} autoFocus data-testid="network-name-input" />
      </Field>
      <Field label={t('networks.purpose')}>
        <Textarea value={draft.purpose} onChange={(_e, d) => setDraft({ ...draft, purpose: d.value })} rows={3} resize="vertical" />
      </Field>
      <Field label={t('networks.members')}>
        <OrganisationPicker
          key={pickerKey}
          value={null}
          placeholder={t('networks.addMember')}
          exclude={draft.members.map((m) => m.id)}
          onChange={(c) => {
            if (c) setDraft({ ...draft, members: [...draft.members, c] });
            setPickerKey((k) => k + 1);
          }}
          testId="network-member-picker"
        />
      </Field>
      {draft.members.length > 0 && (
        <TagGroup
          aria-label={t('networks.members')}
          onDismiss={(_e, d) => setDraft({ ...draft, members: draft.members.filter((m) => String(m.id) !== d.value) })}
        >
          {draft.members.map((m) => (
            <Tag key={m.id} value={String(m.id)} dismissible dismissIcon={{ 'aria-label': t('partners.removeTag', { tag: m.name }) }}>
              {m.name}
            </Tag>
          ))}
        </TagGroup>
      )}
      <FormFooter error={error} onCancel={props.onCancel} />
    </form>
  );
}

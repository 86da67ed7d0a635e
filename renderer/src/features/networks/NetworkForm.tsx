import { Button, Field, Input, Subtitle1, Tag, TagGroup, Textarea } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Network } from '../../../../shared/contract/partners-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { differs } from '../partners/labels';
import { useDirtyGuard } from '../partners/navigation';
import { OrganisationPicker } from '../partners/OrganisationPicker';
import { useFormKeys } from '../partners/useFormKeys';
import { useFormStyles } from '../partners/form-styles';

type NetworkValue = z.output<typeof Network>;

/** Adds or edits a network: name, purpose and member organisations. */
export function NetworkForm(props: { initial?: NetworkValue; onSaved: (n: NetworkValue) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const start = useMemo(
    () => ({ name: props.initial?.name ?? '', purpose: props.initial?.purpose ?? '', members: props.initial?.members ?? [] }),
    [props.initial],
  );
  const [draft, setDraft] = useState(start);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const ref = useRef<HTMLFormElement>(null);
  const saved = useDirtyGuard(differs(draft, start));

  const { onSaved } = props;
  async function save() {
    setTried(true);
    if (!draft.name.trim()) return;
    try {
      const id = props.initial?.id;
      const value = await call('networks:save', {
        name: draft.name,
        purpose: draft.purpose,
        memberIds: draft.members.map((m) => m.id),
        ...(id === undefined ? {} : { id }),
      });
      setError(null);
      saved();
      onSaved(value);
    } catch (e) {
      setError(asAppError(e));
    }
  }
  useFormKeys(ref, () => void save(), props.onCancel);

  const title = props.initial ? t('networks.edit') : t('networks.new');
  return (
    <form
      ref={ref}
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="network-form"
      aria-label={title}
    >
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
      <ErrorBar error={error} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" data-testid="form-save">
          {t('common.save')}
        </Button>
        <Button onClick={props.onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

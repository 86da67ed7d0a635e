import { Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ROLES, type Role } from '../../../../shared/contract/consents-schemas';
import type { UserRow } from '../../../../shared/contract/users';
import { call } from '../../api';
import { useForm } from '../../components/forms/useForm';
import { NewPassphraseFields, newPassphraseReady } from '../../components/NewPassphraseFields';
import { FormDialog } from '../cases/case/FormDialog';
import { roleName } from './names';

/**
 * Adds a user. The new user sits at the administrator's desk and types their own passphrase,
 * with the same strength rule as a new register; core makes their key slot from it.
 */
export function AddUserDialog(props: { open: boolean; onClose: () => void; onAdded: (user: z.output<typeof UserRow>) => void }) {
  if (!props.open) return null;
  return <AddUserForm {...props} />;
}

function AddUserForm(props: { onClose: () => void; onAdded: (user: z.output<typeof UserRow>) => void }) {
  const { t } = useTranslation();
  const [start] = useState({ name: '', role: 'coordinator' as Role, passphrase: '', confirm: '' });
  const { draft, set, tried, busy, error, submit, cancel } = useForm({
    start,
    valid: (d) => d.name.trim().length > 0 && newPassphraseReady(d.passphrase, d.confirm),
    save: (d) => call('users:add', { displayName: d.name.trim(), role: d.role, passphrase: d.passphrase }),
    onSaved: props.onAdded,
    onCancel: props.onClose,
    keys: 'none',
    guard: 'close',
    typed: (d) => [d.name, d.passphrase, d.confirm],
  });
  const { name, role } = draft;

  return (
    <FormDialog
      testId="add-user-dialog"
      title={t('users.addTitle')}
      onSubmit={() => void submit()}
      onClose={cancel}
      error={error}
      errorTestId="add-user-error"
      submitLabel={t('users.addSubmit')}
      submitTestId="add-user-submit"
      submitDisabled={busy}
      noValidate
    >
      <Field label={t('users.displayName')} required validationMessage={tried && !name.trim() ? t('common.required') : undefined}>
        <Input value={name} onChange={(_e, d) => set('name', d.value)} maxLength={100} data-testid="add-user-name" autoFocus />
      </Field>
      <Field label={t('users.role')} hint={t(`users.roleHints.${role}`)}>
        <Select value={role} onChange={(_e, d) => set('role', d.value as Role)} data-testid="add-user-role">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleName(t, r)}
            </option>
          ))}
        </Select>
      </Field>
      <NewPassphraseFields
        value={draft.passphrase}
        confirm={draft.confirm}
        onChange={(passphrase) => set('passphrase', passphrase)}
        onConfirmChange={(confirm) => set('confirm', confirm)}
        submitted={tried}
        labels={{ passphrase: t('users.passphrase'), confirm: t('users.confirm'), hint: t('users.addHint') }}
        testIds={{ passphrase: 'add-user-passphrase', confirm: 'add-user-confirm' }}
      />
    </FormDialog>
  );
}

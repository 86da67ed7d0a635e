import { Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ROLES, type Role } from '../../../../shared/contract/consents-schemas';
import type { UserRow } from '../../../../shared/contract/users';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
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
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('coordinator');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function submit() {
    setSubmitted(true);
    if (busy || name.trim().length === 0 || !newPassphraseReady(passphrase, confirm)) return;
    setBusy(true);
    setError(null);
    try {
      props.onAdded(await call('users:add', { displayName: name.trim(), role, passphrase }));
    } catch (e) {
      setError(asAppError(e));
      setBusy(false);
    }
  }

  return (
    <FormDialog
      testId="add-user-dialog"
      title={t('users.addTitle')}
      onSubmit={() => void submit()}
      onClose={props.onClose}
      error={error}
      errorTestId="add-user-error"
      submitLabel={t('users.addSubmit')}
      submitTestId="add-user-submit"
      submitDisabled={busy}
      noValidate
    >
      <Field label={t('users.displayName')} required validationMessage={submitted && !name.trim() ? t('common.required') : undefined}>
        <Input value={name} onChange={(_e, d) => setName(d.value)} maxLength={100} data-testid="add-user-name" autoFocus />
      </Field>
      <Field label={t('users.role')} hint={t(`users.roleHints.${role}`)}>
        <Select value={role} onChange={(_e, d) => setRole(d.value as Role)} data-testid="add-user-role">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleName(t, r)}
            </option>
          ))}
        </Select>
      </Field>
      <NewPassphraseFields
        value={passphrase}
        confirm={confirm}
        onChange={setPassphrase}
        onConfirmChange={setConfirm}
        submitted={submitted}
        labels={{ passphrase: t('users.passphrase'), confirm: t('users.confirm'), hint: t('users.addHint') }}
        testIds={{ passphrase: 'add-user-passphrase', confirm: 'add-user-confirm' }}
      />
    </FormDialog>
  );
}

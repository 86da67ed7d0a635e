import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { UserRow } from '../../../../shared/contract/users';
import { call } from '../../api';
import { useForm } from '../../components/forms/useForm';
import { FormDialog } from '../cases/case/FormDialog';
import { userName } from './names';

type User = z.output<typeof UserRow>;

/** Renames a user (the name screens and the audit viewer show; the id in the key slot stays). */
export function RenameUserDialog(props: { user: User | null; onClose: () => void; onRenamed: (user: User) => void }) {
  if (!props.user) return null;
  return <RenameForm key={props.user.id} user={props.user} onClose={props.onClose} onRenamed={props.onRenamed} />;
}

function RenameForm(props: { user: User; onClose: () => void; onRenamed: (user: User) => void }) {
  const { t } = useTranslation();
  const [start] = useState(() => userName(t, props.user));
  const {
    draft: name,
    setDraft: setName,
    tried,
    error,
    submit,
    cancel,
  } = useForm({
    start,
    valid: (n) => n.trim() !== '',
    save: (n) => call('users:rename', { id: props.user.id, displayName: n.trim() }),
    onSaved: props.onRenamed,
    onCancel: props.onClose,
    keys: 'none',
    guard: 'close',
  });

  return (
    <FormDialog
      testId="rename-user-dialog"
      title={t('users.renameTitle', { name: userName(t, props.user) })}
      onSubmit={() => void submit()}
      onClose={cancel}
      error={error}
      errorTestId="rename-user-error"
      submitTestId="rename-user-submit"
      noValidate
    >
      <Field label={t('users.displayName')} required validationMessage={tried && !name.trim() ? t('common.required') : undefined}>
        <Input value={name} onChange={(_e, d) => setName(d.value)} maxLength={100} data-testid="rename-user-name" autoFocus />
      </Field>
    </FormDialog>
  );
}

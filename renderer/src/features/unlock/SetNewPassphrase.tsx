import { Body1, Button, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { NewPassphraseFields, newPassphraseReady } from '../../components/NewPassphraseFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

/** After a recovery-key unlock: a new passphrase is required before the register opens. */
export function SetNewPassphrase({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!newPassphraseReady(passphrase, confirm)) return;
    setBusy(true);
    try {
      await call('register:setPassphrase', { passphrase });
      onDone();
    } catch (e) {
      setError(asAppError(e));
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Title2 as="h1">{t('setPassphrase.title')}</Title2>
      <Body1>{t('setPassphrase.intro')}</Body1>
      <ErrorBar error={error} />
      <NewPassphraseFields
        value={passphrase}
        confirm={confirm}
        onChange={setPassphrase}
        onConfirmChange={setConfirm}
        submitted={submitted}
        labels={{ passphrase: t('settings.newPassphrase'), confirm: t('settings.confirmPassphrase') }}
        testIds={{ passphrase: 'new-passphrase', confirm: 'new-passphrase-confirm' }}
        autoFocus
      />
      <div className={styles.actions}>
        <Button data-testid="new-passphrase-submit" appearance="primary" type="submit" disabled={busy}>
          {t('setPassphrase.submit')}
        </Button>
      </div>
    </form>
  );
}

import { Button, Field, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { NewPassphraseFields, newPassphraseReady } from '../../components/NewPassphraseFields';
import { PassphraseInput } from '../../components/PassphraseInput';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '440px' },
  actions: { display: 'flex' },
});

/** Current passphrase, the new one twice; only the key slot is rewritten, never the data. */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setDone(false);
    if (current.length === 0 || !newPassphraseReady(next, confirm)) return;
    setBusy(true);
    setError(null);
    try {
      await call('register:changePassphrase', { current, next });
      setDone(true);
      setCurrent('');
      setNext('');
      setConfirm('');
      setSubmitted(false);
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('settings.changePassphrase')}>
      {done && (
        <MessageBar intent="success" data-testid="change-passphrase-done">
          <MessageBarBody>{t('settings.changed')}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} testId="change-passphrase-error" />
      <Field
        label={t('settings.currentPassphrase')}
        required
        validationMessage={submitted && current.length === 0 ? t('common.required') : undefined}
      >
        <PassphraseInput data-testid="change-passphrase-current" value={current} onChange={(_e, d) => setCurrent(d.value)} />
      </Field>
      <NewPassphraseFields
        value={next}
        confirm={confirm}
        onChange={setNext}
        onConfirmChange={setConfirm}
        submitted={submitted}
        labels={{ passphrase: t('settings.newPassphrase'), confirm: t('settings.confirmPassphrase') }}
        testIds={{ passphrase: 'change-passphrase-new', confirm: 'change-passphrase-confirm' }}
      />
      <div className={styles.actions}>
        <Button data-testid="change-passphrase-submit" type="submit" appearance="primary" disabled={busy}>
          {t('settings.changeSubmit')}
        </Button>
      </div>
    </form>
  );
}

import { Body1, Button, Field, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { isAcceptablePassphrase } from '../../../../shared/passphrase';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { PassphraseInput } from '../../components/PassphraseInput';
import { StrengthMeter } from '../../components/StrengthMeter';

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
  const weak = !isAcceptablePassphrase(passphrase);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (weak || confirm !== passphrase) return;
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
      <Field label={t('settings.newPassphrase')} required validationMessage={submitted && weak ? t('create.tooWeak') : undefined}>
        <PassphraseInput data-testid="new-passphrase" value={passphrase} onChange={(_e, d) => setPassphrase(d.value)} autoFocus />
      </Field>
      <StrengthMeter passphrase={passphrase} />
      <Field
        label={t('settings.confirmPassphrase')}
        required
        validationMessage={submitted && confirm !== passphrase ? t('create.mismatch') : undefined}
      >
        <PassphraseInput data-testid="new-passphrase-confirm" value={confirm} onChange={(_e, d) => setConfirm(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button data-testid="new-passphrase-submit" appearance="primary" type="submit" disabled={busy}>
          {t('setPassphrase.submit')}
        </Button>
      </div>
    </form>
  );
}

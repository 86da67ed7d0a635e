import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { PassphraseInput } from '../../components/PassphraseInput';
import { RecoveryKeyPanel } from '../onboarding/RecoveryKeyPanel';

const useStyles = makeStyles({
  surface: { maxWidth: '720px' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  footer: { display: 'flex', justifyContent: 'flex-end' },
});

/**
 * Settings › Security › Make a new recovery key. First: what happens to the old key, and the
 * administrator's own passphrase. Then the new key, once, with the same print / copy / "I have
 * stored it" check as at creation. Once core has made it the old key is already dead, so the
 * second step cannot be dismissed (no Esc, no click outside) until the check is done.
 */
export function RotateRecoveryKeyDialog(props: { organisationName: string; dir: string; onClose: (rotated: boolean) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [passphrase, setPassphrase] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (passphrase.length === 0 || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('register:rotateRecoveryKey', { passphrase });
      setPassphrase('');
      setRecoveryKey(result.recoveryKey);
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  }

  if (recoveryKey) {
    return (
      <Dialog open modalType="alert">
        <DialogSurface className={styles.surface} data-testid="rotate-recovery-dialog" aria-describedby="rotate-recovery-done-intro">
          <DialogBody>
            <DialogTitle>{t('settings.rotateRecovery.doneTitle')}</DialogTitle>
            <DialogContent className={styles.content}>
              <Body1 id="rotate-recovery-done-intro">{t('settings.rotateRecovery.doneIntro')}</Body1>
              <RecoveryKeyPanel
                recoveryKey={recoveryKey}
                organisationName={props.organisationName}
                dir={props.dir}
                footer={(ready) => (
                  <div className={styles.footer}>
                    <Button appearance="primary" disabled={!ready} onClick={() => props.onClose(true)} data-testid="rotate-recovery-done">
                      {t('settings.rotateRecovery.done')}
                    </Button>
                  </div>
                )}
              />
            </DialogContent>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    );
  }

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && !busy && props.onClose(false)}>
      <DialogSurface className={styles.surface} data-testid="rotate-recovery-dialog">
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t('settings.rotateRecovery.title')}</DialogTitle>
            <DialogContent className={styles.content}>
              <MessageBar intent="warning" data-testid="rotate-recovery-warning">
                <MessageBarBody>
                  <strong>{t('settings.rotateRecovery.warningStrong')}</strong> {t('settings.rotateRecovery.warning')}
                </MessageBarBody>
              </MessageBar>
              <Body1>{t('settings.rotateRecovery.when')}</Body1>
              <Field
                label={t('settings.rotateRecovery.passphrase')}
                hint={t('settings.rotateRecovery.passphraseHint')}
                required
                validationMessage={tried && passphrase.length === 0 ? t('common.required') : undefined}
              >
                <PassphraseInput
                  data-testid="rotate-recovery-passphrase"
                  value={passphrase}
                  onChange={(_e, d) => setPassphrase(d.value)}
                  autoFocus
                />
              </Field>
              <ErrorBar error={error} testId="rotate-recovery-error" />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy} data-testid="rotate-recovery-submit">
                {busy ? t('settings.rotateRecovery.making') : t('settings.rotateRecovery.submit')}
              </Button>
              <Button onClick={() => props.onClose(false)} disabled={busy} data-testid="rotate-recovery-cancel">
                {t('common.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

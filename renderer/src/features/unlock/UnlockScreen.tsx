import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { LockOpenRegular, ShieldKeyholeRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { KnownRegister, LockReason, Session } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { PathText } from '../../components/PathText';
import { PassphraseInput } from '../../components/PassphraseInput';
import { RestoreFromBackup } from '../backup/RestoreFromBackup';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  path: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  actions: { display: 'flex', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS },
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
});

type Known = z.output<typeof KnownRegister>;
/** Errors that mean the register cannot be opened at all: they get their own screen. */
const FATAL: AppError['code'][] = ['REGISTER_FROM_NEWER_VERSION', 'REGISTER_CORRUPT', 'KEYSLOTS_CORRUPT', 'CORE_CRASHED'];

export interface UnlockProps {
  registers: Known[];
  /** The OS keychain is real here, so a device slot may be used. */
  deviceKeychain: boolean;
  initialDir: string;
  notice: { reason: z.output<typeof LockReason>; minutes: number } | null;
  onUnlocked: (session: z.output<typeof Session>) => void;
  onOpenOther: () => void;
  onCreateNew: () => void;
  onFatal: (error: AppError, dir: string) => void;
  /** Removes a register from this computer's list (its files are not touched). */
  onForget: (dir: string) => void;
  /** A backup was restored into `dir` (a new folder): show its unlock screen. */
  onRestored: (dir: string) => void;
}

export function UnlockScreen(props: UnlockProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [dir, setDir] = useState(props.initialDir);
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const known = props.registers.find((r) => r.dir === dir);

  useEffect(() => input.current?.focus(), [mode, dir]);

  async function attempt(unlock: () => Promise<z.output<typeof Session>>) {
    setBusy(true);
    setError(null);
    try {
      props.onUnlocked(await unlock());
    } catch (e) {
      const appError = asAppError(e);
      if (FATAL.includes(appError.code)) return props.onFatal(appError, dir);
      setError(appError);
      setBusy(false);
      input.current?.select();
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (secret.length === 0) return;
    const unlockSecret =
      mode === 'passphrase' ? { kind: 'passphrase' as const, passphrase: secret } : { kind: 'recovery' as const, recoveryKey: secret };
    void attempt(() => call('register:unlock', { dir, secret: unlockSecret }));
  }

  const noticeText = props.notice
    ? props.notice.reason === 'idle'
      ? t('unlock.lockedIdle', { minutes: props.notice.minutes })
      : props.notice.reason === 'os'
        ? t('unlock.lockedOs')
        : t('unlock.lockedUser')
    : null;

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Title2 as="h1">{t('unlock.title')}</Title2>
      {noticeText && (
        <MessageBar intent="info" data-testid="lock-notice">
          <MessageBarBody>{noticeText}</MessageBarBody>
        </MessageBar>
      )}
      {props.registers.length > 1 ? (
        <Field label={t('unlock.register')}>
          <Select value={dir} onChange={(_e, d) => setDir(d.value)} data-testid="register-select">
            {props.registers.map((r) => (
              <option key={r.dir} value={r.dir}>
                {r.label || r.dir}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <div>
          <Body1 as="p" style={{ margin: 0, fontWeight: 600 }} data-testid="register-label">
            {known?.label || t('unlock.register')}
          </Body1>
        </div>
      )}
      <Caption1 className={styles.path}>
        <PathText path={dir} />
      </Caption1>
      {known && !known.available && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('unlock.notAvailable')}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} testId="unlock-error" />
      {mode === 'passphrase' ? (
        <Field label={t('unlock.passphrase')}>
          <PassphraseInput data-testid="unlock-passphrase" input={{ ref: input }} value={secret} onChange={(_e, d) => setSecret(d.value)} />
        </Field>
      ) : (
        <Field label={t('unlock.recoveryKey')} hint={t('unlock.recoveryHint')}>
          <Input
            data-testid="unlock-recovery"
            input={{ ref: input }}
            value={secret}
            onChange={(_e, d) => setSecret(d.value)}
            autoComplete="off"
            spellCheck={false}
            style={{ fontFamily: tokens.fontFamilyMonospace }}
          />
        </Field>
      )}
      <div className={styles.actions}>
        {props.deviceKeychain && known?.deviceUnlock && (
          <Button
            data-testid="unlock-device"
            icon={<ShieldKeyholeRegular />}
            disabled={busy}
            onClick={() => void attempt(() => call('shell:unlockWithDevice', { dir }))}
          >
            {t('unlock.useDevice')}
          </Button>
        )}
        <Button
          data-testid="unlock-submit"
          appearance="primary"
          type="submit"
          disabled={busy || secret.length === 0}
          icon={busy ? <Spinner size="tiny" /> : <LockOpenRegular />}
        >
          {busy ? t('unlock.unlocking') : t('unlock.submit')}
        </Button>
      </div>
      <div className={styles.links}>
        <Link
          as="button"
          type="button"
          data-testid="toggle-recovery"
          onClick={() => {
            setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
            setSecret('');
            setError(null);
          }}
        >
          {mode === 'passphrase' ? t('unlock.useRecovery') : t('unlock.usePassphrase')}
        </Link>
        <Link as="button" type="button" onClick={props.onOpenOther} data-testid="open-other">
          {t('unlock.openOther')}
        </Link>
        {known && !known.available && (
          <Link as="button" type="button" onClick={() => props.onForget(dir)} data-testid="forget-register">
            {t('unlock.forget')}
          </Link>
        )}
        <Link as="button" type="button" onClick={props.onCreateNew} data-testid="create-new">
          {t('unlock.createNew')}
        </Link>
        <RestoreFromBackup
          onRestored={props.onRestored}
          render={(open) => (
            <Link as="button" type="button" onClick={open} data-testid="restore-from-backup">
              {t('backup.restore')}
            </Link>
          )}
        />
      </div>
    </form>
  );
}

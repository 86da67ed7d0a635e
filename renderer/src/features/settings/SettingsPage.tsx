import { Button, Divider, Field, Input, makeStyles, Subtitle1, Switch, Text, Title2, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Capabilities, Settings } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import type { Language } from '../../../../shared/languages';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { LanguagePicker } from '../../components/LanguagePicker';
import { BackupSettings } from '../backup/BackupSettings';
import { useCanWrite } from '../users/session';
import { UsersSection } from '../users/UsersSection';
import { MentoringSettingsSection } from '../week/MentoringSettingsSection';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { LetterheadSection } from './LetterheadSection';
import { RecoveryKeySection } from './RecoveryKeySection';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  narrow: { maxWidth: '440px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  minutes: { width: '120px' },
});

type SettingsValue = z.output<typeof Settings>;

/** Language and auto-lock for this computer, organisation details, passphrase and device unlock. */
export function SettingsPage(props: {
  language: Language;
  onLanguageChange: (l: Language) => void;
  onAutoLockChange: (minutes: number) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [settings, setSettings] = useState<SettingsValue | null>(null);
  const [draft, setDraft] = useState({ organisationName: '', defaultLanguage: 'en' as Language, autoLock: '5' });
  const [caps, setCaps] = useState<z.output<typeof Capabilities> | null>(null);
  // null until core has said whether this device holds a key slot: a switch shown before that
  // would show "off" for a register that is remembered, and a click would ask for the wrong change.
  const [deviceOn, setDeviceOn] = useState<boolean | null>(null);
  const [deviceBusy, setDeviceBusy] = useState(false);
  const [dir, setDir] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // Device unlock changes the key slots for the register (core asks for a coordinator).
  const canWrite = useCanWrite();

  useEffect(() => {
    void call('settings:get', {})
      .then((s) => {
        setSettings(s);
        setDraft({ organisationName: s.organisationName, defaultLanguage: s.defaultLanguage, autoLock: String(s.autoLockMinutes) });
      })
      .catch((e: unknown) => setError(asAppError(e)));
    void call('shell:capabilities', {})
      .then(setCaps)
      .catch(() => setCaps(null));
    void call('register:info', {})
      .then((info) => {
        setDeviceOn(info.keySlots.some((s) => s.kind === 'device'));
        setDir(info.dir);
      })
      .catch(() => undefined);
  }, []);

  const minutes = Number(draft.autoLock);
  const minutesValid = Number.isInteger(minutes) && minutes >= 1 && minutes <= 240;
  const orgValid = draft.organisationName.trim().length > 0;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!minutesValid || !orgValid) return;
    try {
      const next = await call('settings:update', {
        organisationName: draft.organisationName.trim(),
        defaultLanguage: draft.defaultLanguage,
        autoLockMinutes: minutes,
      });
      setSettings(next);
      props.onAutoLockChange(next.autoLockMinutes);
      setSaved(true);
      setError(null);
    } catch (e) {
      setError(asAppError(e));
    }
  }

  async function toggleDevice(enabled: boolean) {
    setDeviceBusy(true);
    try {
      await call('shell:rememberOnDevice', { enabled });
      setDeviceOn(enabled);
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setDeviceBusy(false);
    }
  }

  return (
    <div className={styles.page}>
      <Title2 as="h1">{t('settings.title')}</Title2>
      <ErrorBar error={error} testId="settings-error" />
      <section className={styles.section} aria-labelledby="settings-general">
        <Subtitle1 as="h2" id="settings-general">
          {t('settings.general')}
        </Subtitle1>
        <div className={styles.narrow}>
          <LanguagePicker
            label={t('settings.language')}
            testId="language-select"
            value={props.language}
            onChange={props.onLanguageChange}
            hint={t('settings.languageHint')}
          />
        </div>
      </section>
      <Divider />
      <form className={styles.section} onSubmit={save} aria-labelledby="settings-org" noValidate>
        <Subtitle1 as="h2" id="settings-org">
          {t('settings.organisation')}
        </Subtitle1>
        <div className={styles.narrow}>
          <Field label={t('settings.organisationName')} required validationMessage={orgValid ? undefined : t('common.required')}>
            <Input
              data-testid="settings-org-name"
              // Until the saved settings are read, typing would be overwritten when they arrive.
              disabled={!settings}
              value={draft.organisationName}
              onChange={(_e, d) => setDraft({ ...draft, organisationName: d.value })}
              maxLength={200}
            />
          </Field>
          <LanguagePicker
            label={t('settings.defaultLanguage')}
            testId="report-language"
            value={draft.defaultLanguage}
            disabled={!settings}
            onChange={(defaultLanguage) => setDraft({ ...draft, defaultLanguage })}
          />
          <Field
            label={t('settings.autoLock')}
            hint={t('settings.autoLockHint')}
            validationMessage={minutesValid ? undefined : t('settings.autoLockInvalid')}
          >
            <div className={styles.row}>
              <Input
                className={styles.minutes}
                data-testid="auto-lock-minutes"
                type="number"
                min={1}
                max={240}
                disabled={!settings}
                value={draft.autoLock}
                onChange={(_e, d) => setDraft({ ...draft, autoLock: d.value })}
              />
              <Text>{t('settings.minutes')}</Text>
            </div>
          </Field>
          <div className={styles.row}>
            <Button type="submit" appearance="primary" data-testid="settings-save" disabled={!settings || !canWrite}>
              {t('common.save')}
            </Button>
            {saved && (
              <Text role="status" data-testid="settings-saved">
                {t('common.saved')}
              </Text>
            )}
          </div>
        </div>
      </form>
      <Divider />
      <LetterheadSection />
      <Divider />
      <MentoringSettingsSection />
      <UsersSection />
      <Divider />
      <BackupSettings />
      <Divider />
      <section className={styles.section} aria-labelledby="settings-security">
        <Subtitle1 as="h2" id="settings-security">
          {t('settings.security')}
        </Subtitle1>
        <Text weight="semibold">{t('settings.changePassphrase')}</Text>
        <ChangePassphraseForm />
        {caps && caps.deviceKeychain !== 'unavailable' && canWrite && deviceOn !== null && (
          <Field hint={caps.deviceKeychain === 'insecure' ? t('settings.deviceInsecure') : t('settings.deviceHint')}>
            <Switch
              data-testid="remember-device"
              label={t('settings.device')}
              checked={deviceOn}
              disabled={caps.deviceKeychain !== 'available' || deviceBusy}
              onChange={(_e, d) => void toggleDevice(d.checked)}
            />
          </Field>
        )}
        <RecoveryKeySection organisationName={settings?.organisationName ?? ''} dir={dir} />
      </section>
    </div>
  );
}

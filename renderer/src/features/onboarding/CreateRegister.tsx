import { Body1, Button, Field, Input, makeStyles, Spinner, Title2, tokens } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import type { Language } from '../../../../shared/languages';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/passphrase';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { LanguagePicker } from '../../components/LanguagePicker';
import { NewPassphraseFields, newPassphraseReady } from '../../components/NewPassphraseFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  folderRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', '& > :first-child': { flex: 1 } },
  actions: { display: 'flex', justifyContent: 'space-between', marginTop: tokens.spacingVerticalS },
});

export interface Created {
  dir: string;
  recoveryKey: string;
  organisationName: string;
}

/** The create form: organisation, folder, report language, passphrase twice with a strength meter. */
export function CreateRegister(props: {
  defaultDir: string;
  language: Language;
  canBrowse: boolean;
  onCreated: (created: Created) => void;
  onBack?: () => void;
  onFatal: (e: AppError) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [org, setOrg] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [dir, setDir] = useState(props.defaultDir);
  const [language, setLanguage] = useState<Language>(props.language);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const orgMissing = org.trim().length === 0;

  async function browse() {
    const chosen = await call('shell:chooseFolder', { purpose: 'create', defaultPath: dir }).catch(() => ({ dir: null }));
    if (chosen.dir) setDir(chosen.dir);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (orgMissing || !newPassphraseReady(passphrase, confirm) || dir.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      const created = await call('register:create', {
        dir: dir.trim(),
        organisationName: org.trim(),
        language,
        passphrase,
        ...(ownerName.trim() ? { ownerName: ownerName.trim() } : {}),
      });
      props.onCreated({ ...created, organisationName: org.trim() });
    } catch (e) {
      const appError = asAppError(e);
      if (appError.code === 'CORE_CRASHED') props.onFatal(appError);
      else setError(appError);
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Title2 as="h1">{t('create.title')}</Title2>
      <Body1>{t('create.intro')}</Body1>
      <ErrorBar error={error} testId="create-error" />
      <Field
        label={t('create.orgName')}
        hint={t('create.orgNameHint')}
        required
        validationMessage={submitted && orgMissing ? t('common.required') : undefined}
      >
        <Input data-testid="org-name" value={org} onChange={(_e, d) => setOrg(d.value)} autoFocus maxLength={200} />
      </Field>
      <Field label={t('users.ownerName')} hint={t('users.ownerNameHint')}>
        <Input data-testid="owner-name" value={ownerName} onChange={(_e, d) => setOwnerName(d.value)} maxLength={100} />
      </Field>
      <div className={styles.folderRow}>
        <Field label={t('create.folder')} hint={t('create.folderHint')} required>
          <Input data-testid="register-folder" value={dir} onChange={(_e, d) => setDir(d.value)} />
        </Field>
        {props.canBrowse && (
          <Button icon={<FolderOpenRegular />} onClick={browse} style={{ marginTop: '26px' }}>
            {t('common.browse')}
          </Button>
        )}
      </div>
      <LanguagePicker label={t('create.language')} testId="report-language" value={language} onChange={setLanguage} />
      <NewPassphraseFields
        value={passphrase}
        confirm={confirm}
        onChange={setPassphrase}
        onConfirmChange={setConfirm}
        submitted={submitted}
        labels={{
          passphrase: t('create.passphrase'),
          confirm: t('create.confirm'),
          hint: t('create.passphraseHint', { min: MIN_PASSPHRASE_LENGTH }),
        }}
        testIds={{ passphrase: 'passphrase', confirm: 'passphrase-confirm' }}
      />
      <div className={styles.actions}>
        {props.onBack ? (
          <Button onClick={props.onBack} disabled={busy}>
            {t('common.back')}
          </Button>
        ) : (
          <span />
        )}
        <Button
          data-testid="create-submit"
          appearance="primary"
          type="submit"
          disabled={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
        >
          {busy ? t('create.creating') : t('create.submit')}
        </Button>
      </div>
    </form>
  );
}

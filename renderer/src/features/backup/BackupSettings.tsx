import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
  Subtitle2,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular, FolderRegular, SaveRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { BackupStatus } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call, onEvent } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { PathText } from '../../components/PathText';
import { formatBytes, formatDateTime } from '../../i18n';
import { useCanWrite } from '../users/session';
import { BackupList } from './BackupList';
import { RestoreDialog } from './RestoreDialog';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  path: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

type Status = z.output<typeof BackupStatus>;

/** A file name for "Save a backup to a file…": the organisation and the day, nothing a file system refuses. */
function suggestedName(label: string): string {
  const safe = label.replace(/[\\/:*?"<>|\0]/g, ' ').trim() || 'Bindeled';
  return `${safe} ${new Date().toISOString().slice(0, 10)}.bindeled-backup`.slice(-200);
}

/**
 * Settings › Backups: where automatic backups go (a USB stick or network drive is safer), on or
 * off, the last backup and any failure, Back up now with progress, Save to a file, and Restore.
 */
export function BackupSettings() {
  const { t } = useTranslation();
  const styles = useStyles();
  const canWrite = useCanWrite();
  const [status, setStatus] = useState<Status | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [restoring, setRestoring] = useState<string[] | null>(null);

  const load = useCallback(() => {
    void call('backup:status', {})
      .then(setStatus)
      .catch((e: unknown) => setError(asAppError(e)));
  }, []);
  useEffect(load, [load]);

  async function configure(patch: { folder?: string | null; automatic?: boolean }) {
    setError(null);
    try {
      setStatus(await call('backup:configure', patch));
    } catch (e) {
      setError(asAppError(e));
    }
  }

  async function chooseFolder() {
    const chosen = await call('shell:chooseFolder', { purpose: 'backups', ...(status ? { defaultPath: status.folder } : {}) }).catch(
      () => ({
        dir: null,
      }),
    );
    if (chosen.dir) await configure({ folder: chosen.dir });
  }

  async function backUp(toFile: boolean) {
    setError(null);
    setMessage(null);
    let file: string | undefined;
    if (toFile) {
      const chosen = await call('shell:chooseSaveFile', { purpose: 'backup', suggestedName: suggestedName(status?.label ?? '') }).catch(
        () => ({ path: null }),
      );
      if (!chosen.path) return;
      file = chosen.path;
    }
    const operationId = `backup-${Date.now()}`;
    setProgress(0);
    const off = onEvent('progress', (p) => {
      if (p.operationId === operationId && p.total > 0) setProgress(p.done / p.total);
    });
    try {
      const made = await call('backup:now', { operationId, ...(file ? { file } : {}) });
      const size = formatBytes(made.bytes);
      setMessage(file ? t('backup.savedTo', { file: made.file, size }) : t('backup.made', { size }));
      load();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      off();
      setProgress(null);
    }
  }

  async function openRestored() {
    // The restored register is first on this computer's list: locking shows it on the unlock screen.
    setRestoring(null);
    await call('register:lock', { reason: 'user' }).catch((e: unknown) => setError(asAppError(e)));
  }

  const busy = progress !== null;
  return (
    <section className={styles.section} aria-labelledby="settings-backups" data-testid="backup-settings">
      <Subtitle1 as="h2" id="settings-backups">
        {t('backup.title')}
      </Subtitle1>
      <Text className={styles.muted}>{t('backup.intro')}</Text>
      {status?.problem && (
        <MessageBar intent="warning" data-testid="backup-problem">
          <MessageBarBody>
            {t('backup.problem', { when: formatDateTime(status.problem.at), reason: t(`errors.${status.problem.code}`) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {status && (
        <>
          <Field label={t('backup.folder')} hint={t('backup.folderHint')}>
            <div className={styles.row}>
              <FolderRegular aria-hidden="true" />
              <Text className={styles.path} data-testid="backup-folder">
                <PathText path={status.folder} />
              </Text>
              {status.folderIsDefault && <Caption1 className={styles.muted}>{t('backup.folderDefault')}</Caption1>}
            </div>
          </Field>
          {!status.folderAvailable && (
            <MessageBar intent="warning" data-testid="backup-folder-unavailable">
              <MessageBarBody>{t('backup.folderUnavailable')}</MessageBarBody>
            </MessageBar>
          )}
          {canWrite && (
            <div className={styles.row}>
              <Button onClick={() => void chooseFolder()} data-testid="backup-choose-folder">
                {t('backup.chooseFolder')}
              </Button>
              {!status.folderIsDefault && (
                <Button appearance="subtle" onClick={() => void configure({ folder: null })} data-testid="backup-use-default">
                  {t('backup.useDefault')}
                </Button>
              )}
            </div>
          )}
          <Field hint={t('backup.automaticHint')}>
            <Switch
              label={t('backup.automatic')}
              checked={status.automatic}
              disabled={!canWrite}
              onChange={(_e, d) => void configure({ automatic: d.checked })}
              data-testid="backup-automatic"
            />
          </Field>
          <Text data-testid="backup-last">
            {status.lastBackupAt ? t('backup.lastBackup', { when: formatDateTime(status.lastBackupAt) }) : t('backup.never')}
          </Text>
        </>
      )}
      {!canWrite && <Caption1>{t('backup.readOnly')}</Caption1>}
      <div className={styles.row}>
        {canWrite && (
          <>
            <Button
              appearance="primary"
              icon={<ShieldCheckmarkRegular />}
              disabled={busy}
              onClick={() => void backUp(false)}
              data-testid="backup-now"
            >
              {t('backup.backupNow')}
            </Button>
            <Button icon={<SaveRegular />} disabled={busy} onClick={() => void backUp(true)} data-testid="backup-save-file">
              {t('backup.saveToFile')}
            </Button>
          </>
        )}
        <Button icon={<ArrowUndoRegular />} disabled={busy} onClick={() => setRestoring([])} data-testid="backup-restore">
          {t('backup.restore')}
        </Button>
      </div>
      {busy && (
        <ProgressBar value={progress ?? undefined} thickness="large" aria-label={t('backup.working')} data-testid="backup-progress" />
      )}
      {message && (
        <MessageBar intent="success" data-testid="backup-made">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} testId="backup-error" />
      {status && (
        <>
          <Subtitle2 as="h3">{t('backup.listTitle')}</Subtitle2>
          <BackupList backups={status.backups} onRestore={(b) => setRestoring([b.file])} />
        </>
      )}
      {restoring && (
        <RestoreDialog candidates={restoring} inSession onClose={() => setRestoring(null)} onOpenRestored={() => void openRestored()} />
      )}
    </section>
  );
}

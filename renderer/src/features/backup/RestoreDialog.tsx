import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { FolderAddRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { BackupInspection, RestoreOutcome } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { PassphraseInput } from '../../components/PassphraseInput';
import { PathText } from '../../components/PathText';
import { formatDateTime } from '../../i18n';
import { BackupCounts } from './BackupCounts';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  path: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

type Inspection = z.output<typeof BackupInspection>;
type Outcome = z.output<typeof RestoreOutcome>;
/** A damaged or unreadable backup: the next older one is tried. A wrong passphrase stops the search. */
const SKIPPABLE: AppError['code'][] = ['REGISTER_CORRUPT', 'FILE_UNREADABLE'];
/** Longer than the dialog's closing animation. */
const CLOSE_MS = 400;

/**
 * Fluent's Dialog (its focus manager, Tabster) hides the rest of the page with aria-hidden while
 * open and removes it lazily after closing; when the screen changes at once (opening the restored
 * register locks this one), that removal never comes and the next screen stays hidden from screen
 * readers (microsoft/fluentui#35139). Once no dialog is left, take it off the app root.
 */
function releaseAppRoot(): void {
  if (!document.querySelector('[role="dialog"], [role="alertdialog"]')) document.getElementById('root')?.removeAttribute('aria-hidden');
}

/**
 * Restore, step by step: the backup file (given, or chosen), its passphrase, what it holds (read
 * from a read-only copy), a NEW folder, then restore and "Open the restored register". With
 * several candidate files (newest first, from the damaged-register screen) the newest that opens
 * and passes its checks is used.
 */
export function RestoreDialog(props: {
  candidates: string[];
  /** A register is open: opening the restored one locks it (the dialog says so). */
  inSession: boolean;
  onClose: () => void;
  onOpenRestored: (dir: string) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [files, setFiles] = useState(props.candidates);
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [seen, setSeen] = useState<{ inspection: Inspection; skipped: number } | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [done, setDone] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'opening' | 'restoring' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [open, setOpen] = useState(true);
  const openRestored = useRef<HTMLButtonElement>(null);
  useEffect(
    () => () => {
      window.setTimeout(releaseAppRoot, CLOSE_MS);
    },
    [],
  );
  // The Restore button the user pressed is gone once restored: keep focus in the dialog, on what comes next.
  useEffect(() => {
    if (done) openRestored.current?.focus();
  }, [done]);
  const secret =
    mode === 'passphrase' ? { kind: 'passphrase' as const, passphrase } : { kind: 'recovery' as const, recoveryKey: passphrase };

  function switchMode() {
    setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
    setPassphrase('');
    setSeen(null);
    setError(null);
  }

  // Closed first, unmounted by the parent once its closing animation is over.
  function closeThen(next: () => void) {
    setOpen(false);
    window.setTimeout(next, CLOSE_MS);
  }

  async function chooseFile() {
    const chosen = await call('shell:chooseFile', { purpose: 'backup' }).catch(() => ({ path: null }));
    if (!chosen.path) return;
    setFiles([chosen.path]);
    setSeen(null);
    setError(null);
  }

  async function inspect(event: FormEvent) {
    event.preventDefault();
    if (!passphrase || files.length === 0 || busy) return;
    setBusy('opening');
    setError(null);
    setSeen(null);
    let last: AppError | null = null;
    for (const [index, file] of files.entries()) {
      try {
        const inspection = await call('backup:inspect', { file, secret });
        if (!inspection.ok && index < files.length - 1) continue;
        setSeen({ inspection, skipped: index });
        setBusy(null);
        return;
      } catch (e) {
        last = asAppError(e);
        if (!SKIPPABLE.includes(last.code)) break;
      }
    }
    setError(last);
    setBusy(null);
  }

  async function chooseTarget() {
    const chosen = await call('shell:chooseFolder', { purpose: 'create' }).catch(() => ({ dir: null }));
    if (chosen.dir) setTarget(chosen.dir);
  }

  async function restore() {
    if (!seen || !target || busy) return;
    setBusy('restoring');
    setError(null);
    try {
      setDone(await call('backup:restore', { file: seen.inspection.file, dir: target, secret }));
    } catch (e) {
      setError(asAppError(e));
    }
    setBusy(null);
  }

  const file = seen?.inspection.file ?? files[0];
  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && closeThen(props.onClose)}>
      <DialogSurface data-testid="restore-dialog">
        <DialogBody>
          <DialogTitle>{t('backup.wizard.title')}</DialogTitle>
          <DialogContent className={styles.body}>
            <Field label={t('backup.wizard.file')}>
              <div className={styles.row}>
                <Text className={styles.path} data-testid="restore-file">
                  {file ? <PathText path={file} /> : t('backup.wizard.noFile')}
                </Text>
                {!done && (
                  <Button size="small" onClick={() => void chooseFile()} data-testid="restore-choose-file">
                    {t('backup.wizard.chooseFile')}
                  </Button>
                )}
              </div>
            </Field>
            {files.length > 0 && !done && (
              <form className={styles.body} onSubmit={(e) => void inspect(e)}>
                {mode === 'passphrase' ? (
                  <Field label={t('backup.wizard.passphrase')} hint={t('backup.wizard.passphraseHint')} required>
                    <PassphraseInput
                      value={passphrase}
                      onChange={(_e, d) => setPassphrase(d.value)}
                      data-testid="restore-passphrase"
                      autoFocus
                    />
                  </Field>
                ) : (
                  <Field label={t('backupRecovery.label')} hint={t('backupRecovery.hint')} required>
                    <Input
                      value={passphrase}
                      onChange={(_e, d) => setPassphrase(d.value)}
                      data-testid="restore-recovery"
                      autoComplete="off"
                      spellCheck={false}
                      autoFocus
                      style={{ fontFamily: tokens.fontFamilyMonospace }}
                    />
                  </Field>
                )}
                <Link as="button" type="button" onClick={switchMode} data-testid="restore-toggle-recovery">
                  {mode === 'passphrase' ? t('backupRecovery.useKey') : t('backupRecovery.usePassphrase')}
                </Link>
                <div className={styles.row}>
                  <Button
                    type="submit"
                    appearance={seen ? 'secondary' : 'primary'}
                    disabled={!passphrase || busy !== null}
                    data-testid="restore-open"
                  >
                    {t('backup.wizard.open')}
                  </Button>
                  {busy === 'opening' && <Spinner size="tiny" label={t('backup.wizard.opening')} />}
                </div>
              </form>
            )}
            {seen && (
              <div className={styles.summary} data-testid="restore-summary">
                {seen.skipped > 0 && <Caption1>{t('backup.wizard.skipped', { count: seen.skipped })}</Caption1>}
                <Text weight="semibold">{t('backup.wizard.of', { label: seen.inspection.label })}</Text>
                <Body1>{t('backup.wizard.madeOn', { when: formatDateTime(seen.inspection.createdAt) })}</Body1>
                <BackupCounts counts={done?.counts ?? seen.inspection.counts} />
                <MessageBar intent={seen.inspection.ok ? 'success' : 'error'}>
                  <MessageBarBody>{seen.inspection.ok ? t('backup.wizard.checksOk') : t('backup.wizard.checksBad')}</MessageBarBody>
                </MessageBar>
              </div>
            )}
            {seen?.inspection.ok && !done && (
              <Field label={t('backup.wizard.newFolder')} hint={t('backup.wizard.newFolderHint')}>
                <div className={styles.row}>
                  <FolderAddRegular aria-hidden="true" />
                  <Text className={styles.path} data-testid="restore-target">
                    {target ? <PathText path={target} /> : t('backup.wizard.noFolder')}
                  </Text>
                  <Button size="small" onClick={() => void chooseTarget()} data-testid="restore-choose-target">
                    {t('backup.wizard.chooseNewFolder')}
                  </Button>
                </div>
              </Field>
            )}
            {busy === 'restoring' && <Spinner size="tiny" label={t('backup.wizard.restoring')} />}
            {done && (
              <MessageBar intent="success" data-testid="restore-done">
                <MessageBarBody>{t('backup.wizard.done', { folder: done.dir })}</MessageBarBody>
              </MessageBar>
            )}
            {done && mode === 'recovery' && <Caption1 data-testid="restore-open-with-key">{t('backupRecovery.openWithKey')}</Caption1>}
            {done && props.inSession && <Caption1>{t('backup.wizard.openRestoredHint')}</Caption1>}
            <ErrorBar error={error} testId="restore-error" />
          </DialogContent>
          <DialogActions>
            {done ? (
              <Button
                appearance="primary"
                ref={openRestored}
                onClick={() => closeThen(() => props.onOpenRestored(done.dir))}
                data-testid="restore-open-restored"
              >
                {t('backup.wizard.openRestored')}
              </Button>
            ) : (
              seen?.inspection.ok && (
                <Button
                  appearance="primary"
                  disabled={!target || busy !== null}
                  onClick={() => void restore()}
                  data-testid="restore-submit"
                >
                  {t('backup.wizard.restore')}
                </Button>
              )
            )}
            <Button onClick={() => closeThen(props.onClose)} data-testid="restore-close">
              {done ? t('backup.wizard.close') : t('common.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

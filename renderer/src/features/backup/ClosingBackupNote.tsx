import { Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle, ProgressBar } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../../api';

/**
 * While the app is quitting and core is still writing a backup (the automatic one of the last
 * session, or Back up now) or restoring one, the window stays up (the shell waits for it) and
 * says so, with its progress. A backup after an ordinary lock shows nothing: it needs no one to
 * wait for it.
 */
export function ClosingBackupNote() {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  const [backup, setBackup] = useState<{ done: number; total: number; restore: boolean } | null>(null);

  useEffect(() => {
    const offClosing = onEvent('app:closing', () => setClosing(true));
    const offBackup = onEvent('backup:background', ({ running, done, total, what }) =>
      setBackup(running ? { done, total, restore: what === 'restore' } : null),
    );
    return () => {
      offClosing();
      offBackup();
    };
  }, []);

  if (!closing || !backup) return null;
  return (
    <Dialog open modalType="alert">
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t(backup.restore ? 'backup.closing.restoreTitle' : 'backup.closing.title')}</DialogTitle>
          <DialogContent>
            <ProgressBar
              value={backup.total > 0 ? backup.done / backup.total : undefined}
              thickness="large"
              aria-label={t(backup.restore ? 'backup.closing.restoreProgress' : 'backup.closing.progress', {
                done: backup.done,
                total: backup.total,
              })}
            />
          </DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

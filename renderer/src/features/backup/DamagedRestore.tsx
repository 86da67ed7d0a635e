import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, DocumentSearchRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { BackupStatus } from '../../../../shared/contract';
import { call } from '../../api';
import { formatDateTime } from '../../i18n';
import { RestoreDialog } from './RestoreDialog';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  path: { overflowWrap: 'anywhere' },
});

/**
 * On the damaged-register screen: the newest backup in this register's backup folder, and a way
 * to restore the newest good one (or any backup file) into a new folder. Nothing is deleted.
 */
export function DamagedRestore(props: { dir: string; onOpenRestored: (dir: string) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [status, setStatus] = useState<z.output<typeof BackupStatus> | null>(null);
  const [candidates, setCandidates] = useState<string[] | null>(null);

  useEffect(() => {
    void call('backup:status', { dir: props.dir }).then(setStatus, () => setStatus(null));
  }, [props.dir]);

  const newest = status?.backups[0];
  return (
    <section className={styles.box} aria-labelledby="damaged-restore" data-testid="damaged-restore">
      <Subtitle1 as="h2" id="damaged-restore">
        {t('backup.damaged.title')}
      </Subtitle1>
      {status && (
        <Body1 className={styles.path} data-testid="damaged-newest">
          {newest
            ? t('backup.damaged.newest', { when: formatDateTime(newest.createdAt), folder: status.folder })
            : t('backup.damaged.none', { folder: status.folder })}
        </Body1>
      )}
      <Body1>{t('backup.damaged.safe')}</Body1>
      <div className={styles.actions}>
        {newest && status && (
          <Button
            appearance="primary"
            icon={<ArrowUndoRegular />}
            onClick={() => setCandidates(status.backups.map((b) => b.file))}
            data-testid="damaged-restore-newest"
          >
            {t('backup.damaged.restoreNewest')}
          </Button>
        )}
        <Button icon={<DocumentSearchRegular />} onClick={() => setCandidates([])} data-testid="damaged-choose-file">
          {t('backup.damaged.chooseOther')}
        </Button>
      </div>
      {candidates && (
        <RestoreDialog
          candidates={candidates}
          inSession={false}
          onClose={() => setCandidates(null)}
          onOpenRestored={props.onOpenRestored}
        />
      )}
    </section>
  );
}

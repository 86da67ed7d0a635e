import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { BackupListEntry } from '../../../../shared/contract';
import { formatBytes, formatDateTime } from '../../i18n';

type Entry = z.output<typeof BackupListEntry>;

/** This register's backups in the backup folder, newest first, each with its own Restore button. */
export function BackupList(props: { backups: Entry[]; onRestore: (entry: Entry) => void }) {
  const { t } = useTranslation();
  if (props.backups.length === 0) return <Text data-testid="backup-list-empty">{t('backup.listEmpty')}</Text>;
  return (
    <Table size="small" aria-label={t('backup.listTitle')} data-testid="backup-list">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('backup.columns.date')}</TableHeaderCell>
          <TableHeaderCell>{t('backup.columns.kind')}</TableHeaderCell>
          <TableHeaderCell>{t('backup.columns.size')}</TableHeaderCell>
          <TableHeaderCell>{t('backup.columns.actions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.backups.map((b) => {
          const when = formatDateTime(b.createdAt);
          return (
            <TableRow key={b.file} data-testid="backup-row" data-kind={b.kind}>
              <TableCell>{when}</TableCell>
              <TableCell>{t(`backup.kinds.${b.kind}`)}</TableCell>
              <TableCell>{formatBytes(b.bytes)}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUndoRegular />}
                  aria-label={t('backup.restoreThisLabel', { when })}
                  onClick={() => props.onRestore(b)}
                  data-testid="backup-row-restore"
                >
                  {t('backup.restoreThis')}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

import {
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { HistoryRegular, ShieldLockRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AuditEntry, RegisterInfo } from '../../../../shared/contract';
import { isSecurityAction } from '../../../../shared/security-events';
import { PathText } from '../../components/PathText';
import { formatBytes, formatDate, formatDateTime } from '../../i18n';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalL },
  term: { color: tokens.colorNeutralForeground3, width: '40%' },
  path: { overflowWrap: 'anywhere' },
});

/** Which register is open, and its recent security events (core picks them: shared/security-events.ts). */
export function RegisterCards({ info, audit }: { info: z.output<typeof RegisterInfo> | null; audit: z.output<typeof AuditEntry>[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const actionText = (action: string) => (isSecurityAction(action) ? t(`home.actions.${action}`) : t('home.actions.other', { action }));
  return (
    <div className={styles.cards}>
      <Card>
        <CardHeader image={<ShieldLockRegular fontSize={24} />} header={<Subtitle1 as="h3">{t('home.registerTitle')}</Subtitle1>} />
        {info && (
          <Table size="small" aria-label={t('home.registerTitle')}>
            <TableBody>
              <TableRow>
                <TableCell className={styles.term}>{t('home.folder')}</TableCell>
                <TableCell className={styles.path}>
                  <PathText path={info.dir} />
                </TableCell>
              </TableRow>
              <TableRow>
                <TableCell className={styles.term}>{t('home.created')}</TableCell>
                <TableCell>{formatDate(info.createdAt)}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell className={styles.term}>{t('home.size')}</TableCell>
                <TableCell>{formatBytes(info.sizeBytes)}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell className={styles.term}>{t('home.schema')}</TableCell>
                <TableCell>{info.schemaVersion}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
        )}
      </Card>
      <Card>
        <CardHeader image={<HistoryRegular fontSize={24} />} header={<Subtitle1 as="h3">{t('home.activityTitle')}</Subtitle1>} />
        {audit.length === 0 ? (
          <Caption1>{t('home.activityEmpty')}</Caption1>
        ) : (
          <Table size="small" aria-label={t('home.activityTitle')} data-testid="audit-list">
            <TableBody>
              {audit.map((entry) => (
                <TableRow key={entry.seq}>
                  <TableCell>{actionText(entry.action)}</TableCell>
                  <TableCell>{formatDateTime(entry.at)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </div>
  );
}

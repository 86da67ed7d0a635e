import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { HistoryRegular, ShieldLockRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AuditEntry, RegisterInfo, Settings } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { PathText } from '../../components/PathText';
import { formatBytes, formatDate, formatDateTime } from '../../i18n';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  greeting: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalL },
  term: { color: tokens.colorNeutralForeground3, width: '40%' },
  path: { overflowWrap: 'anywhere' },
});

const KNOWN_ACTIONS = [
  'register.created',
  'register.unlocked',
  'register.locked',
  'passphrase.changed',
  'passphrase.reset-with-recovery-key',
  'device-slot.added',
  'device-slot.removed',
];

/** The start page: which register is open, and its recent security events. */
export function HomePage({ autoLockMinutes }: { autoLockMinutes: number }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [info, setInfo] = useState<z.output<typeof RegisterInfo> | null>(null);
  const [settings, setSettings] = useState<z.output<typeof Settings> | null>(null);
  const [audit, setAudit] = useState<z.output<typeof AuditEntry>[]>([]);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    Promise.all([call('register:info', {}), call('settings:get', {}), call('audit:recent', { limit: 200 })])
      .then(([i, s, a]) => {
        setInfo(i);
        setSettings(s);
        setAudit(a.filter((entry) => KNOWN_ACTIONS.includes(entry.action)).slice(0, 8));
      })
      .catch((e: unknown) => setError(asAppError(e)));
  }, []);

  const actionText = (action: string) =>
    KNOWN_ACTIONS.includes(action) ? t(`home.actions.${action}`) : t('home.actions.other', { action });

  return (
    <div className={styles.page}>
      <Title2 as="h1">{t('home.title')}</Title2>
      <ErrorBar error={error} />
      {settings && (
        <div className={styles.greeting}>
          <Subtitle1 as="h2" data-testid="home-greeting">
            {t('home.greeting', { org: settings.organisationName })}
          </Subtitle1>
          <Body1 as="p">{t('home.intro', { minutes: autoLockMinutes })}</Body1>
        </div>
      )}
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
    </div>
  );
}

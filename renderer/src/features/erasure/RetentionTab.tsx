import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { RETENTION_RULES, type RetentionCalendar, type RetentionRun } from '../../../../shared/contract/erasure';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { formatDate } from '../../i18n';
import { useCanWrite, useIsAdministrator } from '../users/session';
import { RetentionPolicyEditor } from './RetentionPolicyEditor';
import { StepsTable } from './StepsTable';

type Calendar = z.output<typeof RetentionCalendar>;
type Run = z.output<typeof RetentionRun>;

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  scroll: { maxHeight: '320px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}` },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  num: { textAlign: 'end' },
});

/** All the people a calendar cell's rules make due. */
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Privacy › Retention: the policy, the calendar of what falls due, and a dry run that an administrator can apply. */
export function RetentionTab() {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const admin = useIsAdministrator();
  // The dry run is a rolled-back write: read-only users see the policy and the calendar.
  const canWrite = useCanWrite();
  const [calendar, setCalendar] = useState<Calendar | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const number = new Intl.NumberFormat(i18n.language);
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });

  const overdue = calendar ? total(calendar.overdue) : 0;

  const loadCalendar = useCallback(() => {
    call('retention:calendar', {}).then(setCalendar, (e: unknown) => setError(asAppError(e)));
  }, []);
  useEffect(loadCalendar, [loadCalendar]);

  async function dryRun() {
    setError(null);
    setApplied(null);
    setConfirming(false);
    setBusy(true);
    try {
      setRun(await call('retention:plan', {}));
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    if (!run) return;
    setBusy(true);
    try {
      const done = await call('retention:apply', { today: run.today, fingerprint: run.fingerprint });
      setApplied(done.items.length);
      setRun(null);
      loadCalendar();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <div className={styles.tab} data-testid="retention-tab">
      <RetentionPolicyEditor
        canEdit={admin}
        onSaved={() => {
          setRun(null);
          loadCalendar();
        }}
      />

      <section className={styles.block} data-testid="retention-calendar">
        <Subtitle2 as="h2">{t('erasure.retention.calendarTitle')}</Subtitle2>
        <Body1 className={styles.hint}>{t('erasure.retention.calendarHint')}</Body1>
        {calendar && (
          <>
            <Body1 data-testid="retention-overdue">
              {overdue > 0 ? t('erasure.retention.overdue', { count: overdue }) : t('erasure.retention.noneDue')}
            </Body1>
            <Table size="small" aria-label={t('erasure.retention.calendarTitle')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('erasure.retention.month')}</TableHeaderCell>
                  {RETENTION_RULES.map((r) => (
                    <TableHeaderCell key={r} className={styles.num}>
                      {t(`erasure.retention.ruleShort.${r}`)}
                    </TableHeaderCell>
                  ))}
                  <TableHeaderCell className={styles.num}>{t('erasure.retention.total')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {calendar.months.map((m) => (
                  <TableRow key={m.month} data-testid={`calendar-${m.month}`}>
                    <TableCell>{monthName.format(new Date(`${m.month}-01T00:00:00Z`))}</TableCell>
                    {RETENTION_RULES.map((r) => (
                      <TableCell key={r} className={styles.num}>
                        {number.format(m.due[r])}
                      </TableCell>
                    ))}
                    <TableCell className={styles.num}>{number.format(total(m.due))}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </section>

      {canWrite && (
        <section className={styles.block} data-testid="retention-run">
          <Subtitle2 as="h2">{t('erasure.retention.runTitle')}</Subtitle2>
          <div className={styles.actions}>
            <Button onClick={() => void dryRun()} disabled={busy} data-testid="retention-dry-run">
              {t('erasure.retention.dryRun')}
            </Button>
            {busy && <Spinner size="tiny" aria-label={t('common.loading')} />}
            {admin && run && run.items.length > 0 && !confirming && (
              <Button appearance="primary" onClick={() => setConfirming(true)} data-testid="retention-apply">
                {t('erasure.retention.apply')}
              </Button>
            )}
          </div>
          {applied !== null && (
            <MessageBar intent="success" data-testid="retention-applied">
              <MessageBarBody>{t('erasure.retention.applied', { count: applied })}</MessageBarBody>
            </MessageBar>
          )}
          {run && run.items.length === 0 && <Body1 data-testid="retention-nothing">{t('erasure.retention.runEmpty')}</Body1>}
          {run && run.items.length > 0 && (
            <>
              {confirming && (
                <MessageBar intent="warning" data-testid="retention-confirm">
                  <MessageBarBody>
                    {t('erasure.retention.confirm', { count: run.items.length })}{' '}
                    <Button
                      appearance="primary"
                      size="small"
                      disabled={busy}
                      onClick={() => void apply()}
                      data-testid="retention-apply-now"
                    >
                      {t('erasure.retention.applyNow')}
                    </Button>{' '}
                    <Button size="small" disabled={busy} onClick={() => setConfirming(false)}>
                      {t('erasure.retention.cancel')}
                    </Button>
                  </MessageBarBody>
                </MessageBar>
              )}
              <div className={styles.scroll} tabIndex={0} role="region" aria-label={t('erasure.retention.runTitle')}>
                <Table size="small" data-testid="retention-items">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t('erasure.retention.person')}</TableHeaderCell>
                      <TableHeaderCell>{t('erasure.retention.rule')}</TableHeaderCell>
                      <TableHeaderCell>{t('erasure.retention.from')}</TableHeaderCell>
                      <TableHeaderCell>{t('erasure.retention.dueOn')}</TableHeaderCell>
                      <TableHeaderCell>{t('erasure.retention.what')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {run.items.map((i) => (
                      <TableRow key={`${i.subject.kind}-${i.subject.id}`}>
                        <TableCell>{i.label}</TableCell>
                        <TableCell>{t(`erasure.retention.ruleShort.${i.rule}`)}</TableCell>
                        <TableCell>{formatDate(i.from)}</TableCell>
                        <TableCell>{formatDate(i.dueOn)}</TableCell>
                        <TableCell>{t(i.action === 'erase' ? 'erasure.dialog.erase' : 'erasure.dialog.anonymise')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              <Body1>{t('erasure.retention.rows')}</Body1>
              <StepsTable steps={run.steps} testId="retention-steps" />
            </>
          )}
          <ErrorBar error={error} />
        </section>
      )}
    </div>
  );
}

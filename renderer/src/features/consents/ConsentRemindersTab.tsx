import {
  Badge,
  Body1,
  Button,
  Field,
  Link,
  makeStyles,
  SpinButton,
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
import type { ConsentReminders } from '../../../../shared/contract/consents';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { STATUS_LOOK } from '../cases/case/status-colors';
import { dateText } from '../mentors/format';
import { useNavigation } from '../partners/navigation';
import { FIRST_ROWS } from '../week/WeekSection';
import { categoryList } from './consent-format';

type Reminders = z.output<typeof ConsentReminders>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  days: { maxWidth: '200px' },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  more: { alignSelf: 'flex-start' },
});

/** Below a list longer than FIRST_ROWS: "Show all N" / "Show only the first 50", as on the week page. */
function MoreButton(props: { count: number; all: boolean; onToggle: () => void; testId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (props.count <= FIRST_ROWS) return null;
  return (
    <Button appearance="secondary" size="small" className={styles.more} onClick={props.onToggle} data-testid={props.testId}>
      {props.all ? t('week.showFirst', { count: FIRST_ROWS }) : t('week.showAll', { count: props.count })}
    </Button>
  );
}

/**
 * Privacy › Consents due: consents that end within N days (a setting, 30 by default) and open
 * courses whose agreed feedback to the referring partner no valid consent covers. Mentees are
 * shown by code; each row opens the person or the course.
 */
export function ConsentRemindersTab() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const [data, setData] = useState<Reminders | null>(null);
  const [days, setDays] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [allExpiring, setAllExpiring] = useState(false);
  const [allUncovered, setAllUncovered] = useState(false);

  const load = useCallback((d?: number) => {
    call('consents:reminders', d === undefined ? {} : { days: d }).then(
      (r) => {
        setData(r);
        setDays(r.days);
      },
      (e: unknown) => setError(asAppError(e)),
    );
  }, []);
  useEffect(() => load(), [load]);

  async function changeDays(value: number | null | undefined) {
    if (value === null || value === undefined || !Number.isInteger(value) || value < 1 || value > 365) return;
    setDays(value);
    try {
      await call('consents:saveSettings', { reminderDays: value });
    } catch {
      // A read-only user cannot keep the setting; the list still follows the number shown.
    }
    load(value);
  }

  if (error) return <ErrorBar error={error} />;
  if (!data) return <Spinner size="small" label={t('common.loading')} />;
  return (
    <div className={styles.root} data-testid="consent-reminders">
      <Body1>{t('consents.reminders.intro')}</Body1>
      <section className={styles.block}>
        <Subtitle2 as="h2">{t('consents.reminders.expiringTitle')}</Subtitle2>
        <Field label={t('consents.reminders.days')} className={styles.days}>
          <SpinButton
            value={days}
            min={1}
            max={365}
            onChange={(_e, d) => void changeDays(d.value ?? (d.displayValue ? Number(d.displayValue) : null))}
            data-testid="reminder-days"
          />
        </Field>
        {data.expiring.length === 0 ? (
          <Body1 className={styles.muted}>{t('consents.reminders.expiringEmpty')}</Body1>
        ) : (
          <Table size="small" aria-label={t('consents.reminders.expiringTitle')} data-testid="reminders-expiring">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('consents.reminders.person')}</TableHeaderCell>
                <TableHeaderCell>{t('consents.reminders.purpose')}</TableHeaderCell>
                <TableHeaderCell>{t('consents.reminders.recipient')}</TableHeaderCell>
                <TableHeaderCell>{t('consents.reminders.ends')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(allExpiring ? data.expiring : data.expiring.slice(0, FIRST_ROWS)).map((r) => (
                <TableRow key={r.consentId}>
                  <TableCell>
                    <Link
                      onClick={() => go({ page: r.person.kind === 'mentee' ? 'mentees' : 'mentors', id: r.person.id })}
                      data-testid={`reminder-person-${r.consentId}`}
                    >
                      {r.personLabel}
                    </Link>
                  </TableCell>
                  <TableCell>{t(`consents.purpose.${r.purpose}`)}</TableCell>
                  <TableCell>{r.recipientName ?? ''}</TableCell>
                  <TableCell>
                    {dateText(r.expiresOn)} <span className={styles.muted}>({t('consents.reminders.left', { count: r.daysLeft })})</span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <MoreButton
          count={data.expiring.length}
          all={allExpiring}
          onToggle={() => setAllExpiring(!allExpiring)}
          testId="reminders-expiring-more"
        />
      </section>
      <section className={styles.block}>
        <Subtitle2 as="h2">{t('consents.reminders.uncoveredTitle')}</Subtitle2>
        {data.uncovered.length === 0 ? (
          <Body1 className={styles.muted}>{t('consents.reminders.uncoveredEmpty')}</Body1>
        ) : (
          <Table size="small" aria-label={t('consents.reminders.uncoveredTitle')} data-testid="reminders-uncovered">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('consents.reminders.course')}</TableHeaderCell>
                <TableHeaderCell>{t('consents.reminders.courseStatus')}</TableHeaderCell>
                <TableHeaderCell>{t('consents.reminders.partner')}</TableHeaderCell>
                <TableHeaderCell>{t('consents.reminders.notCovered')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(allUncovered ? data.uncovered : data.uncovered.slice(0, FIRST_ROWS)).map((r) => (
                <TableRow key={r.caseId}>
                  <TableCell>
                    <Link onClick={() => go({ page: 'cases', id: r.caseId })} data-testid={`reminder-case-${r.caseId}`}>
                      {r.menteeCode}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <Badge appearance={STATUS_LOOK[r.status].appearance} color={STATUS_LOOK[r.status].color}>
                      {t(`mentoring.caseStatus.${r.status}`)}
                    </Badge>
                  </TableCell>
                  <TableCell>{r.organisationName}</TableCell>
                  <TableCell className={styles.missing}>
                    {r.identityCovered ? categoryList(r.missing, t) : t('consents.reminders.noConsentAtAll')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <MoreButton
          count={data.uncovered.length}
          all={allUncovered}
          onToggle={() => setAllUncovered(!allUncovered)}
          testId="reminders-uncovered-more"
        />
      </section>
    </div>
  );
}

import {
  Badge,
  Button,
  Caption1,
  Link,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Subtitle1,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { ArrowLeftRegular, DeleteRegular, DocumentArrowRightRegular, MoreHorizontalRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../shared/errors';
import { asAppError, call } from '../../../api';
import { ErrorBar } from '../../../components/ErrorBar';
import { ConfirmDeleteDialog } from '../../partners/ConfirmDeleteDialog';
import { useNavigation } from '../../partners/navigation';
import { dateText, daysSince, type CaseValue } from './case-format';
import { STATUS_LOOK } from './status-colors';
import { mentorName } from '../../erasure/mentor-name';
import { FeedbackReportDialog } from '../../feedback/FeedbackReportDialog';

const useStyles = makeStyles({
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS },
  titles: { flex: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  name: { fontSize: 'inherit', fontWeight: 'inherit', lineHeight: 'inherit' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The course's mentee (code and name), status, mentor, days in status and referral, with the delete action. */
export function CaseHeader(props: { c: CaseValue; onDeleted: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const { c } = props;
  const [confirm, setConfirm] = useState(false);
  const [feedback, setFeedback] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const days = daysSince(c.dates.statusSince);
  const who = [c.referral.organisationName, c.referral.contactName].filter(Boolean).join(', ');

  async function remove() {
    setConfirm(false);
    try {
      await call('cases:delete', { id: c.id });
      props.onDeleted();
    } catch (e) {
      setError(asAppError(e));
    }
  }

  return (
    <header>
      <Link className={styles.back} onClick={() => go({ page: 'cases' })} data-testid="case-back">
        <ArrowLeftRegular aria-hidden />
        {t('cases.page.back')}
      </Link>
      <div className={styles.head}>
        <div className={styles.titles}>
          <div className={styles.titleRow}>
            <Subtitle1 as="h2" id="case-title" className={styles.title} data-testid="case-title">
              <span className={styles.code}>{c.mentee.code}</span>{' '}
              <Link
                className={styles.name}
                onClick={() => go({ page: 'mentees', id: c.mentee.id })}
                title={t('cases.page.openMentee')}
                data-testid="case-mentee-link"
              >
                {c.mentee.name}
              </Link>
            </Subtitle1>
            <Badge {...STATUS_LOOK[c.status]} size="large" data-testid="case-status">
              {t(`mentoring.caseStatus.${c.status}`)}
            </Badge>
          </div>
          <div className={styles.meta}>
            <Text>
              {t('cases.page.mentor')}:{' '}
              {c.mentor?.anonymised ? (
                <span data-testid="case-mentor-anonymised">{mentorName(t, c.mentor.name, true)}</span>
              ) : c.mentor ? (
                <Link onClick={() => c.mentor && go({ page: 'mentors', id: c.mentor.id })} data-testid="case-mentor-link">
                  {c.mentor.name}
                </Link>
              ) : (
                <span className={styles.muted}>{t('cases.page.noMentor')}</span>
              )}
            </Text>
            <Text data-testid="case-days">{days === 0 ? t('cases.page.sinceToday') : t('cases.page.daysInStatus', { count: days })}</Text>
            {c.coordinator && (
              <Text>
                {t('cases.page.coordinator')}: {c.coordinator}
              </Text>
            )}
          </div>
          <Caption1 className={styles.muted} data-testid="case-referred">
            {who
              ? t('cases.page.referredBy', { who, date: dateText(c.referral.date) })
              : t('cases.page.referredOn', { date: dateText(c.referral.date) })}
          </Caption1>
        </div>
        <Button icon={<DocumentArrowRightRegular />} onClick={() => setFeedback(true)} data-testid="case-feedback-report">
          {t('feedback.button')}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content={t('cases.page.more')} relationship="label">
              <Button appearance="subtle" icon={<MoreHorizontalRegular />} data-testid="case-more" />
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<DeleteRegular />} onClick={() => setConfirm(true)} data-testid="case-delete">
                {t('cases.page.deleteMenu')}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <ErrorBar error={error} />
      {feedback && <FeedbackReportDialog caseId={c.id} onClose={() => setFeedback(false)} />}
      <ConfirmDeleteDialog
        open={confirm}
        title={t('cases.page.deleteTitle', { code: c.mentee.code })}
        body={t('cases.page.deleteBody', { goals: c.goals.length, meetings: c.meetings.length, followUps: c.followUps.length })}
        onConfirm={() => void remove()}
        onCancel={() => setConfirm(false)}
      />
    </header>
  );
}

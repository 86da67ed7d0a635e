import { Link, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { onMeetingSaved } from '../meetings/meeting-events';
import { useNavigation } from '../partners/navigation';
import { AgreementSection } from './case/AgreementSection';
import { CaseHeader } from './case/CaseHeader';
import type { CaseValue } from './case/case-format';
import { ClosingSummary } from './case/ClosingSummary';
import { FollowUpsSection } from './case/FollowUpsSection';
import { GoalsSection } from './case/GoalsSection';
import { MeetingsSection } from './case/MeetingsSection';
import { MentorHistory } from './case/MentorHistory';
import { NextStep } from './case/NextStep';
import { ReferralSection } from './case/ReferralSection';
import { Timeline } from './case/Timeline';

const useStyles = makeStyles({
  page: { maxWidth: '1280px', paddingBottom: tokens.spacingVerticalXXL },
  // Two columns on a wide window: the work on the left, the record of it on the right.
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(260px, 2fr)',
    columnGap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 1120px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  missing: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM },
});

/** One course: status and next steps, referral, agreement, goals, meetings, follow-ups, timeline. */
export function CasePage(props: { id: number }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const [c, setCase] = useState<CaseValue | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [editingAgreement, setEditingAgreement] = useState(false);
  const agreementRef = useRef<HTMLDivElement>(null);

  const reload = useCallback(
    () =>
      call('cases:get', { id: props.id }).then(
        (value) => {
          setCase(value);
          setError(null);
        },
        (e: unknown) => setError(asAppError(e)),
      ),
    [props.id],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  // A meeting logged with Ctrl+M while this course is open shows at once.
  useEffect(() => onMeetingSaved((caseId) => caseId === props.id && void reload()), [props.id, reload]);
  // Another course opened in the same page: start from its own state, not the previous one's.
  const [shownId, setShownId] = useState(props.id);
  if (shownId !== props.id) {
    setShownId(props.id);
    setCase(null);
    setEditingAgreement(false);
  }

  if (!c)
    return error ? (
      <div className={styles.missing}>
        <ErrorBar error={error} />
        <Link onClick={() => go({ page: 'cases' })} data-testid="case-back">
          {t('cases.page.back')}
        </Link>
      </div>
    ) : (
      <Spinner size="small" label={t('cases.page.loading')} />
    );
  const changed = () => void reload();
  const saved = (next: CaseValue) => setCase(next);
  const closed = c.status === 'closed';
  const followUps = <FollowUpsSection c={c} onChanged={changed} />;

  return (
    <article className={styles.page} data-testid="case-page" aria-labelledby="case-title">
      <CaseHeader c={c} onDeleted={() => go({ page: 'cases' })} />
      <ErrorBar error={error} />
      <NextStep
        c={c}
        onChanged={changed}
        onRecordAgreement={() => {
          setEditingAgreement(true);
          agreementRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
        }}
      />
      <div className={styles.columns}>
        <div className={styles.column}>
          {c.closing && <ClosingSummary closing={c.closing} />}
          {/* Once closed, the follow-ups are what is left to do: they come first. */}
          {closed && followUps}
          {(!closed || c.agreement) && (
            <div ref={agreementRef}>
              <AgreementSection
                c={c}
                editing={editingAgreement}
                onEdit={setEditingAgreement}
                onSaved={(next) => {
                  setEditingAgreement(false);
                  saved(next);
                }}
              />
            </div>
          )}
          <GoalsSection c={c} onSaved={saved} />
          <MeetingsSection c={c} onChanged={changed} />
          {!closed && followUps}
        </div>
        <div className={styles.column}>
          <ReferralSection c={c} onSaved={saved} />
          <MentorHistory periods={c.mentorHistory} />
          <Timeline items={c.timeline} closing={c.closing} />
        </div>
      </div>
    </article>
  );
}

import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import {
  ArrowRepeatAllRegular,
  CheckmarkCircleRegular,
  DocumentSignatureRegular,
  LockClosedRegular,
  PauseRegular,
  PlayRegular,
  PeopleQueueRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MatchingPanel } from '../../matching/MatchingPanel';
import type { CaseValue } from './case-format';
import { StepDialog } from './StepDialog';
import { offeredSteps, type Step } from './steps';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
    padding: tokens.spacingVerticalM + ' ' + tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  matching: { marginTop: tokens.spacingVerticalL },
});

const ICON: Record<Step, FluentIcon> = {
  intake: CheckmarkCircleRegular,
  waiting: PeopleQueueRegular,
  rematch: ArrowRepeatAllRegular,
  start: PlayRegular,
  pause: PauseRegular,
  resume: PlayRegular,
  close: LockClosedRegular,
};

/**
 * What can happen to the course now: only the status changes core accepts, each as a verb. A
 * course waiting for a mentor shows the matching suggestions; a matched course without its start
 * agreement leads to recording it.
 */
export function NextStep(props: { c: CaseValue; onChanged: () => void; onRecordAgreement: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { c } = props;
  const [open, setOpen] = useState<Step | null>(null);
  // After a step the button that was pressed may be gone: focus moves to the new choices.
  const box = useRef<HTMLElement>(null);
  const steps = offeredSteps(c);
  const needsAgreement = c.status === 'matched' && c.agreement === null;
  const primary = needsAgreement ? null : steps.find((s) => s === 'intake' || s === 'waiting' || s === 'start' || s === 'resume');

  return (
    <>
      <section ref={box} tabIndex={-1} className={styles.box} data-testid="next-step" aria-labelledby="next-step-title">
        <Subtitle2 as="h3" id="next-step-title">
          {t('cases.page.next.title')}
        </Subtitle2>
        {c.status === 'closed' && <Body1 className={styles.hint}>{t('cases.page.next.closed')}</Body1>}
        {c.status === 'waiting' && <Body1 className={styles.hint}>{t('cases.page.next.chooseMentor')}</Body1>}
        {needsAgreement && <Body1 className={styles.hint}>{t('cases.page.next.agreementFirst')}</Body1>}
        {(steps.length > 0 || needsAgreement) && (
          <div className={styles.buttons}>
            {needsAgreement && (
              <Button
                appearance="primary"
                icon={<DocumentSignatureRegular />}
                onClick={props.onRecordAgreement}
                data-testid="step-agreement"
              >
                {t('cases.page.next.agreement')}
              </Button>
            )}
            {steps.map((s) => {
              const Icon = ICON[s];
              return (
                <Button
                  key={s}
                  appearance={s === primary ? 'primary' : 'secondary'}
                  icon={<Icon />}
                  onClick={() => setOpen(s)}
                  data-testid={`step-${s}`}
                >
                  {t(`cases.page.next.${s}`)}
                </Button>
              );
            })}
          </div>
        )}
        <StepDialog
          c={c}
          step={open}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            requestAnimationFrame(() => box.current?.focus());
            props.onChanged();
          }}
        />
      </section>
      {c.status === 'waiting' && (
        <div className={styles.matching}>
          <MatchingPanel caseId={c.id} menteeId={c.mentee.id} onMatched={props.onChanged} />
        </div>
      )}
    </>
  );
}

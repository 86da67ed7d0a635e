import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  ToolbarButton,
} from '@fluentui/react-components';
import { PauseRegular, PersonProhibitedRegular, PlayRegular, RibbonRegular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorStatus } from '../../../../shared/contract/mentoring-schemas';
import { MENTOR_TRANSITIONS } from '../../../../shared/mentoring/lifecycle';
import { asAppError, call } from '../../api';
import type { AppError } from '../../../../shared/errors';

const ICONS: Record<MentorStatus, ReactElement | undefined> = {
  applicant: undefined,
  trained: <RibbonRegular />,
  active: <PlayRegular />,
  paused: <PauseRegular />,
  ended: <PersonProhibitedRegular />,
};

/** The button text for a status change; "Resume" reads better than "Activate" after a pause. */
function actionKey(from: MentorStatus, to: MentorStatus): string {
  return from === 'paused' && to === 'active' ? 'resume' : to;
}

/**
 * The status changes the lifecycle allows from where the mentor is now, as toolbar buttons.
 * Ending asks first, saying how many courses will need a new mentor.
 */
export function MentorStatusActions(props: {
  id: number;
  name: string;
  status: MentorStatus;
  load: number;
  onChanged: () => void;
  onError: (e: AppError | null) => void;
}) {
  const { t } = useTranslation();
  const [confirmEnd, setConfirmEnd] = useState(false);

  async function move(to: MentorStatus) {
    setConfirmEnd(false);
    try {
      await call('mentors:setStatus', { id: props.id, status: to });
      props.onError(null);
      props.onChanged();
    } catch (e) {
      props.onError(asAppError(e));
    }
  }

  return (
    <>
      {MENTOR_TRANSITIONS[props.status].map((to) => (
        <ToolbarButton
          key={to}
          icon={ICONS[to]}
          onClick={() => (to === 'ended' ? setConfirmEnd(true) : void move(to))}
          data-testid={`mentor-status-${to}`}
        >
          {t(`mentors.statusAction.${actionKey(props.status, to)}`)}
        </ToolbarButton>
      ))}
      <Dialog open={confirmEnd} onOpenChange={(_e, d) => !d.open && setConfirmEnd(false)}>
        <DialogSurface data-testid="end-dialog">
          <DialogBody>
            <DialogTitle>{t('mentors.end.title', { name: props.name })}</DialogTitle>
            <DialogContent>
              {t('mentors.end.body')} {props.load > 0 && t('mentors.end.holding', { count: props.load })}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setConfirmEnd(false)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void move('ended')} data-testid="end-confirm">
                {t('mentors.end.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

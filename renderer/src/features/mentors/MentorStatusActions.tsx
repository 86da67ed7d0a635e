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
import { PauseRegular, PlayRegular, RibbonRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorStatus } from '../../../../shared/contract/mentoring-schemas';
import { MENTOR_TRANSITIONS } from '../../../../shared/mentoring/lifecycle';

const ICONS: Partial<Record<MentorStatus, ReactElement>> = {
  trained: <RibbonRegular />,
  active: <PlayRegular />,
  paused: <PauseRegular />,
};

/** The button text for a status change; "Resume" reads better than "Activate" after a pause. */
function actionKey(from: MentorStatus, to: MentorStatus): string {
  return from === 'paused' && to === 'active' ? 'resume' : to;
}

/**
 * The forward steps the lifecycle allows from where the mentor is now, as toolbar buttons.
 * Ending is not among them: it is final, so it sits in the "more" menu and asks first.
 */
export function MentorStatusButtons(props: { status: MentorStatus; onMove: (to: MentorStatus) => void }) {
  const { t } = useTranslation();
  return (
    <>
      {MENTOR_TRANSITIONS[props.status]
        .filter((to) => to !== 'ended')
        .map((to) => (
          <ToolbarButton key={to} icon={ICONS[to]} onClick={() => props.onMove(to)} data-testid={`mentor-status-${to}`}>
            {t(`mentors.statusAction.${actionKey(props.status, to)}`)}
          </ToolbarButton>
        ))}
    </>
  );
}

/** Asks before ending a mentor, saying how many courses will need a new mentor. */
export function EndMentorDialog(props: { open: boolean; name: string; load: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onOpenChange={(_e, d) => !d.open && props.onCancel()}>
      <DialogSurface data-testid="end-dialog">
        <DialogBody>
          <DialogTitle>{t('mentors.end.title', { name: props.name })}</DialogTitle>
          <DialogContent>
            {t('mentors.end.body')} {props.load > 0 && t('mentors.end.holding', { count: props.load })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
            <Button onClick={props.onConfirm} data-testid="end-confirm">
              {t('mentors.end.confirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

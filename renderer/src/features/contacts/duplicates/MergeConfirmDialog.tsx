import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PairSide } from './pairs';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

/** Asks before a merge, saying what moves from the other contact person to the kept one and that it cannot be undone. */
export function MergeConfirmDialog(props: {
  kept: PairSide | null;
  other: PairSide | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { kept, other } = props;
  const label = (side: PairSide) => `${side.name} (${side.email || t('duplicateReview.noEmail')})`;
  return (
    <Dialog open={kept !== null && other !== null} modalType="alert" onOpenChange={(_e, d) => !d.open && props.onCancel()}>
      <DialogSurface data-testid="merge-dialog">
        {kept && other && (
          <DialogBody>
            <DialogTitle>{t('duplicateReview.confirmTitle', { name: kept.name })}</DialogTitle>
            <DialogContent className={styles.content}>
              <Body1>{t('duplicateReview.confirmIntro', { other: label(other), kept: label(kept) })}</Body1>
              <ul className={styles.list} data-testid="merge-moves">
                <li>{t('duplicateReview.confirmMemberships', { count: other.memberships })}</li>
                <li>{t('duplicateReview.confirmInteractions', { count: other.interactions })}</li>
                <li>{t('duplicateReview.confirmOffers')}</li>
                <li>{t('duplicateReview.confirmFields', { name: kept.name })}</li>
              </ul>
              <Body1>{t('duplicateReview.confirmAudit')}</Body1>
              <Body1 className={styles.strong}>{t('duplicateReview.confirmIrreversible')}</Body1>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={props.onCancel} data-testid="merge-cancel">
                {t('common.cancel')}
              </Button>
              <Button disabled={props.busy} onClick={props.onConfirm} data-testid="merge-confirm">
                {t('duplicateReview.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}

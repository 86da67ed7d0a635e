import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Asks before removing a user; Cancel is the default button. */
export function ConfirmRemoveDialog(props: { open: boolean; title: string; body: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onOpenChange={(_e, d) => !d.open && props.onCancel()}>
      <DialogSurface data-testid="remove-user-dialog">
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
            <Button onClick={props.onConfirm} data-testid="remove-user-confirm">
              {t('users.removeConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

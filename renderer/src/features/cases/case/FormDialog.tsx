import {
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
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../shared/errors';
import { ErrorBar } from '../../../components/ErrorBar';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The shell of the course page's small dialogs: a title, a column of fields, the error and the
 * submit / Cancel buttons. Enter in a field or Ctrl+Enter anywhere submits; Esc closes.
 */
export function FormDialog(props: {
  testId: string;
  title: string;
  onSubmit: () => void;
  onClose: () => void;
  error: AppError | null;
  errorTestId?: string;
  /** Defaults to Save. */
  submitLabel?: string;
  submitTestId: string;
  submitDisabled?: boolean;
  /** Leave checks to the dialog's own messages rather than the browser's. */
  noValidate?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && props.onClose()}>
      <DialogSurface data-testid={props.testId}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            props.onSubmit();
          }}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') props.onSubmit();
          }}
          noValidate={props.noValidate}
        >
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.form}>
              {props.children}
              <ErrorBar error={props.error} testId={props.errorTestId} />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={props.submitDisabled} data-testid={props.submitTestId}>
                {props.submitLabel ?? t('common.save')}
              </Button>
              <Button onClick={props.onClose}>{t('common.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

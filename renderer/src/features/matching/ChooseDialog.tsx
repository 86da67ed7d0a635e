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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** Asks before matching: the course moves to "matched" and the mentor's free places go down by one. */
export function ChooseDialog(props: {
  caseId: number;
  menteeCode: string;
  mentor: { id: number; name: string } | null;
  onClose: () => void;
  onMatched: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const { mentor } = props;

  async function confirm() {
    if (!mentor) return;
    setBusy(true);
    try {
      await call('cases:transition', { id: props.caseId, to: 'matched', mentorId: mentor.id });
      props.onMatched();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={mentor !== null}
      onOpenChange={(_e, d) => {
        if (!d.open) {
          setError(null);
          props.onClose();
        }
      }}
    >
      <DialogSurface data-testid="match-confirm-dialog">
        <DialogBody>
          <DialogTitle>{t('cases.matching.confirmTitle', { code: props.menteeCode, name: mentor?.name ?? '' })}</DialogTitle>
          <DialogContent className={styles.content}>
            {t('cases.matching.confirmBody', { name: mentor?.name ?? '' })}
            <ErrorBar error={error} testId="match-error" />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => void confirm()} data-testid="match-confirm">
              {t('cases.matching.confirm')}
            </Button>
            <Button
              onClick={() => {
                setError(null);
                props.onClose();
              }}
            >
              {t('common.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

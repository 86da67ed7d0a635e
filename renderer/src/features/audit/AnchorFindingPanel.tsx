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
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AnchorFinding } from '../../../../shared/contract/audit';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';

type Finding = z.output<typeof AnchorFinding>;

/** The anchor's findings (electron/core/audit/anchor.ts): what happened, each its own message. */
const MESSAGE = {
  truncated: 'auditAnchor.truncated',
  'rolled-back': 'auditAnchor.rolledBack',
  foreign: 'auditAnchor.foreign',
  forged: 'auditAnchor.forged',
  missing: 'auditAnchor.missing',
} as const;
/** What it means in plain words, and that the copy may be kept; none for a foreign key file. */
const EXPLAIN = {
  truncated: 'auditAnchor.explain.truncated',
  'rolled-back': 'auditAnchor.explain.rolledBack',
  forged: 'auditAnchor.explain.forged',
  missing: 'auditAnchor.explain.missing',
} as const;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '75ch' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

/**
 * What the chain check found about the log's tail, and "Continue with this copy" (audit:acceptHead)
 * behind a confirmation. A key file from another register is explained and never offered.
 */
export function AnchorFindingPanel(props: { finding: Finding; onAccepted: (seq: number) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ReturnType<typeof asAppError> | null>(null);
  const { problem, headSeq, anchorSeq } = props.finding;

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('audit:acceptHead', {});
      setAsking(false);
      if (result.accepted && result.seq !== undefined) props.onAccepted(result.seq);
    } catch (e) {
      setAsking(false);
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.panel}>
      <MessageBar intent="error" data-testid="audit-anchor-result" role="alert">
        <MessageBarBody>{t(MESSAGE[problem], { anchorSeq: anchorSeq ?? '?', headSeq })}</MessageBarBody>
      </MessageBar>
      {problem === 'foreign' ? (
        <Body1 data-testid="audit-anchor-refused">{t('auditAnchor.foreignRefused')}</Body1>
      ) : (
        <>
          <Body1 data-testid="audit-anchor-explain">
            {t(EXPLAIN[problem], { count: anchorSeq !== undefined ? Math.max(1, anchorSeq - headSeq) : 1 })}
          </Body1>
          <div className={styles.actions}>
            <Button onClick={() => setAsking(true)} data-testid="audit-anchor-accept">
              {t('auditAnchor.accept.button')}
            </Button>
          </div>
        </>
      )}
      <ErrorBar error={error} />
      <Dialog open={asking} onOpenChange={(_e, d) => !d.open && !busy && setAsking(false)}>
        <DialogSurface data-testid="audit-anchor-dialog">
          <DialogBody>
            <DialogTitle>{t('auditAnchor.accept.title')}</DialogTitle>
            <DialogContent>{t('auditAnchor.accept.body')}</DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={busy} onClick={() => setAsking(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                disabled={busy}
                icon={busy ? <Spinner size="tiny" /> : undefined}
                onClick={() => void accept()}
                data-testid="audit-anchor-confirm"
              >
                {t('auditAnchor.accept.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

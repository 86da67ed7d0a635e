import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ErasureMode, ErasurePlan, ErasureSubject } from '../../../../shared/contract/erasure';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { StepsTable } from './StepsTable';

type Plan = z.output<typeof ErasurePlan>;

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '100%' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Erase or anonymise one person: choose, see the preview (every table, how many rows, what
 * happens to them), confirm, done. Apply sends the preview's fingerprint, so core does exactly
 * what was shown or refuses.
 */
export function EraseDialog(props: {
  subject: ErasureSubject;
  label: string;
  initialMode?: ErasureMode;
  onClose: () => void;
  onDone: (plan: Plan) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const contact = props.subject.kind === 'contact';
  const [mode, setMode] = useState<ErasureMode>(contact ? 'erase' : (props.initialMode ?? 'anonymise'));
  const [fetched, setPlan] = useState<Plan | null>(null);
  const [stage, setStage] = useState<'preview' | 'confirm' | 'done'>('preview');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const { kind, id } = props.subject;
  // The preview shown is always the one for the chosen mode; another mode's is never applied.
  const plan = fetched?.mode === mode ? fetched : null;

  useEffect(() => {
    let live = true;
    call('erasure:preview', { subject: { kind, id }, mode }).then(
      (p) => live && setPlan(p),
      (e: unknown) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [kind, id, mode]);

  async function apply() {
    if (!plan) return;
    setBusy(true);
    setError(null);
    try {
      const done = await call('erasure:apply', { subject: { kind, id }, mode, fingerprint: plan.fingerprint });
      setPlan(done);
      setStage('done');
    } catch (e) {
      setError(asAppError(e));
      setStage('preview');
    } finally {
      setBusy(false);
    }
  }

  const rows = plan ? plan.steps.reduce((n, s) => n + s.count, 0) : 0;
  const close = () => (stage === 'done' && plan ? props.onDone(plan) : props.onClose());
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && !busy && close()}>
      <DialogSurface className={styles.surface} data-testid="erase-dialog">
        <DialogBody>
          <DialogTitle>{t(contact ? 'erasure.dialog.titleContact' : 'erasure.dialog.title', { label: props.label })}</DialogTitle>
          <DialogContent className={styles.body}>
            {stage === 'done' && plan ? (
              <MessageBar intent="success" data-testid="erase-done">
                <MessageBarBody>
                  {t(plan.personRow === 'delete' ? 'erasure.dialog.doneErase' : 'erasure.dialog.doneAnonymise', { rows })}
                </MessageBarBody>
              </MessageBar>
            ) : (
              <>
                {!contact && (
                  <Field label={t('erasure.dialog.mode')}>
                    <RadioGroup
                      value={mode}
                      onChange={(_e, d) => {
                        setError(null);
                        setMode(d.value as ErasureMode);
                      }}
                      disabled={stage === 'confirm'}
                      data-testid="erase-mode"
                    >
                      <Radio value="anonymise" label={t('erasure.dialog.anonymise')} data-testid="erase-mode-anonymise" />
                      <Radio value="erase" label={t('erasure.dialog.erase')} data-testid="erase-mode-erase" />
                    </RadioGroup>
                  </Field>
                )}
                {(mode === 'anonymise' || plan?.personRow !== 'anonymise-kept') && (
                  <Body1 className={styles.muted}>
                    {t(mode === 'erase' ? 'erasure.dialog.eraseHint' : 'erasure.dialog.anonymiseHint')}
                  </Body1>
                )}
                {!plan && !error && <Spinner size="small" label={t('erasure.dialog.loading')} />}
                {plan && (
                  <>
                    <Body1 data-testid="erase-person-row">{t(`erasure.dialog.personRow.${plan.personRow}`)}</Body1>
                    {plan.openCourses > 0 && (
                      <MessageBar intent="warning">
                        <MessageBarBody>{t('erasure.dialog.openCourses', { count: plan.openCourses })}</MessageBarBody>
                      </MessageBar>
                    )}
                    {plan.queued && <Body1>{t('erasure.dialog.queued')}</Body1>}
                    <StepsTable steps={plan.steps} testId="erase-steps" />
                    <Body1 className={styles.muted}>{t('erasure.dialog.stays')}</Body1>
                  </>
                )}
                {stage === 'confirm' && (
                  <MessageBar intent="warning" data-testid="erase-confirm">
                    <MessageBarBody>
                      {t(mode === 'erase' ? 'erasure.dialog.confirmErase' : 'erasure.dialog.confirmAnonymise')}
                    </MessageBarBody>
                  </MessageBar>
                )}
              </>
            )}
            <ErrorBar error={error} testId="erase-error" />
          </DialogContent>
          <DialogActions>
            {stage === 'preview' && (
              <Button appearance="primary" disabled={!plan} onClick={() => setStage('confirm')} data-testid="erase-next">
                {t('erasure.dialog.next')}
              </Button>
            )}
            {stage === 'confirm' && (
              <>
                <Button appearance="primary" disabled={busy} onClick={() => void apply()} data-testid="erase-apply">
                  {t(mode === 'erase' ? 'erasure.dialog.doErase' : 'erasure.dialog.doAnonymise')}
                </Button>
                <Button disabled={busy} onClick={() => setStage('preview')}>
                  {t('erasure.dialog.back')}
                </Button>
              </>
            )}
            {stage !== 'confirm' && (
              <Button onClick={close} data-testid="erase-close">
                {stage === 'done' ? t('erasure.dialog.close') : t('common.cancel')}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call, onEvent } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { CheckStep } from './CheckStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { RunStep, type RunState } from './RunStep';
import { mappingIssues, STEPS, type Check, type DuplicateAction, type Mapping, type Preview, type Step, type Target } from './wizard-state';

const useStyles = makeStyles({
  surface: { width: 'min(1040px, 94vw)', maxWidth: 'min(1040px, 94vw)' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  step: { color: tokens.colorNeutralForeground2 },
});

/**
 * The import wizard: file → preview → column mapping → check → run and summary. Nothing is written
 * before "Import now"; core writes all rows in one transaction or none, and the wizard says so.
 */
export function ImportWizard(props: {
  target: Target;
  open: boolean;
  onClose: (imported: boolean) => void;
  /** Closes the wizard and opens the review of the possible duplicates the import listed. */
  onReviewDuplicates?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [step, setStep] = useState<Step>('file');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [path, setPath] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [remember, setRemember] = useState(true);
  const [check, setCheck] = useState<Check | null>(null);
  const [policy, setPolicy] = useState<DuplicateAction>('skip');
  const [overrides, setOverrides] = useState<Record<number, DuplicateAction>>({});
  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const operation = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('progress', (p) => {
        if (p.operationId === operation.current) setRun((r) => (r.phase === 'running' ? { ...r, done: p.done, total: p.total } : r));
      }),
    [],
  );

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = () =>
    attempt(async () => {
      const chosen = await call('shell:chooseFile', { purpose: 'import' });
      if (!chosen.path) return;
      const read = await call('import:preview', { path: chosen.path, target: props.target });
      setPath(chosen.path);
      setPreview(read);
      setMapping(read.mapping);
      setStep('preview');
    });

  const runCheck = () =>
    attempt(async () => {
      if (!path) return;
      setCheck(await call('import:check', { path, target: props.target, mapping }));
      setOverrides({});
      setStep('check');
    });

  const runImport = async () => {
    if (!path || !check) return;
    const operationId = crypto.randomUUID();
    operation.current = operationId;
    setStep('run');
    setError(null);
    setRun({ phase: 'running', done: 0, total: check.counts.rows, cancelling: false });
    try {
      const summary = await call('import:run', {
        path,
        target: props.target,
        mapping,
        operationId,
        duplicates: policy,
        overrides: Object.entries(overrides).map(([row, action]) => ({ row: Number(row), action })),
        rememberMapping: remember,
      });
      setRun({ phase: 'finished', summary });
    } catch (e) {
      const failure = asAppError(e);
      setRun({ phase: failure.code === 'CANCELLED' ? 'cancelled' : 'failed', error: failure });
    } finally {
      operation.current = null;
    }
  };

  const cancelImport = () => {
    const id = operation.current;
    if (!id) return;
    setRun((r) => (r.phase === 'running' ? { ...r, cancelling: true } : r));
    void call('import:cancel', { operationId: id }).catch(() => undefined);
  };

  const running = run.phase === 'running';
  const finished = run.phase === 'finished';
  const issues = mappingIssues(mapping);
  const stepIndex = STEPS.indexOf(step);

  let body = null;
  if (step === 'file') body = <FileStep target={props.target} busy={busy} onChoose={() => void chooseFile()} />;
  if (step === 'preview' && preview) body = <PreviewStep preview={preview} onChooseAnother={() => void chooseFile()} busy={busy} />;
  if (step === 'mapping' && preview)
    body = <MappingStep preview={preview} mapping={mapping} onChange={setMapping} remember={remember} onRemember={setRemember} />;
  if (step === 'check' && check)
    body = <CheckStep check={check} policy={policy} onPolicy={setPolicy} overrides={overrides} onOverride={setOverrides} />;
  if (step === 'run')
    body = <RunStep state={run} sourcePath={path} onCancel={cancelImport} onReviewDuplicates={props.onReviewDuplicates} />;

  const back = step === 'preview' ? 'file' : step === 'mapping' ? 'preview' : step === 'check' ? 'mapping' : null;
  const title = props.target === 'contacts' ? t('import.titleContacts') : t('import.titleOrganisations');

  return (
    <Dialog
      open={props.open}
      modalType={running ? 'alert' : 'modal'}
      onOpenChange={(_e, d) => {
        if (!d.open && !running) props.onClose(finished);
      }}
    >
      <DialogSurface className={styles.surface} data-testid="import-wizard" aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.body}>
            <Caption1 className={styles.step} data-testid="import-step">
              {t('import.stepOf', { n: stepIndex + 1, total: STEPS.length, name: t(`import.steps.${step}`) })}
            </Caption1>
            <ErrorBar error={error} testId="import-error" />
            {body}
          </DialogContent>
          <DialogActions>
            {back && (
              <Button disabled={busy} onClick={() => setStep(back)} data-testid="import-back">
                {t('common.back')}
              </Button>
            )}
            {(run.phase === 'cancelled' || run.phase === 'failed') && (
              <Button onClick={() => setStep('check')} data-testid="import-start-over">
                {t('common.back')}
              </Button>
            )}
            {step === 'preview' && (
              <Button appearance="primary" disabled={busy} onClick={() => setStep('mapping')} data-testid="import-next">
                {t('import.next')}
              </Button>
            )}
            {step === 'mapping' && (
              <Button
                appearance="primary"
                disabled={busy || issues.nameMissing || issues.twice.length > 0}
                onClick={() => void runCheck()}
                data-testid="import-next"
              >
                {busy ? t('import.checking') : t('import.next')}
              </Button>
            )}
            {step === 'check' && (
              <Button appearance="primary" onClick={() => void runImport()} data-testid="import-run">
                {t('import.run')}
              </Button>
            )}
            {!running && (
              <Button appearance={finished ? 'primary' : 'secondary'} onClick={() => props.onClose(finished)} data-testid="import-close">
                {finished ? t('import.done') : step === 'run' ? t('common.close') : t('common.cancel')}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

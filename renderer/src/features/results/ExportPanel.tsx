import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from '@fluentui/react-components';
import { DocumentArrowRightRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call, onEvent } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { PathText } from '../../components/PathText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  progress: { width: '100%', maxWidth: '480px' },
});

type ExportInput = Omit<Input<'reports:programmeExport'>, 'path' | 'xlsxPath' | 'operationId'>;
type State =
  { phase: 'idle' } | { phase: 'running'; done: number; total: number } | { phase: 'done'; path: string; xlsxPath: string | null };

/**
 * Export: the user picks where the .docx (and, if asked, the .xlsx) go, then core writes them
 * with progress; the paths are shown when done. `onExported` lets the page drop its unsaved mark.
 */
export function ExportPanel(props: { input: ExportInput | null; fileName: string; onExported: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [xlsx, setXlsx] = useState(true);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [error, setError] = useState<AppError | null>(null);
  const operation = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('progress', (p) => {
        if (p.operationId === operation.current)
          setState((s) => (s.phase === 'running' ? { phase: 'running', done: p.done, total: p.total } : s));
      }),
    [],
  );

  async function run() {
    if (!props.input) return;
    setError(null);
    try {
      const docx = await call('shell:chooseSaveFile', { purpose: 'programme-report', suggestedName: `${props.fileName}.docx` });
      if (!docx.path) return;
      let xlsxPath: string | undefined;
      if (xlsx) {
        const chosen = await call('shell:chooseSaveFile', { purpose: 'programme-xlsx', suggestedName: `${props.fileName}.xlsx` });
        if (!chosen.path) return;
        xlsxPath = chosen.path;
      }
      const operationId = crypto.randomUUID();
      operation.current = operationId;
      setState({ phase: 'running', done: 0, total: 0 });
      const result = await call('reports:programmeExport', { ...props.input, path: docx.path, xlsxPath, operationId });
      setState({ phase: 'done', path: result.path, xlsxPath: result.xlsxPath });
      props.onExported();
    } catch (e) {
      setState({ phase: 'idle' });
      setError(asAppError(e));
    } finally {
      operation.current = null;
    }
  }

  const running = state.phase === 'running';
  return (
    <div className={styles.root}>
      <Checkbox
        checked={xlsx}
        onChange={(_e, d) => setXlsx(d.checked === true)}
        label={t('programme.results.alsoXlsx')}
        data-testid="results-xlsx"
      />
      <Button
        appearance="primary"
        icon={<DocumentArrowRightRegular />}
        disabled={!props.input || running}
        onClick={() => void run()}
        data-testid="results-export"
      >
        {t('programme.results.export')}
      </Button>
      {running && (
        <ProgressBar
          className={styles.progress}
          value={state.total > 0 ? state.done / state.total : undefined}
          aria-label={t('programme.results.exporting')}
          data-testid="results-progress"
        />
      )}
      <ErrorBar error={error} testId="results-export-error" />
      {state.phase === 'done' && (
        <MessageBar intent="success" data-testid="results-exported">
          <MessageBarBody>
            <div>
              {t('programme.results.exported', { path: '' })}
              <span data-testid="results-docx-path">
                <PathText path={state.path} />
              </span>
            </div>
            {state.xlsxPath && (
              <div>
                {t('programme.results.exportedXlsx', { path: '' })}
                <span data-testid="results-xlsx-path">
                  <PathText path={state.xlsxPath} />
                </span>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

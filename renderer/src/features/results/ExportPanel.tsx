import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { DocumentArrowRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { PathText } from '../../components/PathText';
import { ExportProgress } from '../export/ExportProgress';
import { useExportRun } from '../export/use-export-run';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  progress: { width: '100%', maxWidth: '480px' },
});

type ExportInput = Omit<Input<'reports:programmeExport'>, 'path' | 'xlsxPath' | 'operationId'>;
type State = { phase: 'idle' } | { phase: 'cancelled' } | { phase: 'done'; path: string; xlsxPath: string | null };

/**
 * Export: the user picks where the .docx (and, if asked, the .xlsx) go, then core writes them
 * with progress and Cancel (export:cancel: no file, no audit row, nothing in the ledger); the
 * paths are shown when done. `onExported` lets the page drop its unsaved mark.
 */
export function ExportPanel(props: { input: ExportInput | null; fileName: string; onExported: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [xlsx, setXlsx] = useState(true);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [error, setError] = useState<AppError | null>(null);
  const exportRun = useExportRun();

  async function run() {
    const input = props.input;
    if (!input) return;
    setError(null);
    try {
      const docx = await call('shell:chooseSaveFile', { purpose: 'programme-report', suggestedName: `${props.fileName}.docx` });
      const path = docx.path;
      if (!path) return;
      let xlsxPath: string | undefined;
      if (xlsx) {
        const chosen = await call('shell:chooseSaveFile', { purpose: 'programme-xlsx', suggestedName: `${props.fileName}.xlsx` });
        if (!chosen.path) return;
        xlsxPath = chosen.path;
      }
      setState({ phase: 'idle' });
      const result = await exportRun.run((operationId) => call('reports:programmeExport', { ...input, path, xlsxPath, operationId }));
      if (!result) {
        setState({ phase: 'cancelled' });
        return;
      }
      setState({ phase: 'done', path: result.path, xlsxPath: result.xlsxPath });
      props.onExported();
    } catch (e) {
      setState({ phase: 'idle' });
      setError(asAppError(e));
    }
  }

  const running = exportRun.state !== null;
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
      {exportRun.state && (
        <div className={styles.progress}>
          <ExportProgress state={exportRun.state} onCancel={exportRun.cancel} testId="results-progress" />
        </div>
      )}
      {state.phase === 'cancelled' && (
        <MessageBar intent="info" data-testid="results-export-cancelled">
          <MessageBarBody>{t('exportProgress.cancelled')}</MessageBarBody>
        </MessageBar>
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

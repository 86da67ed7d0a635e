import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle1, Title2, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeReportModel } from '../../../../shared/contract/reports';
import type { AppError } from '../../../../shared/errors';
import type { Language } from '../../../../shared/languages';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { errorText } from '../../components/error-text';
import { localToday, presetPeriods } from '../home/period';
import { storedPreset } from '../home/period-store';
import { useDirtyGuard, useNavigation } from '../partners/navigation';
import { useCanWrite } from '../users/session';
import { ExportPanel } from './ExportPanel';
import { EMPTY_NARRATIVE, NarrativeEditor, NARRATIVE_PARTS, type Narrative } from './NarrativeEditor';
import { ProgrammePreview } from './ProgrammePreview';
import { ResultsOptions, type PeriodProblem, type ResultsOptionsValue } from './ResultsOptions';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1200px' },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  intro: { maxWidth: '760px' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The results report for donors and municipalities: choose the period, comparison and
 * breakdowns, read the anonymous tables as they will be printed, write the narrative, export.
 * Read-only users see the preview only.
 */
export function ResultsReportPage() {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const canWrite = useCanWrite();
  const [options, setOptions] = useState<ResultsOptionsValue>(() => {
    const { current } = presetPeriods(storedPreset(), localToday());
    return { ...current, compareFrom: '', compareTo: '', breakdowns: [], language: i18n.language as Language };
  });
  const [model, setModel] = useState<ProgrammeReportModel | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [narrative, setNarrative] = useState<Narrative>(EMPTY_NARRATIVE);
  const [exported, setExported] = useState<Narrative | null>(null);
  const written = NARRATIVE_PARTS.some((p) => narrative[p].trim() !== '' && narrative[p] !== exported?.[p]);
  useDirtyGuard(written);

  // The input core gets; null (and a translated reason) while the dates cannot make a period.
  const request = useMemo(() => {
    const { from, to, compareFrom, compareTo, breakdowns, language } = options;
    if (!DATE.test(from) || !DATE.test(to)) return { input: null, problem: 'INVALID_INPUT' as const };
    if (from > to || (compareFrom && compareTo && compareFrom > compareTo)) return { input: null, problem: 'DATE_OUT_OF_ORDER' as const };
    const compare = DATE.test(compareFrom) && DATE.test(compareTo) ? { compareFrom, compareTo } : {};
    return { input: { from, to, ...compare, breakdowns, language }, problem: null };
  }, [options]);

  useEffect(() => {
    if (!request.input) return;
    const input = request.input;
    let live = true;
    // A short pause while the user is still typing a date.
    const timer = setTimeout(() => {
      setLoading(true);
      call('reports:programme', input).then(
        (m) => live && (setModel(m), setError(null), setLoading(false)),
        (e: unknown) => live && (setModel(null), setError(asAppError(e)), setLoading(false)),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [request]);

  // A period core refused is shown next to its dates; anything else in the bar below.
  const periodProblem: PeriodProblem | null =
    error?.code === 'PERIOD_OVERLAP' || error?.code === 'PERIOD_TOO_LONG'
      ? { field: error.params?.field === 'period' ? 'period' : 'comparison', text: errorText(t, error) }
      : null;

  const fileName = t('programme.results.fileName', { from: options.from, to: options.to });

  return (
    <div className={styles.page} data-testid="results-page">
      <div className={styles.head}>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => go({ page: 'home' })} data-testid="results-back">
          {t('programme.results.back')}
        </Button>
        <Title2 as="h1">{t('programme.title')}</Title2>
        <Body1 className={styles.intro}>{t('programme.results.intro')}</Body1>
      </div>

      <section className={styles.section} aria-labelledby="results-options">
        <Subtitle1 as="h2" id="results-options">
          {t('programme.results.optionsTitle')}
        </Subtitle1>
        <ResultsOptions value={options} onChange={setOptions} problem={periodProblem} />
      </section>

      <ErrorBar error={request.problem ? { code: request.problem } : periodProblem ? null : error} testId="results-error" />

      <section className={styles.section} aria-labelledby="results-preview" aria-busy={loading}>
        <Subtitle1 as="h2" id="results-preview">
          {t('programme.results.previewTitle')}
        </Subtitle1>
        {loading && !model && <Spinner size="small" label={t('programme.results.loading')} />}
        {model && <ProgrammePreview model={model} />}
      </section>

      {canWrite ? (
        <>
          <section className={styles.section} aria-labelledby="results-narrative">
            <Subtitle1 as="h2" id="results-narrative">
              {t('programme.results.narrativeTitle')}
            </Subtitle1>
            <NarrativeEditor value={narrative} onChange={setNarrative} />
          </section>
          <section className={styles.section} aria-labelledby="results-export">
            <Subtitle1 as="h2" id="results-export">
              {t('programme.results.exportTitle')}
            </Subtitle1>
            <ExportPanel
              input={model && request.input ? { ...request.input, narrative } : null}
              fileName={fileName}
              onExported={() => setExported(narrative)}
            />
          </section>
        </>
      ) : (
        <MessageBar intent="info" data-testid="results-read-only">
          <MessageBarBody>{t('programme.results.readOnly')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

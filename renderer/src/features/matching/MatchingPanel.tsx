import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { LocationRegular, OptionsRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { MatchResult } from '../../../../shared/contract/mentoring-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { currentLocale } from '../../i18n';
import { ChooseDialog } from './ChooseDialog';
import { languageNamer } from './match-labels';
import { NeighboursDialog } from './NeighboursDialog';
import { SuggestionCard } from './SuggestionCard';
import { WeightsEditor, type Weights } from './WeightsEditor';

type Result = z.output<typeof MatchResult>;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { margin: 0 },
  waited: { color: tokens.colorNeutralForeground2 },
  weights: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusLarge,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
});

const SAVE_DELAY_MS = 400;

/** "Not shown: 2 mentors who are not active and 1 with no room", leaving out a part that is zero. */
function excludedNote(t: TFunction, excluded: Result['excluded']): string {
  const { notActive, noCapacity } = excluded;
  if (notActive > 0 && noCapacity > 0) return t('cases.matching.excludedBoth', { notActive, noCapacity });
  return notActive > 0
    ? t('cases.matching.excludedNotActive', { count: notActive })
    : t('cases.matching.excludedNoCapacity', { count: noCapacity });
}
const PAGE = 10;

/**
 * Ranked mentor suggestions for a mentee whose course waits for a match, each with its
 * per-criterion explanation, the adjustable weights, and a "choose" button that matches the
 * course (`cases:transition` to `matched`). Calls `onMatched` after a successful match.
 */
export function MatchingPanel(props: { caseId: number; menteeId: number; onMatched: () => void }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { menteeId } = props;
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [weights, setWeights] = useState<Weights | null>(null);
  const [showWeights, setShowWeights] = useState(false);
  const [neighbours, setNeighbours] = useState<[string, string][]>([]);
  const [editNeighbours, setEditNeighbours] = useState(false);
  const [choosing, setChoosing] = useState<{ id: number; name: string } | null>(null);
  const request = useRef(0);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; weights: Weights } | null>(null);

  const suggest = useCallback(() => {
    // Only the newest answer counts: a slow ranking must not overwrite a newer one.
    const mine = ++request.current;
    return call('matching:suggest', { menteeId, limit }).then(
      (next) => {
        if (mine !== request.current) return;
        setResult(next);
        setWeights((w) => w ?? next.weights);
        setError(null);
      },
      (e: unknown) => {
        if (mine === request.current) setError(asAppError(e));
      },
    );
  }, [menteeId, limit]);

  useEffect(() => {
    void suggest();
  }, [suggest]);
  useEffect(() => {
    call('mentoring:getSettings', {}).then(
      (s) => setNeighbours(s.neighbours),
      () => undefined,
    );
  }, []);

  const saveWeights = useCallback(
    async (next: Weights) => {
      try {
        await call('mentoring:saveSettings', { weights: next });
        await suggest();
      } catch (e) {
        setError(asAppError(e));
      }
    },
    [suggest],
  );

  // Weights are saved a moment after the slider stops, and once more if the panel closes first.
  const changeWeights = (next: Weights) => {
    setWeights(next);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = {
      weights: next,
      timer: setTimeout(() => {
        pending.current = null;
        void saveWeights(next);
      }, SAVE_DELAY_MS),
    };
  };
  useEffect(
    () => () => {
      if (!pending.current) return;
      clearTimeout(pending.current.timer);
      void call('mentoring:saveSettings', { weights: pending.current.weights }).catch(() => undefined);
    },
    [],
  );

  const languageName = useMemo(() => languageNamer(currentLocale()), [i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!result)
    return (
      <section className={styles.panel} data-testid="matching-panel">
        {error ? <ErrorBar error={error} testId="matching-error" /> : <Spinner size="small" label={t('cases.matching.loading')} />}
      </section>
    );

  const excluded = result.excluded.notActive + result.excluded.noCapacity;
  return (
    <section className={styles.panel} data-testid="matching-panel" aria-labelledby="matching-title">
      <div className={styles.head}>
        <Subtitle2 as="h3" className={styles.title} id="matching-title">
          {t('cases.matching.title')}
        </Subtitle2>
        {result.waitingDays !== null && (
          <Body1 className={styles.waited} data-testid="matching-waited">
            {t('cases.matching.waited', { count: result.waitingDays, code: result.menteeCode })}
          </Body1>
        )}
      </div>
      <div className={styles.head}>
        <Button
          size="small"
          appearance={showWeights ? 'primary' : 'secondary'}
          icon={<OptionsRegular />}
          aria-expanded={showWeights}
          onClick={() => setShowWeights((v) => !v)}
          data-testid="match-weights-toggle"
        >
          {t('cases.matching.weights')}
        </Button>
        <Button size="small" icon={<LocationRegular />} onClick={() => setEditNeighbours(true)} data-testid="match-neighbours">
          {t('cases.matching.neighbours')}
        </Button>
      </div>
      {showWeights && weights && (
        <div className={styles.weights}>
          <Body1 className={styles.hint}>{t('cases.matching.weightsHint')}</Body1>
          <WeightsEditor weights={weights} onChange={changeWeights} />
        </div>
      )}
      <ErrorBar error={error} testId="matching-error" />
      {excluded > 0 && (
        <Body1 className={styles.hint} data-testid="matching-excluded">
          {excludedNote(t, result.excluded)}
        </Body1>
      )}
      {result.suggestions.length === 0 ? (
        <MessageBar intent="warning" data-testid="matching-none">
          <MessageBarBody>{t('cases.matching.none')}</MessageBarBody>
        </MessageBar>
      ) : (
        <ol className={styles.list} aria-labelledby="matching-title" data-testid="matching-list">
          {result.suggestions.map((s, i) => (
            <SuggestionCard
              key={s.mentorId}
              suggestion={s}
              rank={i + 1}
              languageName={languageName}
              onChoose={() => setChoosing({ id: s.mentorId, name: s.name })}
            />
          ))}
        </ol>
      )}
      {result.suggestions.length >= limit && limit < 100 && (
        <div>
          <Button onClick={() => setLimit((l) => Math.min(100, l + PAGE * 2))} data-testid="matching-more">
            {t('cases.matching.more')}
          </Button>
        </div>
      )}
      <ChooseDialog
        caseId={props.caseId}
        menteeCode={result.menteeCode}
        mentor={choosing}
        onClose={() => setChoosing(null)}
        onMatched={() => {
          setChoosing(null);
          props.onMatched();
        }}
      />
      <NeighboursDialog
        open={editNeighbours}
        neighbours={neighbours}
        onClose={() => setEditNeighbours(false)}
        onSaved={(next) => {
          setNeighbours(next);
          setEditNeighbours(false);
          void suggest();
        }}
      />
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { FeedbackReportModel } from '../../../../shared/contract/reports';
import type { AppError } from '../../../../shared/errors';
import type { Language } from '../../../../shared/languages';
import { asAppError, call } from '../../api';

/** What the coordinator chose; language and period stay core's defaults until changed. */
export type ReportChoices = { language?: Language; from?: string; to?: string; comment: string };

/** Typing in the comment or the dates asks core again only after a pause this long. */
export const PREVIEW_DEBOUNCE_MS = 350;

/**
 * The report as core would write it now, asked again (after a short pause) whenever a choice
 * changes. An answer to an older question is dropped, so the preview never shows a stale state.
 */
export function useFeedbackPreview(caseId: number, choices: ReportChoices) {
  const [model, setModel] = useState<FeedbackReportModel | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  // The choices the shown answer is for: while they differ from the current ones, it is updating.
  const [answered, setAnswered] = useState<string | null>(null);
  // Bumped to ask again with the same choices (e.g. a consent changed since the preview).
  const [asks, setAsks] = useState(0);
  const key = JSON.stringify([caseId, choices.language, choices.from, choices.to, choices.comment.trim(), asks]);
  const asked = useRef(0);
  const first = useRef(true);

  useEffect(() => {
    // A reversed period is refused on the form; no need to ask core about it.
    if (choices.from && choices.to && choices.from > choices.to) return;
    const ask = ++asked.current;
    const run = () =>
      call('reports:feedbackPreview', {
        caseId,
        ...(choices.language ? { language: choices.language } : {}),
        ...(choices.from ? { from: choices.from } : {}),
        ...(choices.to ? { to: choices.to } : {}),
        comment: choices.comment.trim(),
      }).then(
        (next) => {
          if (ask !== asked.current) return;
          setModel(next);
          setError(null);
          setAnswered(key);
        },
        (e: unknown) => {
          if (ask !== asked.current) return;
          setError(asAppError(e));
          setAnswered(key);
        },
      );
    if (first.current) {
      first.current = false;
      void run();
      return;
    }
    const timer = setTimeout(() => void run(), PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // key stands for the choices it is made of.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const reversed = Boolean(choices.from && choices.to && choices.from > choices.to);
  return { model, loading: !reversed && answered !== key, error, refresh: () => setAsks((n) => n + 1) };
}

import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular, PeopleRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../shared/errors';
import { asAppError, call } from '../../../api';
import { ErrorBar } from '../../../components/ErrorBar';
import { formatNumber } from '../../import/format';
import { useCanWrite } from '../../users/session';
import { MergeConfirmDialog } from './MergeConfirmDialog';
import { PairComparison } from './PairComparison';
import { pairKey, type Pair } from './pairs';

const useStyles = makeStyles({
  surface: { width: 'min(960px, 94vw)', maxWidth: 'min(960px, 94vw)' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  position: { color: tokens.colorNeutralForeground2, marginInlineEnd: 'auto' },
  keep: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground2 },
});

type Notice = { kind: 'merged'; name: string } | { kind: 'kept' };

/**
 * "Possible duplicates": one open pair at a time, side by side, with "Merge into this one" under
 * each contact person and "Keep both". A merge is confirmed first. `onChanged` runs after every
 * change to the register, so the lists behind the dialog can be read again at once.
 */
export function DuplicateReviewDialog(props: { open: boolean; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const canWrite = useCanWrite();
  const [pairs, setPairs] = useState<Pair[] | null>(null);
  const [index, setIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [mergeInto, setMergeInto] = useState<'left' | 'right' | null>(null);
  // After a decision the pair shown changes: focus goes to "Pair n of m" (or Close when none are left), never to the page.
  const position = useRef<HTMLSpanElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const refocus = () => requestAnimationFrame(() => (position.current ?? close.current)?.focus());

  const show = useCallback((next: Pair[]) => {
    setPairs(next);
    setIndex((i) => Math.max(0, Math.min(i, next.length - 1)));
  }, []);
  const failed = useCallback((e: unknown) => {
    setError(asAppError(e));
    setPairs((p) => p ?? []);
  }, []);
  const load = () => call('contacts:duplicatePairs', {}).then(show, failed);

  useEffect(() => {
    let live = true;
    call('contacts:duplicatePairs', {}).then(
      (next) => live && show(next),
      (e: unknown) => live && failed(e),
    );
    return () => {
      live = false;
    };
  }, [show, failed]);

  const pair = pairs?.[index] ?? null;

  const decide = async (work: () => Promise<unknown>, done: Notice) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
      setNotice(done);
      props.onChanged();
    } catch (e) {
      // A pair decided elsewhere, or a contact deleted meanwhile: say so and show the list as it is
      // now; the register changed behind this screen, so the lists are read again too.
      const failure = asAppError(e);
      setError(failure);
      if (failure.code === 'DUPLICATE_PAIR_GONE') props.onChanged();
    } finally {
      setMergeInto(null);
      setBusy(false);
      await load();
      refocus();
    }
  };

  const merge = () => {
    if (!pair || !mergeInto) return;
    const kept = pair[mergeInto];
    const other = mergeInto === 'left' ? pair.right : pair.left;
    void decide(() => call('contacts:merge', { keepId: kept.id, otherId: other.id }), { kind: 'merged', name: kept.name });
  };

  const keepBoth = () => {
    if (!pair) return;
    void decide(() => call('contacts:keepBoth', { id: pair.left.id, otherId: pair.right.id }), { kind: 'kept' });
  };

  const total = pairs?.length ?? 0;
  const positionText = t('duplicateReview.pairOf', { n: formatNumber(index + 1), total: formatNumber(total) });
  return (
    <Dialog open={props.open} onOpenChange={(_e, d) => !d.open && props.onClose()}>
      <DialogSurface className={styles.surface} data-testid="duplicate-review" aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t('duplicateReview.title')}</DialogTitle>
          <DialogContent className={styles.body}>
            {notice && (
              <MessageBar intent="success" data-testid="duplicate-notice">
                <MessageBarBody>
                  {notice.kind === 'merged' ? t('duplicateReview.merged', { name: notice.name }) : t('duplicateReview.keptBoth')}
                </MessageBarBody>
              </MessageBar>
            )}
            <ErrorBar error={error} testId="duplicate-error" />
            {pairs === null && <Spinner size="small" label={t('duplicateReview.loading')} />}
            {pairs !== null && total === 0 && (
              <MessageBar intent="info" layout="multiline" icon={<PeopleRegular />} data-testid="duplicates-empty">
                <MessageBarBody>
                  <MessageBarTitle>{t('duplicateReview.emptyTitle')}</MessageBarTitle>
                  {t('duplicateReview.emptyBody')}
                </MessageBarBody>
              </MessageBar>
            )}
            {pair && (
              <>
                <Body1>{t('duplicateReview.intro')}</Body1>
                <div className={styles.bar}>
                  <span ref={position} tabIndex={-1} className={styles.position} aria-live="polite" data-testid="duplicate-position">
                    <Caption1>{positionText}</Caption1>
                  </span>
                  <Button
                    icon={<ChevronLeftRegular />}
                    disabled={index === 0}
                    onClick={() => setIndex(index - 1)}
                    data-testid="duplicate-previous"
                  >
                    {t('duplicateReview.previous')}
                  </Button>
                  <Button
                    icon={<ChevronRightRegular />}
                    iconPosition="after"
                    disabled={index >= total - 1}
                    onClick={() => setIndex(index + 1)}
                    data-testid="duplicate-next"
                  >
                    {t('duplicateReview.next')}
                  </Button>
                </div>
                <PairComparison
                  key={pairKey(pair)}
                  pair={pair}
                  label={positionText}
                  disabled={busy || !canWrite}
                  onMergeInto={setMergeInto}
                />
                <div className={styles.keep}>
                  <Button disabledFocusable={busy} disabled={!canWrite} onClick={keepBoth} data-testid="keep-both">
                    {t('duplicateReview.keepBoth')}
                  </Button>
                  <Caption1 className={styles.hint}>{t('duplicateReview.keepBothHint')}</Caption1>
                </div>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button ref={close} appearance="primary" onClick={() => props.onClose()} data-testid="duplicate-review-close">
              {t('common.close')}
            </Button>
          </DialogActions>
        </DialogBody>
        <MergeConfirmDialog
          kept={pair && mergeInto ? pair[mergeInto] : null}
          other={pair && mergeInto ? pair[mergeInto === 'left' ? 'right' : 'left'] : null}
          busy={busy}
          onConfirm={merge}
          onCancel={() => setMergeInto(null)}
        />
      </DialogSurface>
    </Dialog>
  );
}

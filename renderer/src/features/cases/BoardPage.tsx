import { Body1, makeStyles, SearchBox, Switch, Title2, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useNavigation } from '../partners/navigation';
import { cachedTranslate } from './list/BoardCard';
import { BoardColumn } from './list/BoardColumn';
import { menuKeyCard, moveFocus } from './list/board-keys';
import {
  BOARD_STATUSES,
  closedSince,
  groupBoard,
  localToday,
  recentlyClosed,
  type BoardCard,
  type CaseRowValue,
  type MoveOption,
} from './list/board-model';
import { MoveMenu } from './list/MoveMenu';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, height: '100%', minHeight: 0 },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  spacer: { flex: 1 },
  search: { width: '240px', minWidth: '140px', flexShrink: 1 },
  status: { color: tokens.colorNeutralForeground2, minHeight: '20px' },
  board: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flex: 1,
    minHeight: 0,
    overflowX: 'auto',
    paddingBottom: tokens.spacingVerticalXS,
  },
});

/** The open courses by status, one column each, with cards that can be moved along the lifecycle. */
export function BoardPage() {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const language = i18n.language;
  // A fresh cache when the language changes (t itself may stay the same function).
  const tr = useMemo(() => cachedTranslate((key, options) => t(key, options)), [t, language]); // eslint-disable-line react-hooks/exhaustive-deps
  const { go } = useNavigation();
  const [rows, setRows] = useState<CaseRowValue[] | null>(null);
  const [closed, setClosed] = useState<CaseRowValue[] | null>(null);
  const [showClosed, setShowClosed] = useState(false);
  const [quietDays, setQuietDays] = useState(30);
  const [filter, setFilter] = useState('');
  const [applied, setApplied] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  const [menu, setMenu] = useState<{ card: BoardCard; target: HTMLElement } | null>(null);
  const restoreFocus = useRef<{ id: number; to: string } | null>(null);

  const reload = useCallback(
    () =>
      Promise.all([call('cases:list', { includeClosed: false }), call('mentoring:getSettings', {})]).then(
        ([list, settings]) => {
          setRows(list);
          setQuietDays(settings.quietDays);
        },
        (e: unknown) => {
          setRows([]);
          setError(asAppError(e));
        },
      ),
    [],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  // Closed courses are most of a long-running register: fetched only when the column is opened,
  // and only those closed in the last weeks (a day's margin; recentlyClosed keeps the exact window).
  useEffect(() => {
    if (!showClosed || closed) return;
    call('cases:list', { includeClosed: true, closedSince: closedSince(localToday()) }).then(
      (all) => setClosed(all.filter((r) => r.status === 'closed')),
      (e) => setError(asAppError(e)),
    );
  }, [showClosed, closed]);

  useEffect(() => {
    const timer = setTimeout(() => setApplied(filter), 150);
    return () => clearTimeout(timer);
  }, [filter]);

  const today = localToday();
  const columns = useMemo(() => groupBoard(rows ?? [], today, quietDays, applied), [rows, today, quietDays, applied]);
  const closedCards = useMemo(() => (closed ? recentlyClosed(closed, today, applied) : []), [closed, today, applied]);

  const open = useCallback((id: number) => go({ page: 'cases', id }), [go]);
  const openMenu = useCallback((card: BoardCard, target: HTMLElement) => setMenu({ card, target }), []);
  const closeMenu = () => {
    const id = menu?.card.row.id;
    setMenu(null);
    // The menu has no trigger of its own: focus goes back to the card it was opened from.
    if (id !== undefined) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card="${id}"] [data-card-move]`)?.focus());
  };

  async function pick(card: BoardCard, option: MoveOption) {
    setMenu(null);
    if (!option.direct) return open(card.row.id);
    setError(null);
    try {
      await call('cases:transition', { id: card.row.id, to: option.to });
      restoreFocus.current = { id: card.row.id, to: option.to };
      setNotice(t('cases.board.moved', { code: card.row.menteeCode, status: t(`mentoring.caseStatus.${option.to}`) }));
      await reload();
    } catch (e) {
      setError(asAppError(e));
      // The course may have changed elsewhere (e.g. on its page): show where it is now.
      void reload();
    }
  }

  // After a move the card sits in another column: keep the keyboard user on it. The column draws
  // its cards in a deferred render, so the card may take a few frames to arrive there.
  useEffect(() => {
    const target = restoreFocus.current;
    if (target === null) return;
    restoreFocus.current = null;
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const el = document.querySelector<HTMLElement>(`[data-column="${target.to}"] [data-card="${target.id}"] [data-card-open]`);
      if (el) el.focus();
      else if (++frames < 120) handle = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(handle);
  }, [rows]);

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    const cardEl = menuKeyCard(e);
    if (cardEl) {
      const id = Number(cardEl.dataset.card);
      const card = BOARD_STATUSES.flatMap((s) => columns[s]).find((c) => c.row.id === id);
      const target = cardEl.querySelector<HTMLElement>('[data-card-move]');
      if (card && target) {
        e.preventDefault();
        openMenu(card, target);
      }
      return;
    }
    if (moveFocus(e)) e.preventDefault();
  }

  return (
    <div className={styles.page} data-testid="board-page">
      <div className={styles.toolbar}>
        <Title2 as="h1">{t('mentoring.nav.board')}</Title2>
        <span className={styles.spacer} />
        <SearchBox
          className={styles.search}
          value={filter}
          onChange={(_e, d) => setFilter(d.value)}
          placeholder={t('cases.board.search')}
          aria-label={t('cases.board.search')}
          data-testid="board-filter"
        />
        <Switch
          checked={showClosed}
          onChange={(_e, d) => setShowClosed(d.checked)}
          label={t('cases.board.showClosed')}
          data-testid="board-closed-toggle"
        />
      </div>
      <Body1 className={styles.status} role="status" data-testid="board-notice">
        {notice || t('cases.board.hint')}
      </Body1>
      <ErrorBar error={error} testId="board-error" />
      <div className={styles.board} onKeyDown={onKeyDown} data-testid="board">
        {BOARD_STATUSES.map((s) => (
          <BoardColumn
            key={s}
            status={s}
            title={t(`mentoring.caseStatus.${s}`)}
            cards={columns[s]}
            quietDays={quietDays}
            tr={tr}
            onOpen={open}
            onMenu={openMenu}
          />
        ))}
        {showClosed && (
          <BoardColumn
            status="closed"
            title={t('cases.board.closedRecently')}
            cards={closedCards}
            quietDays={quietDays}
            tr={tr}
            onOpen={open}
            onMenu={null}
          />
        )}
      </div>
      <MoveMenu
        card={menu?.card ?? null}
        target={menu?.target ?? null}
        onPick={(c, o) => void pick(c, o)}
        onOpenCase={open}
        onClose={closeMenu}
      />
    </div>
  );
}

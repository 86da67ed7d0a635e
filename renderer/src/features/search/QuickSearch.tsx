import { Caption1, makeStyles, mergeClasses, SearchBox, Text, tokens } from '@fluentui/react-components';
import { BuildingRegular, HatGraduationRegular, PeopleCommunityRegular, PersonRegular, PersonStarRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SearchHit } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { useNavigation, type PageName } from '../partners/navigation';

type Hit = z.output<typeof SearchHit>;
const KINDS = ['mentee', 'mentor', 'organisation', 'contact', 'network'] as const;
const PAGE: Record<Hit['kind'], PageName> = {
  organisation: 'organisations',
  contact: 'contacts',
  network: 'networks',
  mentor: 'mentors',
  mentee: 'mentees',
};
const ICON: Record<Hit['kind'], ReactElement> = {
  organisation: <BuildingRegular />,
  contact: <PersonRegular />,
  network: <PeopleCommunityRegular />,
  mentor: <PersonStarRegular />,
  mentee: <HatGraduationRegular />,
};

const useStyles = makeStyles({
  root: { position: 'relative', width: '340px', maxWidth: '40vw' },
  box: { width: '100%' },
  popup: {
    position: 'absolute',
    top: 'calc(100% + 4px)',
    left: 0,
    right: 0,
    zIndex: 100,
    maxHeight: '60vh',
    overflowY: 'auto',
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  group: { padding: `${tokens.spacingVerticalXS} 0` },
  groupHead: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  hit: {
    display: 'grid',
    gridTemplateColumns: '20px 1fr',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  icon: { color: tokens.colorBrandForeground1, fontSize: '18px', gridRow: '1 / 3', paddingTop: '2px' },
  sub: { color: tokens.colorNeutralForeground3, gridColumn: 2 },
  empty: { padding: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3, display: 'block' },
});

/** The top bar's search over organisations, contact persons and networks. Ctrl+K focuses it. */
export function QuickSearch() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const q = text.trim();
    if (!q) return;
    let live = true;
    const timer = setTimeout(() => {
      void call('search:query', { text: q.slice(0, 200), limit: 30 }).then(
        (found) => {
          if (!live) return;
          setHits(found);
          setActive(0);
        },
        () => live && setHits([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  // Grouped by kind, in a fixed order; the keyboard moves through them in that order.
  const current = text.trim() ? hits : null;
  const ordered = KINDS.flatMap((k) => (current ?? []).filter((h) => h.kind === k));
  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    input.current?.blur();
    go({ page: PAGE[hit.kind], id: hit.id });
  };
  const showPopup = open && current !== null;
  const optionId = (i: number) => `${listId}-opt-${i}`;

  return (
    <div className={styles.root} onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <SearchBox
        className={styles.box}
        input={{ ref: input }}
        value={text}
        onChange={(_e, d) => {
          setText(d.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        role="combobox"
        aria-expanded={showPopup}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showPopup && ordered.length > 0 ? optionId(active) : undefined}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, ordered.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(ordered[active]);
          } else if (e.key === 'Escape') setOpen(false);
        }}
        data-testid="quick-search"
      />
      {showPopup && (
        <div className={styles.popup} id={listId} role="listbox" aria-label={t('search.results')} data-testid="search-results">
          {ordered.length === 0 && <Text className={styles.empty}>{t('search.none', { text: text.trim() })}</Text>}
          {KINDS.map((kind) => {
            const group = ordered.filter((h) => h.kind === kind);
            if (group.length === 0) return null;
            return (
              <div key={kind} role="group" aria-label={t(`search.kinds.${kind}`)} className={styles.group}>
                <Caption1 className={styles.groupHead} role="presentation">
                  {t(`search.kinds.${kind}`)}
                </Caption1>
                {group.map((h) => {
                  const i = ordered.indexOf(h);
                  return (
                    <div
                      key={`${h.kind}-${h.id}`}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      className={mergeClasses(styles.hit, i === active && styles.active)}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => choose(h)}
                      onMouseEnter={() => setActive(i)}
                      data-testid="search-hit"
                    >
                      <span className={styles.icon} aria-hidden>
                        {ICON[h.kind]}
                      </span>
                      <Text weight="semibold">{h.title}</Text>
                      {h.subtitle && <Caption1 className={styles.sub}>{h.subtitle}</Caption1>}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}

import { Caption1, Input, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { forwardRef, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CaseRow } from '../../../../shared/contract/mentoring-schemas';
import { foldText as fold } from '../../../../shared/text';
import { call } from '../../api';
import { mentorName } from '../erasure/mentor-name';

export type CaseChoice = z.output<typeof CaseRow>;

const SHOWN = 50;
// Courses where meetings happen come first; those still before a match last.
const ORDER: Record<CaseChoice['status'], number> = { active: 0, matched: 1, paused: 2, waiting: 3, intake: 4, referred: 5, closed: 6 };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    maxHeight: '220px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXXS,
  },
  option: {
    display: 'grid',
    gridTemplateColumns: '6.5em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `1px solid ${tokens.colorNeutralStroke1}` },
  sub: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  empty: { margin: 0, padding: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
});

/** How a chosen course reads in the field: its code and the mentee's name. */
export const choiceLabel = (c: CaseChoice) => `${c.menteeCode} · ${c.menteeName}`;

/**
 * Finds an open course by typing part of the mentee's code or name (or the mentor's name): the
 * first match is highlighted, arrows move, Enter picks. Lists at most 50 so thousands stay quick.
 */
export const CasePicker = forwardRef<
  HTMLInputElement,
  { value: CaseChoice | null; onChange: (c: CaseChoice | null) => void; onPicked?: () => void; invalid?: boolean; labelledBy?: string }
>(function CasePicker(props, ref) {
  const { t } = useTranslation();
  const styles = useStyles();
  const listId = useId();
  const [all, setAll] = useState<CaseChoice[] | null>(null);
  const [text, setText] = useState(props.value ? choiceLabel(props.value) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Enter pressed before the courses have loaded (thousands take a moment): pick once they have.
  const pendingEnter = useRef(false);

  useEffect(() => {
    let live = true;
    void call('cases:list', { includeClosed: false }).then(
      (rows) => live && setAll([...rows].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.menteeCode.localeCompare(b.menteeCode))),
      () => live && setAll([]),
    );
    return () => {
      live = false;
    };
  }, []);

  // Folded once, not on every keystroke: the large demo has thousands of open courses.
  const folded = useMemo(() => (all ?? []).map((c) => fold(`${c.menteeCode} ${c.menteeName} ${c.mentorName ?? ''}`)), [all]);
  const matches = useMemo(() => {
    const q = fold(text.trim());
    const pool = all ?? [];
    const found = q ? pool.filter((_c, i) => folded[i]?.includes(q)) : pool;
    return found.slice(0, SHOWN);
  }, [all, folded, text]);

  const { onChange, onPicked } = props;
  const pick = (c: CaseChoice | undefined) => {
    if (!c) return;
    setText(choiceLabel(c));
    setOpen(false);
    onChange(c);
    onPicked?.();
  };
  const first = matches[0];
  useEffect(() => {
    if (all === null || !pendingEnter.current) return;
    pendingEnter.current = false;
    if (!first) return;
    setText(choiceLabel(first));
    setOpen(false);
    onChange(first);
    onPicked?.();
  }, [all, first, onChange, onPicked]);
  const showList = open;
  const expanded = showList && matches.length > 0;
  const optionId = (i: number) => `${listId}-opt-${i}`;

  return (
    <div className={styles.root} onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <Input
        ref={ref}
        contentBefore={<SearchRegular aria-hidden />}
        value={text}
        placeholder={t('week.quick.coursePlaceholder')}
        role="combobox"
        aria-labelledby={props.labelledBy}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={props.invalid || undefined}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        onChange={(_e, d) => {
          setText(d.value);
          setActive(0);
          setOpen(true);
          if (props.value) props.onChange(null);
        }}
        onFocus={() => !props.value && setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && all === null && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            pendingEnter.current = true;
          } else if (e.key === 'Enter' && expanded && !e.ctrlKey && !e.metaKey) {
            // Enter picks the highlighted course; with the list closed it saves the form as usual.
            e.preventDefault();
            pick(matches[active]);
          }
        }}
        data-testid="quick-meeting-case"
      />
      {showList && matches.length === 0 && (
        <Text className={mergeClasses(styles.list, styles.empty)} as="p" role="status" data-testid="quick-meeting-case-empty">
          {all === null
            ? t('common.loading')
            : all.length === 0
              ? t('week.quick.noOpenCourses')
              : t('week.quick.noMatches', { text: text.trim() })}
        </Text>
      )}
      {showList && matches.length > 0 && (
        <div className={styles.list} id={listId} role="listbox" aria-labelledby={props.labelledBy} data-testid="quick-meeting-case-list">
          {matches.map((c, i) => (
            <div
              key={c.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={mergeClasses(styles.option, i === active && styles.active)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(c)}
              onMouseEnter={() => setActive(i)}
              data-testid="quick-meeting-case-option"
            >
              <Text weight="semibold">{c.menteeCode}</Text>
              <Text truncate wrap={false} className={styles.sub}>
                {c.menteeName}
              </Text>
              <span />
              <Caption1 className={styles.sub}>
                {t(`mentoring.caseStatus.${c.status}`)}
                {mentorName(t, c.mentorName, c.mentorAnonymised)
                  ? ` · ${t('week.quick.withMentor', { name: mentorName(t, c.mentorName, c.mentorAnonymised) })}`
                  : ''}
              </Caption1>
            </div>
          ))}
        </div>
      )}
    </div>
  );
});

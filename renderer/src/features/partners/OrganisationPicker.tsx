import { Combobox, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useCoreMatches } from '../../components/useCoreMatches';

type Choice = { id: number; name: string };
/** Matches a picker lists: enough to choose from, few enough to draw at once. */
const SHOWN = 50;

/**
 * Picks one organisation by typing the start of words in its name (as the lists' name filter:
 * "job aar" finds "Jobcenter Aarhus"). Core finds the first 50 matches by name through the
 * search index, so the form opens as fast with 50,000 organisations as with 50.
 */
export function OrganisationPicker(props: {
  value: number | null;
  valueName?: string;
  onChange: (choice: Choice | null) => void;
  label?: string;
  placeholder?: string;
  exclude?: number[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.valueName ?? '');
  const [open, setOpen] = useState(false);
  // The chosen name can change from outside (a row removed above this one): show the new one.
  // Not when it changes because typing here cleared the choice: the typed text stays.
  const [shownName, setShownName] = useState(props.valueName);
  const [clearedHere, setClearedHere] = useState(false);
  if (shownName !== props.valueName) {
    setShownName(props.valueName);
    if (clearedHere) setClearedHere(false);
    else setText(props.valueName ?? '');
  }

  // The chosen name in the box lists the first organisations, not only itself.
  const typed = text.trim() !== '' && text !== props.valueName ? text.trim() : '';
  const exclude = props.exclude ?? [];
  const found = useCoreMatches(`${typed}\u0000${exclude.join(',')}`, () =>
    call('organisations:page', {
      sort: [{ colId: 'name', sort: 'asc' }],
      filter: typed ? { name: { filterType: 'text', type: 'contains', filter: typed } } : {},
      limit: SHOWN + exclude.length,
    }).then((page) =>
      page.rows
        .filter((o) => !exclude.includes(o.id))
        .slice(0, SHOWN)
        .map((o) => ({ id: o.id, name: o.name })),
    ),
  );
  const matches = found ?? [];

  return (
    <Combobox
      aria-label={props.label ?? t('partners.organisation')}
      placeholder={props.placeholder ?? t('partners.pickOrganisation')}
      value={text}
      selectedOptions={props.value === null ? [] : [String(props.value)]}
      open={open}
      onOpenChange={(_e, d) => setOpen(d.open)}
      // Typing or pasting opens the list, not only the arrow keys.
      onChange={(e) => {
        setText(e.target.value);
        setOpen(true);
      }}
      onOptionSelect={(_e, d) => {
        // Typing over a chosen name clears the choice (Fluent says so with no option): keep what was typed.
        if (d.optionValue === undefined) {
          if (props.valueName) setClearedHere(true);
          return props.onChange(null);
        }
        const choice = matches.find((o) => String(o.id) === d.optionValue) ?? null;
        setText(choice?.name ?? '');
        setOpen(false);
        props.onChange(choice);
      }}
      freeform
      data-testid={props.testId}
    >
      {matches.map((o) => (
        <Option key={o.id} value={String(o.id)}>
          {o.name}
        </Option>
      ))}
      {found !== null && matches.length === 0 && (
        <Option disabled value="">
          {t('partners.noMatches')}
        </Option>
      )}
    </Combobox>
  );
}

import { Combobox, Option } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText as fold } from '../../../../shared/text';
import { call } from '../../api';

type Choice = { id: number; name: string };
let cache: Promise<Choice[]> | null = null;

/** Organisation names for pickers, read once per form session and refreshed after saves. */
export function organisationChoices(refresh = false): Promise<Choice[]> {
  if (!cache || refresh) {
    cache = call('organisations:list', { includeArchived: false }).then((rows) => rows.map((r) => ({ id: r.id, name: r.name })));
    cache.catch(() => (cache = null));
  }
  return cache;
}

/** Picks one organisation by typing part of its name; shows at most 50 matches so thousands stay quick. */
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
  const [all, setAll] = useState<Choice[]>([]);
  const [text, setText] = useState(props.valueName ?? '');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    void organisationChoices().then(setAll, () => setAll([]));
  }, []);
  // The chosen name can change from outside (a row removed above this one): show the new one.
  const [shownName, setShownName] = useState(props.valueName);
  if (shownName !== props.valueName) {
    setShownName(props.valueName);
    setText(props.valueName ?? '');
  }

  const matches = useMemo(() => {
    const q = fold(text);
    const selectedName = all.find((o) => o.id === props.value)?.name;
    const pool = all.filter((o) => !props.exclude?.includes(o.id));
    return (q && text !== selectedName ? pool.filter((o) => fold(o.name).includes(q)) : pool).slice(0, 50);
  }, [all, text, props.value, props.exclude]);

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
        const choice = all.find((o) => String(o.id) === d.optionValue) ?? null;
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
      {matches.length === 0 && (
        <Option disabled value="">
          {t('partners.noMatches')}
        </Option>
      )}
    </Combobox>
  );
}

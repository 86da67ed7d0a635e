import { Combobox, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MenteeRow } from '../../../../shared/contract/mentoring-schemas';
import { call } from '../../api';
import { useCoreMatches } from '../../components/useCoreMatches';

export type MenteeChoice = z.output<typeof MenteeRow>;

/** Matches listed: enough to choose from, few enough to draw at once. */
const SHOWN = 50;

/**
 * Finds a mentee by typing the start of the code or of words in the name (the lists' quick
 * search, sound-alikes included). Core finds the first 50 by code, so the dialog opens as fast
 * with 200,000 mentees as with 20.
 */
export function MenteeFinder(props: { value: number | null; onChange: (m: MenteeChoice | null) => void; label: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const label = (m: MenteeChoice) => `${m.code} · ${m.name}`;
  const [chosen, setChosen] = useState<MenteeChoice | null>(null);
  const typed = chosen && text === label(chosen) ? '' : text.trim();
  const found = useCoreMatches(typed, () =>
    call('mentees:page', { quick: typed, showNames: true, sort: [{ colId: 'code', sort: 'asc' }], limit: SHOWN }).then((p) => p.rows),
  );
  const matches = found ?? [];

  return (
    <Combobox
      aria-label={props.label}
      placeholder={t('mentors.referral.findMentee')}
      value={text}
      selectedOptions={props.value === null ? [] : [String(props.value)]}
      open={open}
      onOpenChange={(_e, d) => setOpen(d.open)}
      onChange={(e) => {
        setText(e.target.value);
        setOpen(true);
        if (props.value !== null) props.onChange(null);
      }}
      onOptionSelect={(_e, d) => {
        // Typing over a chosen mentee clears the choice (Fluent says so with no option): the typed text stays.
        if (d.optionValue === undefined) return;
        const m = matches.find((x) => String(x.id) === d.optionValue) ?? null;
        setChosen(m);
        setText(m ? label(m) : '');
        setOpen(false);
        props.onChange(m);
      }}
      freeform
      data-testid="referral-mentee"
    >
      {matches.map((m) => (
        <Option key={m.id} value={String(m.id)} text={label(m)}>
          {label(m)}
        </Option>
      ))}
      {found !== null && matches.length === 0 && (
        <Option disabled value="" text="">
          {t('mentors.referral.noMentee')}
        </Option>
      )}
    </Combobox>
  );
}

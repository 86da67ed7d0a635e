import { Combobox, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MenteeRow } from '../../../../shared/contract/mentoring-schemas';
import { foldText as fold } from '../../../../shared/text';

export type MenteeChoice = z.output<typeof MenteeRow>;

/** Finds a mentee by typing part of the code or the name; at most 50 matches are listed. */
export function MenteeFinder(props: {
  mentees: MenteeChoice[];
  value: number | null;
  onChange: (m: MenteeChoice | null) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const label = (m: MenteeChoice) => `${m.code} · ${m.name}`;
  const matches = useMemo(() => {
    const q = fold(text);
    const chosen = props.mentees.find((m) => m.id === props.value);
    const all =
      q && (!chosen || text !== label(chosen)) ? props.mentees.filter((m) => fold(`${m.code} ${m.name}`).includes(q)) : props.mentees;
    return all.slice(0, 50);
  }, [props.mentees, props.value, text]);

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
        const m = props.mentees.find((x) => String(x.id) === d.optionValue) ?? null;
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
      {matches.length === 0 && (
        <Option disabled value="" text="">
          {t('mentors.referral.noMentee')}
        </Option>
      )}
    </Combobox>
  );
}

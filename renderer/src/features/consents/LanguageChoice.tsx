import { Combobox, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName, matchLanguages } from '../mentors/language-names';

/** One language, picked by typing part of its name or its code; empty means none. */
export function LanguageChoice(props: { value: string | null; onChange: (code: string | null) => void; label: string; testId?: string }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language;
  const [text, setText] = useState(props.value ? languageName(props.value, ui) : '');
  const [open, setOpen] = useState(false);
  const matches = matchLanguages(props.value && text === languageName(props.value, ui) ? '' : text, ui, []).slice(0, 40);
  return (
    <Combobox
      aria-label={props.label}
      placeholder={t('consents.dialog.pickLanguage')}
      value={text}
      freeform
      clearable
      selectedOptions={props.value ? [props.value] : []}
      open={open}
      onOpenChange={(_e, d) => setOpen(d.open)}
      onChange={(e) => {
        setText(e.target.value);
        setOpen(true);
        if (e.target.value === '') props.onChange(null);
      }}
      onOptionSelect={(_e, d) => {
        const code = d.optionValue ?? null;
        props.onChange(code);
        setText(code ? languageName(code, ui) : '');
        setOpen(false);
      }}
      data-testid={props.testId}
    >
      {matches.map((code) => (
        <Option key={code} value={code}>
          {languageName(code, ui)}
        </Option>
      ))}
    </Combobox>
  );
}

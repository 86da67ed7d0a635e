import { Field, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/languages';

/** The interface language, each option in its own language so anyone can find theirs. */
export function LanguagePicker(props: { value: Language; onChange: (language: Language) => void; hint?: string; compact?: boolean }) {
  const { t } = useTranslation();
  const select = (
    <Select
      data-testid="language-select"
      aria-label={props.compact ? t('language.label') : undefined}
      value={props.value}
      onChange={(_e, data) => props.onChange(data.value as Language)}
    >
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang} lang={lang}>
          {LANGUAGE_NAMES[lang]}
        </option>
      ))}
    </Select>
  );
  if (props.compact) return select;
  return (
    <Field label={t('settings.language')} hint={props.hint}>
      {select}
    </Field>
  );
}

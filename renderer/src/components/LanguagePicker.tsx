import { Field, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/languages';

/**
 * A choice of language, each option in its own language so anyone can find theirs. Without a
 * label it is the compact interface-language picker of the pre-unlock screens.
 */
export function LanguagePicker(props: {
  value: Language;
  onChange: (language: Language) => void;
  label?: string;
  hint?: string;
  testId?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const select = (
    <Select
      data-testid={props.testId ?? 'language-select'}
      aria-label={props.label ? undefined : t('language.label')}
      value={props.value}
      disabled={props.disabled}
      onChange={(_e, data) => props.onChange(data.value as Language)}
    >
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang} lang={lang}>
          {LANGUAGE_NAMES[lang]}
        </option>
      ))}
    </Select>
  );
  if (!props.label) return select;
  return (
    <Field label={props.label} hint={props.hint}>
      {select}
    </Field>
  );
}

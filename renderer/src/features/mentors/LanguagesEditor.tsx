import { Button, Combobox, makeStyles, Option, Select, Text, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_LEVELS } from '../../../../shared/contract/mentoring-schemas';
import { languageName, matchLanguages } from './language-names';

export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export type SpokenLanguage = { code: string; level: LanguageLevel };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 150px) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  name: { overflowWrap: 'anywhere' },
  add: { minWidth: 0, width: '100%' },
});

/**
 * The languages a person speaks, each with a level. A language is added by typing part of its
 * name (in the UI language or English) or its code; names come from Intl in the UI language.
 */
export function LanguagesEditor(props: {
  value: SpokenLanguage[];
  onChange: (v: SpokenLanguage[]) => void;
  label: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const labelId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const ui = i18n.language;
  const chosen = props.value.map((l) => l.code);
  // About seventy names to filter: cheap enough for every keystroke.
  const matches = matchLanguages(text, ui, chosen).slice(0, 40);

  const add = (code: string) => {
    if (!code || chosen.includes(code)) return;
    props.onChange([...props.value, { code, level: 'good' }]);
    setText('');
  };
  const setLevel = (code: string, level: LanguageLevel) => props.onChange(props.value.map((l) => (l.code === code ? { ...l, level } : l)));

  return (
    <div className={styles.root} role="group" aria-labelledby={labelId} data-testid={props.testId}>
      <Text id={labelId} className={styles.label}>
        {props.label}
      </Text>
      {props.value.length > 0 && (
        <ul className={styles.list}>
          {props.value.map((l) => {
            const name = languageName(l.code, ui);
            return (
              <li key={l.code} className={styles.row} data-testid={`language-${l.code}`}>
                <Text className={styles.name}>{name}</Text>
                <Select
                  value={l.level}
                  onChange={(_e, d) => setLevel(l.code, d.value as LanguageLevel)}
                  aria-label={t('mentors.languages.levelFor', { language: name })}
                  data-testid={`language-level-${l.code}`}
                >
                  {LANGUAGE_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`mentoring.languageLevel.${level}`)}
                    </option>
                  ))}
                </Select>
                <Button
                  appearance="subtle"
                  icon={<DismissRegular />}
                  aria-label={t('mentors.languages.remove', { language: name })}
                  onClick={() => props.onChange(props.value.filter((x) => x.code !== l.code))}
                />
              </li>
            );
          })}
        </ul>
      )}
      <Combobox
        className={styles.add}
        aria-label={t('mentors.languages.add')}
        placeholder={t('mentors.languages.addPlaceholder')}
        value={text}
        selectedOptions={[]}
        open={open}
        onOpenChange={(_e, d) => setOpen(d.open)}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onOptionSelect={(_e, d) => {
          if (d.optionValue) add(d.optionValue);
          setOpen(false);
        }}
        freeform
        data-testid={props.testId ? `${props.testId}-add` : undefined}
      >
        {matches.map((code) => (
          <Option key={code} value={code} text={languageName(code, ui)}>
            {languageName(code, ui)}
          </Option>
        ))}
        {matches.length === 0 && (
          <Option disabled value="" text="">
            {t('mentors.languages.noMatch')}
          </Option>
        )}
      </Combobox>
    </div>
  );
}

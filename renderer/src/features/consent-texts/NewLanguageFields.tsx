import { Checkbox, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES, DATA_CATEGORIES, type ConsentPurpose, type DataCategory } from '../../../../shared/contract/consents-schemas';

/** A language code as the editor takes it: `ar`, `prs`, `sr-Latn`, `pt-BR`. */
export const CODE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}$/;

/** What the editor's fields hold; only a new language uses `code`'s field, `name`, `rtl` and `words`. */
export type EditorDraft = {
  purpose: ConsentPurpose;
  code: string;
  name: string;
  /** Right to left as ticked; null while the user has not touched it (then the language decides). */
  rtl: boolean | null;
  words: Record<DataCategory, string>;
  title: string;
  body: string;
};

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 140px) minmax(0, 1fr)', gap: tokens.spacingHorizontalS, alignItems: 'start' },
  input: { minWidth: 0, width: '100%' },
  words: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
});

/** The fields only texts in a new language have: purpose, language code and name, direction, the data words. */
export function NewLanguageFields(props: {
  draft: EditorDraft;
  set: <K extends keyof EditorDraft>(key: K, value: EditorDraft[K]) => void;
  onPurpose: (purpose: ConsentPurpose) => void;
  rtl: boolean;
  codeTaken: boolean;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { draft, set } = props;
  const language = draft.code.trim();
  return (
    <>
      <Field label={t('consentTexts.editor.purpose')}>
        <Select value={draft.purpose} onChange={(_e, d) => props.onPurpose(d.value as ConsentPurpose)} data-testid="editor-purpose">
          {CONSENT_PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`consentTexts.purpose.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field
          label={t('consentTexts.editor.languageCode')}
          required
          validationState={props.codeTaken || (language !== '' && !CODE.test(language)) ? 'error' : 'none'}
          validationMessage={props.codeTaken ? t('consentTexts.editor.codeTaken') : undefined}
        >
          <Input
            className={styles.input}
            value={draft.code}
            onChange={(_e, d) => set('code', d.value)}
            maxLength={20}
            data-testid="editor-code"
          />
        </Field>
        <Field label={t('consentTexts.editor.languageName')} hint={t('consentTexts.editor.languageNameHint')} required>
          <Input
            className={styles.input}
            value={draft.name}
            onChange={(_e, d) => set('name', d.value)}
            maxLength={60}
            data-testid="editor-name"
          />
        </Field>
      </div>
      <Caption>{t('consentTexts.editor.languageCodeHint')}</Caption>
      <Checkbox
        checked={props.rtl}
        onChange={(_e, d) => set('rtl', Boolean(d.checked))}
        label={t('consentTexts.editor.rtl')}
        data-testid="editor-rtl"
      />
      <fieldset className={styles.words} style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend style={{ gridColumn: '1 / -1', paddingBottom: tokens.spacingVerticalXS }}>{t('consentTexts.editor.categoryWords')}</legend>
        {DATA_CATEGORIES.map((c) => (
          <Field key={c} label={t(`consentTexts.category.${c}`)}>
            <Input
              value={draft.words[c]}
              dir={props.rtl ? 'rtl' : undefined}
              onChange={(_e, d) => set('words', { ...draft.words, [c]: d.value })}
              maxLength={80}
              data-testid={`editor-word-${c}`}
            />
          </Field>
        ))}
      </fieldset>
    </>
  );
}

/** The editor's small grey hints. */
export function Caption(props: { children: string }) {
  return <span style={{ color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 }}>{props.children}</span>;
}

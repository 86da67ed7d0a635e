import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isRtlLanguage,
  PLACEHOLDERS,
  unknownPlaceholders,
  type ConsentTemplate,
  type ConsentTextLanguage,
} from '../../../../shared/contract/consent-texts';
import { CONSENT_PURPOSES, DATA_CATEGORIES, type ConsentPurpose, type DataCategory } from '../../../../shared/contract/consents-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { ConsentTextPreview } from './ConsentTextPreview';

/** What the editor writes: a new version of one purpose and language, or texts in a new language. */
export type EditorTarget = { kind: 'version'; purpose: ConsentPurpose; language: string; baseId: number | null } | { kind: 'language' };

const useStyles = makeStyles({
  surface: { width: 'min(1100px, 96vw)', maxWidth: 'min(1100px, 96vw)' },
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalXL },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 140px) minmax(0, 1fr)', gap: tokens.spacingHorizontalS, alignItems: 'start' },
  input: { minWidth: 0, width: '100%' },
  words: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyle: 'none' },
  chip: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  body: { minHeight: '340px' },
});

const CODE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}$/;

/** The current English text of a purpose: where a translation starts. */
async function englishStarter(purpose: ConsentPurpose): Promise<ConsentTemplate | null> {
  const list = await call('consentTexts:list', {});
  const row = list.templates.find((r) => r.purpose === purpose && r.language === 'en' && r.current);
  return row ? call('consentTexts:get', { id: row.id }) : null;
}

/** Writes a new version (the old one stays as it was) with a live preview of the filled-in form. */
export function ConsentTextEditor(props: {
  target: EditorTarget;
  languages: ConsentTextLanguage[];
  onClose: () => void;
  onSaved: (saved: ConsentTemplate) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const newLanguage = props.target.kind === 'language';
  const [purpose, setPurpose] = useState<ConsentPurpose>(props.target.kind === 'version' ? props.target.purpose : 'registration');
  const [code, setCode] = useState(props.target.kind === 'version' ? props.target.language : '');
  const [name, setName] = useState('');
  const [rtl, setRtl] = useState<boolean | null>(null);
  const [words, setWords] = useState<Record<DataCategory, string>>({ attendance: '', goals: '', outcome: '', notes: '' });
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [organisation, setOrganisation] = useState('');

  const known = props.languages.find((l) => l.code === code.trim());
  const effectiveRtl = rtl ?? known?.rtl ?? isRtlLanguage(code.trim());
  const unknown = useMemo(() => unknownPlaceholders(body), [body]);
  const unknownInTitle = useMemo(() => unknownPlaceholders(title), [title]);
  const codeTaken = newLanguage && known !== undefined;

  useEffect(() => {
    void call('settings:get', {}).then(
      (s) => setOrganisation(s.organisationName),
      () => undefined,
    );
  }, []);

  // The starting text: the version being replaced, else the English text of the purpose.
  const baseId = props.target.kind === 'version' ? props.target.baseId : null;
  useEffect(() => {
    let live = true;
    const source = baseId ? call('consentTexts:get', { id: baseId }) : englishStarter(purpose);
    void source.then(
      (tpl) => {
        if (!live) return;
        setTitle(tpl?.title ?? '');
        setBody(tpl?.body ?? '');
        setLoaded(true);
      },
      (e) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [baseId, purpose]);

  const language = code.trim();
  const valid =
    loaded &&
    title.trim() !== '' &&
    body.trim() !== '' &&
    unknownInTitle.length === 0 &&
    unknown.length === 0 &&
    CODE.test(language) &&
    (!newLanguage || (name.trim() !== '' && !codeTaken));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await call('consentTexts:save', {
        purpose,
        language,
        title,
        body,
        ...(newLanguage ? { languageName: name.trim(), rtl: effectiveRtl, categoryWords: words } : {}),
      });
      props.onSaved(saved);
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  const heading =
    props.target.kind === 'language'
      ? t('consentTexts.editor.titleLanguage')
      : t('consentTexts.editor.titleNew', { purpose: t(`consentTexts.purpose.${purpose}`) });

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && !busy && props.onClose()}>
      <DialogSurface className={styles.surface} data-testid="text-editor">
        <DialogBody>
          <DialogTitle>{heading}</DialogTitle>
          <DialogContent className={styles.grid}>
            <div className={styles.column}>
              {newLanguage ? (
                <>
                  <Field label={t('consentTexts.editor.purpose')}>
                    <Select
                      value={purpose}
                      onChange={(_e, d) => {
                        setLoaded(false);
                        setPurpose(d.value as ConsentPurpose);
                      }}
                      data-testid="editor-purpose"
                    >
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
                      validationState={codeTaken || (language !== '' && !CODE.test(language)) ? 'error' : 'none'}
                      validationMessage={codeTaken ? t('consentTexts.editor.codeTaken') : undefined}
                    >
                      <Input
                        className={styles.input}
                        value={code}
                        onChange={(_e, d) => setCode(d.value)}
                        maxLength={20}
                        data-testid="editor-code"
                      />
                    </Field>
                    <Field label={t('consentTexts.editor.languageName')} hint={t('consentTexts.editor.languageNameHint')} required>
                      <Input
                        className={styles.input}
                        value={name}
                        onChange={(_e, d) => setName(d.value)}
                        maxLength={60}
                        data-testid="editor-name"
                      />
                    </Field>
                  </div>
                  <Caption>{t('consentTexts.editor.languageCodeHint')}</Caption>
                  <Checkbox
                    checked={effectiveRtl}
                    onChange={(_e, d) => setRtl(Boolean(d.checked))}
                    label={t('consentTexts.editor.rtl')}
                    data-testid="editor-rtl"
                  />
                  <fieldset className={styles.words} style={{ border: 'none', padding: 0, margin: 0 }}>
                    <legend style={{ gridColumn: '1 / -1', paddingBottom: tokens.spacingVerticalXS }}>
                      {t('consentTexts.editor.categoryWords')}
                    </legend>
                    {DATA_CATEGORIES.map((c) => (
                      <Field key={c} label={t(`consentTexts.category.${c}`)}>
                        <Input
                          value={words[c]}
                          dir={effectiveRtl ? 'rtl' : undefined}
                          onChange={(_e, d) => setWords((w) => ({ ...w, [c]: d.value }))}
                          maxLength={80}
                          data-testid={`editor-word-${c}`}
                        />
                      </Field>
                    ))}
                  </fieldset>
                </>
              ) : (
                <Field label={t('consentTexts.editor.language')}>
                  <Input value={props.languages.find((l) => l.code === language)?.name ?? language} readOnly />
                </Field>
              )}
              <Field
                label={t('consentTexts.editor.textTitle')}
                required
                validationState={unknownInTitle.length ? 'error' : 'none'}
                validationMessage={
                  unknownInTitle.length
                    ? t('consentTexts.editor.unknown', { list: unknownInTitle.map((p) => `{{${p}}}`).join(', ') })
                    : undefined
                }
              >
                <Input
                  value={title}
                  dir={effectiveRtl ? 'rtl' : undefined}
                  onChange={(_e, d) => setTitle(d.value)}
                  maxLength={200}
                  data-testid="editor-title"
                />
              </Field>
              <Field
                label={t('consentTexts.editor.body')}
                required
                validationState={unknown.length ? 'error' : 'none'}
                validationMessage={
                  unknown.length ? t('consentTexts.editor.unknown', { list: unknown.map((p) => `{{${p}}}`).join(', ') }) : undefined
                }
              >
                <Textarea
                  className={styles.body}
                  value={body}
                  dir={effectiveRtl ? 'rtl' : undefined}
                  lang={language || undefined}
                  onChange={(_e, d) => setBody(d.value)}
                  maxLength={20000}
                  resize="vertical"
                  data-testid="editor-body"
                />
              </Field>
              <Caption>{t('consentTexts.editor.bodyHint')}</Caption>
              <ul className={styles.chips}>
                {PLACEHOLDERS.map((p) => (
                  <li key={p}>
                    <span className={styles.chip}>{`{{${p}}}`}</span> <Caption>{t(`consentTexts.placeholder.${p}`)}</Caption>
                  </li>
                ))}
              </ul>
            </div>
            <div className={styles.column}>
              {loaded ? (
                <ConsentTextPreview
                  title={title}
                  body={body}
                  language={language}
                  rtl={effectiveRtl}
                  organisation={organisation}
                  words={newLanguage ? words : (known?.categoryWords ?? {})}
                />
              ) : (
                <Spinner size="tiny" />
              )}
            </div>
            <div style={{ gridColumn: '1 / -1' }}>
              <ErrorBar error={error} testId="editor-error" />
            </div>
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" />}
            <Button appearance="primary" disabled={!valid || busy} onClick={() => void save()} data-testid="editor-save">
              {t('consentTexts.editor.save')}
            </Button>
            <Button disabled={busy} onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Caption(props: { children: string }) {
  return <span style={{ color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 }}>{props.children}</span>;
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
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
import type { ConsentPurpose } from '../../../../shared/contract/consents-schemas';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useForm } from '../../components/forms/useForm';
import { ConsentTextPreview } from './ConsentTextPreview';
import { Caption, CODE, NewLanguageFields, type EditorDraft } from './NewLanguageFields';

/** What the editor writes: a new version of one purpose and language, or texts in a new language. */
export type EditorTarget = { kind: 'version'; purpose: ConsentPurpose; language: string; baseId: number | null } | { kind: 'language' };

const useStyles = makeStyles({
  surface: { width: 'min(1100px, 96vw)', maxWidth: 'min(1100px, 96vw)' },
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalXL },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyle: 'none' },
  chip: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  body: { minHeight: '340px' },
});

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
  // The text it starts from, once loaded: the draft's title and body are unsaved once they differ from it.
  const [base, setBase] = useState<{ title: string; body: string } | null>(null);
  const [opened] = useState<EditorDraft>(() => ({
    purpose: props.target.kind === 'version' ? props.target.purpose : 'registration',
    code: props.target.kind === 'version' ? props.target.language : '',
    name: '',
    rtl: null,
    words: { attendance: '', goals: '', outcome: '', notes: '' },
    title: '',
    body: '',
  }));
  const start = useMemo(() => ({ ...opened, ...base }), [opened, base]);
  const [organisation, setOrganisation] = useState('');
  const { draft, set, setDraft, busy, error, setError, submit, cancel } = useForm({
    start,
    valid: () => ready,
    save: (d) =>
      call('consentTexts:save', {
        purpose: d.purpose,
        language: d.code.trim(),
        title: d.title,
        body: d.body,
        ...(newLanguage ? { languageName: d.name.trim(), rtl: effectiveRtl, categoryWords: d.words } : {}),
      }),
    onSaved: props.onSaved,
    onCancel: props.onClose,
    keys: 'none',
    guard: 'close',
    typed: (d) => [d.code, d.name, d.words, d.title, d.body],
  });
  const { purpose, title, body } = draft;
  const loaded = base !== null;

  const language = draft.code.trim();
  const known = props.languages.find((l) => l.code === language);
  const effectiveRtl: boolean = draft.rtl ?? known?.rtl ?? isRtlLanguage(language);
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
        const text = { title: tpl?.title ?? '', body: tpl?.body ?? '' };
        setDraft((d) => ({ ...d, ...text }));
        setBase(text);
      },
      (e) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [baseId, purpose, setDraft, setError]);

  const ready: boolean =
    loaded &&
    title.trim() !== '' &&
    body.trim() !== '' &&
    unknownInTitle.length === 0 &&
    unknown.length === 0 &&
    CODE.test(language) &&
    (!newLanguage || (draft.name.trim() !== '' && !codeTaken));

  const heading =
    props.target.kind === 'language'
      ? t('consentTexts.editor.titleLanguage')
      : t('consentTexts.editor.titleNew', { purpose: t(`consentTexts.purpose.${purpose}`) });

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && !busy && cancel()}>
      <DialogSurface className={styles.surface} data-testid="text-editor">
        <DialogBody>
          <DialogTitle>{heading}</DialogTitle>
          <DialogContent className={styles.grid}>
            <div className={styles.column}>
              {newLanguage ? (
                <NewLanguageFields
                  draft={draft}
                  set={set}
                  onPurpose={(p) => {
                    setBase(null);
                    set('purpose', p);
                  }}
                  rtl={effectiveRtl}
                  codeTaken={codeTaken}
                />
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
                  onChange={(_e, d) => set('title', d.value)}
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
                  onChange={(_e, d) => set('body', d.value)}
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
                  words={newLanguage ? draft.words : (known?.categoryWords ?? {})}
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
            <Button appearance="primary" disabled={!ready || busy} onClick={() => void submit()} data-testid="editor-save">
              {t('consentTexts.editor.save')}
            </Button>
            <Button disabled={busy} onClick={cancel}>
              {t('common.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

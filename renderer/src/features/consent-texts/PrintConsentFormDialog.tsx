import {
  Body1,
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
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { PrintRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentTemplateRow, ConsentTextLanguage } from '../../../../shared/contract/consent-texts';
import { CONSENT_PURPOSES, type ConsentPurpose, type DataCategory, type PersonRef } from '../../../../shared/contract/consents-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { baseName } from '../import/wizard-state';
import { COMMON_LANGUAGES, languageName } from '../mentors/language-names';
import { OrganisationPicker } from '../partners/OrganisationPicker';

const useStyles = makeStyles({
  surface: { width: 'min(600px, 94vw)' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  notes: { color: tokens.colorPaletteMarigoldForeground2 },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalM, alignItems: 'start' },
});

const SHARED: DataCategory[] = ['attendance', 'goals', 'outcome'];

/** "Print consent form": a button for a person's consents section, and the dialog it opens. */
export function PrintConsentFormButton(props: { person: PersonRef; defaultPurpose?: ConsentPurpose }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" appearance="subtle" icon={<PrintRegular />} onClick={() => setOpen(true)} data-testid="consent-print-form">
        {t('consentTexts.print.button')}
      </Button>
      {open && <PrintConsentFormDialog person={props.person} defaultPurpose={props.defaultPurpose} onClose={() => setOpen(false)} />}
    </>
  );
}

/**
 * Prints the consent text of a purpose, in a language that has one, filled in for the person:
 * the partner and the kinds of data for sharing, the interpreter's language, the end date. Core
 * writes the .docx where the user chose and audits it.
 */
export function PrintConsentFormDialog(props: { person: PersonRef; defaultPurpose?: ConsentPurpose; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const [texts, setTexts] = useState<{ languages: ConsentTextLanguage[]; templates: ConsentTemplateRow[] } | null>(null);
  const [purpose, setPurpose] = useState<ConsentPurpose>(props.defaultPurpose ?? 'registration');
  const [language, setLanguage] = useState(i18n.language);
  const [recipient, setRecipient] = useState<{ id: number; name: string } | null>(null);
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [interpreter, setInterpreter] = useState('');
  const [expires, setExpires] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState('');

  useEffect(() => {
    void call('consentTexts:list', {}).then(setTexts, (e) => setError(asAppError(e)));
  }, []);

  const current = useMemo(() => (texts?.templates ?? []).filter((r) => r.purpose === purpose && r.current), [texts, purpose]);
  const template = current.find((r) => r.language === language) ?? null;
  const languageLabel = (code: string) => texts?.languages.find((l) => l.code === code)?.name ?? code;
  const interpreterChoices = useMemo(
    () =>
      [...COMMON_LANGUAGES].map((c) => ({ code: c, name: languageName(c, i18n.language) })).sort((a, b) => a.name.localeCompare(b.name)),
    [i18n.language],
  );
  const toggle = (c: DataCategory, on: boolean) => setCategories((list) => (on ? [...list, c] : list.filter((x) => x !== c)));

  const save = async () => {
    if (!template) return;
    setBusy(true);
    setError(null);
    try {
      const chosen = await call('shell:chooseSaveFile', {
        purpose: 'consent-form',
        suggestedName: `${t('consentTexts.print.fileName')}.docx`,
      });
      if (!chosen.path) return;
      const sharing = purpose === 'feedback-sharing';
      const result = await call('consentTexts:form', {
        person: props.person,
        purpose,
        language,
        templateId: template.id,
        ...(sharing && recipient ? { recipientOrganisationId: recipient.id } : {}),
        categories: sharing ? categories : [],
        ...(interpreter ? { interpreterLanguage: interpreter } : {}),
        ...(expires ? { expiresOn: expires } : {}),
        path: chosen.path,
      });
      setDone(t('consentTexts.print.done', { file: baseName(result.path) }));
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && !busy && props.onClose()}>
      <DialogSurface className={styles.surface} data-testid="print-form-dialog">
        <DialogBody>
          <DialogTitle>{t('consentTexts.print.title')}</DialogTitle>
          <DialogContent className={styles.body}>
            <Body1>{t('consentTexts.print.intro')}</Body1>
            {!texts && !error && <Spinner size="tiny" />}
            <Field label={t('consentTexts.print.purpose')}>
              <Select value={purpose} onChange={(_e, d) => setPurpose(d.value as ConsentPurpose)} data-testid="print-purpose">
                {CONSENT_PURPOSES.map((p) => (
                  <option key={p} value={p}>
                    {t(`consentTexts.purpose.${p}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={t('consentTexts.print.language')}
              hint={template ? t('consentTexts.print.version', { label: template.label }) : undefined}
            >
              <Select value={language} onChange={(_e, d) => setLanguage(d.value)} data-testid="print-language">
                {!template && <option value={language}>{languageLabel(language)}</option>}
                {current.map((r) => (
                  <option key={r.language} value={r.language} lang={r.language}>
                    {languageLabel(r.language)}
                  </option>
                ))}
              </Select>
            </Field>
            {texts && !template && (
              <MessageBar intent="warning">
                <MessageBarBody>{t('consentTexts.print.noText')}</MessageBarBody>
              </MessageBar>
            )}
            {purpose === 'feedback-sharing' && (
              <>
                <Field label={t('consentTexts.print.recipient')} hint={t('consentTexts.print.recipientHint')}>
                  <OrganisationPicker
                    value={recipient?.id ?? null}
                    valueName={recipient?.name}
                    onChange={setRecipient}
                    label={t('consentTexts.print.recipient')}
                    testId="print-recipient"
                  />
                </Field>
                <fieldset style={{ border: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column' }}>
                  <legend>{t('consentTexts.print.categories')}</legend>
                  {SHARED.map((c) => (
                    <Checkbox
                      key={c}
                      checked={categories.includes(c)}
                      onChange={(_e, d) => toggle(c, Boolean(d.checked))}
                      label={t(`consentTexts.category.${c}`)}
                      data-testid={`print-category-${c}`}
                    />
                  ))}
                  <Checkbox
                    className={styles.notes}
                    checked={categories.includes('notes')}
                    onChange={(_e, d) => toggle('notes', Boolean(d.checked))}
                    label={t('consentTexts.print.notes')}
                    data-testid="print-category-notes"
                  />
                </fieldset>
              </>
            )}
            <div className={styles.row}>
              <Field label={t('consentTexts.print.interpreter')}>
                <Select value={interpreter} onChange={(_e, d) => setInterpreter(d.value)} data-testid="print-interpreter">
                  <option value="">–</option>
                  {interpreterChoices.map((l) => (
                    <option key={l.code} value={l.code}>
                      {l.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t('consentTexts.print.expires')} hint={t('consentTexts.print.expiresHint')}>
                <Input type="date" value={expires} onChange={(_e, d) => setExpires(d.value)} data-testid="print-expires" />
              </Field>
            </div>
            <ErrorBar error={error} testId="print-error" />
            {done && (
              <MessageBar intent="success" role="status" data-testid="print-done">
                <MessageBarBody>{done}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label={t('consentTexts.print.saving')} />}
            <Button appearance="primary" disabled={!template || busy} onClick={() => void save()} data-testid="print-save">
              {t('consentTexts.print.save')}
            </Button>
            <Button disabled={busy} onClick={props.onClose}>
              {t('common.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

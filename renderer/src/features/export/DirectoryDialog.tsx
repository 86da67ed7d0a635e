import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES } from '../../../../shared/contract/partners-schemas';
import type { AppError } from '../../../../shared/errors';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../../shared/languages';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { baseName } from '../import/wizard-state';
import { ExportProgress } from './ExportProgress';
import { useExportRun } from './use-export-run';
import type { Notice } from './notice';

const useStyles = makeStyles({
  surface: { width: 'min(560px, 94vw)' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type Theme = (typeof THEMES)[number];

/** "Partner directory (Word)…": options, a save dialog, and core writes the .docx. */
export function DirectoryDialog(props: { open: boolean; onClose: () => void; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [groupBy, setGroupBy] = useState<'sector' | 'theme'>('sector');
  const [municipality, setMunicipality] = useState('');
  const [theme, setTheme] = useState<Theme | ''>('');
  const [language, setLanguage] = useState('');
  const [docLanguage, setDocLanguage] = useState<Language | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const exportRun = useExportRun();

  const generate = async () => {
    setBusy(true);
    setError(null);
    try {
      const chosen = await call('shell:chooseSaveFile', { purpose: 'directory', suggestedName: `${t('export.fileDirectory')}.docx` });
      if (!chosen.path) return;
      const path = chosen.path;
      const result = await exportRun.run((operationId) =>
        call('directory:generate', {
          path,
          groupBy,
          ...(municipality.trim() ? { municipality: municipality.trim() } : {}),
          ...(theme ? { theme } : {}),
          ...(language.trim() ? { language: language.trim() } : {}),
          ...(docLanguage ? { docLanguage } : {}),
          operationId,
        }),
      );
      props.onClose();
      if (!result) {
        props.onNotice({ kind: 'cancelled', text: t('exportProgress.cancelled') });
        return;
      }
      props.onNotice({
        kind: 'success',
        text: t('export.directorySaved', { organisations: result.organisations, file: baseName(result.path) }),
      });
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onOpenChange={(_e, d) => {
        if (!busy && !d.open) props.onClose();
      }}
    >
      <DialogSurface className={styles.surface} data-testid="directory-dialog">
        <DialogBody>
          <DialogTitle>{t('export.directoryTitle')}</DialogTitle>
          <DialogContent className={styles.body}>
            <Body1>{t('export.directoryIntro')}</Body1>
            <Field label={t('export.groupBy')}>
              <RadioGroup value={groupBy} onChange={(_e, d) => setGroupBy(d.value as 'sector' | 'theme')} layout="horizontal">
                <Radio value="sector" label={t('export.groupSector')} data-testid="directory-group-sector" />
                <Radio value="theme" label={t('export.groupTheme')} data-testid="directory-group-theme" />
              </RadioGroup>
            </Field>
            <Field label={t('export.municipality')} hint={t('export.municipalityHint')}>
              <Input
                value={municipality}
                onChange={(_e, d) => setMunicipality(d.value)}
                maxLength={100}
                data-testid="directory-municipality"
              />
            </Field>
            <Field label={t('export.theme')}>
              <Select value={theme} onChange={(_e, d) => setTheme(d.value as Theme | '')} data-testid="directory-theme">
                <option value="">{t('export.anyTheme')}</option>
                {THEMES.map((x) => (
                  <option key={x} value={x}>
                    {t(`themes.${x}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('export.offerLanguage')} hint={t('export.offerLanguageHint')}>
              <Input value={language} onChange={(_e, d) => setLanguage(d.value)} maxLength={40} data-testid="directory-language" />
            </Field>
            <Field label={t('export.docLanguage')}>
              <Select
                value={docLanguage}
                onChange={(_e, d) => setDocLanguage(d.value as Language | '')}
                data-testid="directory-doc-language"
              >
                <option value="">{t('export.registerLanguage')}</option>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LANGUAGE_NAMES[l]}
                  </option>
                ))}
              </Select>
            </Field>
            <ErrorBar error={error} testId="directory-error" />
            {exportRun.state && <ExportProgress state={exportRun.state} onCancel={exportRun.cancel} testId="directory-progress" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => void generate()} data-testid="directory-generate">
              {busy ? t('export.generating') : t('export.generate')}
            </Button>
            {/* While it runs, the progress bar's own Cancel stops the export. */}
            {!exportRun.state && (
              <DialogTrigger disableButtonEnhancement>
                <Button disabled={busy}>{t('common.cancel')}</Button>
              </DialogTrigger>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

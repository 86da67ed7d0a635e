import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Consent } from '../../../../shared/contract/consents-schemas';
import type { AppError } from '../../../../shared/errors';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../../shared/languages';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { baseName } from '../import/wizard-state';
import { useNavigation } from '../partners/navigation';
import { useCanWrite } from '../users/session';
import { FeedbackPreview } from './FeedbackPreview';
import { OmittedBox } from './OmittedBox';
import { useFeedbackPreview, type ReportChoices } from './useFeedbackPreview';

const COMMENT_MAX = 2000;

const useStyles = makeStyles({
  surface: { width: 'min(1120px, 96vw)', maxWidth: 'none' },
  content: {
    display: 'grid',
    gridTemplateColumns: 'minmax(280px, 2fr) minmax(0, 3fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dates: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
  previewCol: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  previewHead: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, margin: 0 },
});

type ConsentValue = z.output<typeof Consent>;

/**
 * The feedback report of one course to its referring partner: language, period and the
 * coordinator's comment on the left, the document as it will read on the right, and what is
 * left out and why. Saving writes the .docx where the user chose and core logs it as a disclosure.
 */
export function FeedbackReportDialog(props: { caseId: number; onClose: (exported: boolean) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const canWrite = useCanWrite();
  const [choices, setChoices] = useState<ReportChoices>({ comment: '' });
  const { model, loading, error: previewError, refresh } = useFeedbackPreview(props.caseId, choices);
  const [mentee, setMentee] = useState<{ id: number; code: string } | null>(null);
  const [consents, setConsents] = useState<ConsentValue[]>([]);
  const [logo, setLogo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<{ file: string; org: string } | null>(null);

  // The mentee's consents date an omission ("expired on …"); the letterhead's logo shows as printed.
  useEffect(() => {
    void call('cases:get', { id: props.caseId })
      .then(async (c) => {
        setMentee({ id: c.mentee.id, code: c.mentee.code });
        setConsents(await call('consents:list', { person: { kind: 'mentee', id: c.mentee.id } }));
      })
      .catch(() => undefined);
    void call('letterhead:get', {})
      .then((l) => setLogo(l.logoDataUrl))
      .catch(() => undefined);
  }, [props.caseId]);

  // Until the user changes them, language and period are the report's defaults from core.
  const language = choices.language ?? model?.language ?? 'en';
  const from = choices.from ?? model?.from ?? '';
  const to = choices.to ?? model?.to ?? '';
  const periodValid = !from || !to || from <= to;
  const set = (patch: Partial<ReportChoices>) => {
    setSaved(null);
    setChoices((c) => ({ ...c, ...patch }));
  };

  async function save() {
    if (!model) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const chosen = await call('shell:chooseSaveFile', { purpose: 'feedback-report', suggestedName: model.suggestedFileName });
      if (!chosen.path) return;
      const result = await call('reports:feedbackExport', {
        caseId: props.caseId,
        language,
        from,
        to,
        comment: choices.comment.trim(),
        path: chosen.path,
      });
      setSaved({ file: baseName(result.path), org: model.recipient.organisationName });
    } catch (e) {
      const failure = asAppError(e);
      setError(failure);
      // The mentee's consent changed since the preview: show what may be written now.
      if (failure.code === 'CONSENT_MISSING') refresh();
    } finally {
      setBusy(false);
    }
  }

  const openConsents = mentee
    ? () => {
        props.onClose(saved !== null);
        go({ page: 'mentees', id: mentee.id });
      }
    : null;
  const blocked = model?.blocked ?? null;
  const org = model?.recipient.organisationName ?? '';
  const title = org ? t('feedback.dialog.titleTo', { org }) : t('feedback.dialog.title');

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && !busy && props.onClose(saved !== null)}>
      <DialogSurface className={styles.surface} data-testid="feedback-dialog" aria-label={title}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <div className={styles.side}>
              <Body1>{t('feedback.dialog.intro')}</Body1>
              <Field label={t('feedback.dialog.language')}>
                <Select value={language} onChange={(_e, d) => set({ language: d.value as Language })} data-testid="feedback-language">
                  {LANGUAGES.map((l) => (
                    <option key={l} value={l} lang={l}>
                      {LANGUAGE_NAMES[l]}
                    </option>
                  ))}
                </Select>
              </Field>
              <div className={styles.dates}>
                <Field label={t('feedback.dialog.from')} validationMessage={periodValid ? undefined : t('feedback.dialog.periodInvalid')}>
                  <Input type="date" value={from} onChange={(_e, d) => d.value && set({ from: d.value })} data-testid="feedback-from" />
                </Field>
                <Field label={t('feedback.dialog.to')}>
                  <Input type="date" value={to} onChange={(_e, d) => d.value && set({ to: d.value })} data-testid="feedback-to" />
                </Field>
              </div>
              <Field
                label={t('feedback.dialog.comment')}
                hint={t('feedback.dialog.commentHint', { count: choices.comment.length, max: COMMENT_MAX })}
              >
                <Textarea
                  rows={4}
                  maxLength={COMMENT_MAX}
                  value={choices.comment}
                  onChange={(_e, d) => set({ comment: d.value })}
                  data-testid="feedback-comment"
                />
              </Field>
              {blocked && (
                <MessageBar intent="error" layout="multiline" data-testid="feedback-blocked">
                  <MessageBarBody>
                    <MessageBarTitle>{t('feedback.blocked.title')}</MessageBarTitle>
                    {t(`feedback.blocked.${blocked}`, { org })}{' '}
                    {blocked !== 'no-recipient' && openConsents && (
                      <Link inline onClick={openConsents} data-testid="feedback-blocked-consents">
                        {t('feedback.omitted.openConsents', { code: mentee?.code ?? '' })}
                      </Link>
                    )}
                  </MessageBarBody>
                </MessageBar>
              )}
              {model && !blocked && (
                <OmittedBox model={model} consents={consents} menteeCode={mentee?.code ?? model.menteeCode} onOpenConsents={openConsents} />
              )}
              <ErrorBar error={previewError ?? error} testId="feedback-error" />
              {saved && (
                <MessageBar intent="success" layout="multiline" role="status" data-testid="feedback-saved">
                  <MessageBarBody>
                    {t('feedback.dialog.saved', { file: saved.file })} {t('feedback.dialog.logged', { org: saved.org })}
                  </MessageBarBody>
                </MessageBar>
              )}
              {!canWrite && (
                <MessageBar intent="info" data-testid="feedback-read-only">
                  <MessageBarBody>{t('feedback.dialog.readOnly')}</MessageBarBody>
                </MessageBar>
              )}
            </div>
            <div className={styles.previewCol}>
              <div className={styles.previewHead}>
                <Subtitle2 as="h3">{t('feedback.dialog.preview')}</Subtitle2>
                {loading && <Spinner size="extra-tiny" label={t('feedback.dialog.updating')} labelPosition="before" />}
              </div>
              {model && !blocked && <FeedbackPreview model={model} logoDataUrl={logo} />}
              {!model && !previewError && <Spinner size="small" />}
            </div>
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label={t('feedback.dialog.saving')} />}
            {canWrite && (
              <Button
                appearance="primary"
                icon={<SaveRegular />}
                disabled={!model || blocked !== null || !periodValid || loading || busy}
                onClick={() => void save()}
                data-testid="feedback-save"
              >
                {t('feedback.dialog.save')}
              </Button>
            )}
            <Button disabled={busy} onClick={() => props.onClose(saved !== null)} data-testid="feedback-close">
              {t('common.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

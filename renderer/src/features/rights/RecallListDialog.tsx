import {
  Body1,
  Button,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { DocumentTextRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../../../../shared/contract/consents-schemas';
import type { RecallList } from '../../../../shared/contract/rights';
import type { AppError } from '../../../../shared/errors';
import { LANGUAGE_NAMES, LANGUAGES, languageFromLocale, type Language } from '../../../../shared/languages';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { baseName } from '../import/wizard-state';
import { dateText } from '../mentors/format';
import { runningList } from './DisclosureList';

export type RecallTriggerProp = { kind: 'withdrawal'; consentId: number } | { kind: 'correction'; fieldHistoryIds: number[] };

const useStyles = makeStyles({
  surface: { width: 'min(680px, 94vw)' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  received: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

/** The letter's language: the contact's preferred language when Bindeled speaks it, else the UI's. */
function letterLanguage(contactLanguage: string | undefined, ui: string): Language {
  const wanted = (contactLanguage ?? '').trim().toLowerCase();
  if ((LANGUAGES as readonly string[]).includes(wanted)) return wanted as Language;
  return languageFromLocale(ui);
}

/**
 * After a withdrawal or a correction: the partner organisations that received the affected data
 * (what and when), each with its contact person and a draft notification letter (.docx).
 */
export function RecallListDialog(props: { person: PersonRef; trigger: RecallTriggerProp; onClose(): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [list, setList] = useState<RecallList | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const { person, trigger } = props;
  const triggerKey = JSON.stringify(trigger);

  useEffect(() => {
    let live = true;
    call('rights:recallList', { person, trigger: JSON.parse(triggerKey) as RecallTriggerProp }).then(
      (l) => live && setList(l),
      (e: unknown) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [person, triggerKey]);

  const intro = (l: RecallList) => {
    const key = l.trigger.kind === 'withdrawal' ? 'introWithdrawal' : 'introCorrection';
    return l.personCode ? t(`rights.recall.${key}`, { code: l.personCode }) : t(`rights.recall.${key}NoCode`);
  };
  const noneText = (l: RecallList) =>
    l.trigger.kind === 'correction' && !l.identity && l.categories.length === 0
      ? t('rights.recall.noneCorrectionUnshared')
      : t('rights.recall.none');

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && props.onClose()}>
      <DialogSurface className={styles.surface} data-testid="recall-dialog">
        <DialogBody>
          <DialogTitle>{t('rights.recall.title')}</DialogTitle>
          <DialogContent className={styles.body}>
            <ErrorBar error={error} />
            {!list && !error && <Spinner size="small" label={t('common.loading')} />}
            {list && list.recipients.length === 0 && (
              <MessageBar intent="success" data-testid="recall-none">
                <MessageBarBody>{noneText(list)}</MessageBarBody>
              </MessageBar>
            )}
            {list && list.recipients.length > 0 && (
              <>
                <Body1>{intro(list)}</Body1>
                <ul className={styles.list} data-testid="recall-recipients">
                  {list.recipients.map((r) => (
                    <li key={r.organisationId}>
                      <RecipientCard list={list} recipient={r} person={person} trigger={JSON.parse(triggerKey) as RecallTriggerProp} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onClose} data-testid="recall-close">
              {t('rights.recall.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function RecipientCard(props: {
  list: RecallList;
  recipient: RecallList['recipients'][number];
  person: PersonRef;
  trigger: RecallTriggerProp;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const r = props.recipient;
  const [language, setLanguage] = useState<Language>(() => letterLanguage(r.contact?.language, i18n.language));
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  async function writeLetter() {
    setBusy(true);
    setError(null);
    try {
      const safe = r.organisationName
        .replace(/[/\\\0:*?"<>|]/g, ' ')
        .trim()
        .slice(0, 80);
      const chosen = await call('shell:chooseSaveFile', {
        purpose: 'recall-letter',
        suggestedName: `${t('rights.recall.letter')} – ${safe || r.organisationId}.docx`,
      });
      if (!chosen.path) return;
      const result = await call('rights:recallLetter', {
        person: props.person,
        trigger: props.trigger,
        organisationId: r.organisationId,
        language,
        path: chosen.path,
      });
      setWritten(baseName(result.path));
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  }

  const labelId = `recall-org-${r.organisationId}`;
  return (
    <Card data-testid={`recall-recipient-${r.organisationId}`} aria-labelledby={labelId}>
      <Subtitle2 as="h3" id={labelId}>
        {r.organisationName}
      </Subtitle2>
      <span className={r.contact ? undefined : styles.muted}>
        {r.contact
          ? [t('rights.recall.contact', { name: r.contact.name }), r.contact.email, r.contact.phone].filter(Boolean).join(' · ')
          : t('rights.recall.noContact')}
      </span>
      <ul className={styles.received}>
        {r.disclosures.map((d) => (
          <li key={d.id}>
            {`${dateText(d.at)}: ${runningList([t('rights.category.identity'), ...d.categories.map((c) => t(`rights.category.${c}`))])}`}
            {d.fileName && <span className={styles.muted}>{` (${d.fileName})`}</span>}
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Field label={t('rights.recall.language')}>
          <Select
            value={language}
            onChange={(_e, d) => setLanguage(d.value as Language)}
            data-testid={`recall-language-${r.organisationId}`}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          icon={<DocumentTextRegular />}
          onClick={() => void writeLetter()}
          disabled={busy}
          data-testid={`recall-letter-${r.organisationId}`}
        >
          {t('rights.recall.letter')}
        </Button>
      </div>
      <ErrorBar error={error} />
      {written && (
        <MessageBar intent="success" data-testid={`recall-written-${r.organisationId}`}>
          <MessageBarBody>{t('rights.recall.written', { file: written })}</MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}

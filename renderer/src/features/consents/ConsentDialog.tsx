import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { AttachRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  type ConsentPurpose,
  type DataCategory,
  type PersonRef,
} from '../../../../shared/contract/consents-schemas';
import { call } from '../../api';
import { useForm } from '../../components/forms/useForm';
import { FormDialog } from '../cases/case/FormDialog';
import { baseName } from '../import/wizard-state';
import { today } from '../partners/labels';
import { OrganisationPicker } from '../partners/OrganisationPicker';
import type { ConsentValue } from './consent-format';
import { LanguageChoice } from './LanguageChoice';

type Method = (typeof CONSENT_METHODS)[number];
type TextChoice = { id: number; label: string; language: string };
type Draft = ReturnType<typeof draftOf>;

/** The categories a sharing consent usually covers; free-text notes sit apart and start unticked. */
const SHARED_CATEGORIES: DataCategory[] = ['attendance', 'goals', 'outcome'];

const useStyles = makeStyles({
  date: { maxWidth: '220px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  checks: { display: 'flex', flexDirection: 'column' },
  notes: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
  },
  file: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

function draftOf(c: ConsentValue | null) {
  return {
    purpose: (c?.purpose ?? 'registration') as ConsentPurpose,
    recipient: c?.recipientOrganisationId ? { id: c.recipientOrganisationId, name: c.recipientName ?? '' } : null,
    categories: c?.categories ?? SHARED_CATEGORIES,
    givenOn: c?.givenOn ?? today(),
    method: (c?.method ?? 'signed') as Method,
    witness: c?.witness ?? '',
    interpreter: c?.interpreterLanguage ?? null,
    templateId: c?.templateId ?? null,
    expiresOn: c?.expiresOn ?? '',
    note: c?.note ?? '',
    /** The scanned form to attach, chosen in this dialog. */
    file: null as string | null,
  };
}

/** What stops the consent from being saved, each shown at its field once the user has tried. */
function problemsOf(d: Draft) {
  return {
    recipient: d.purpose === 'feedback-sharing' && d.recipient === null,
    witness: d.method === 'verbal-witness' && d.witness.trim() === '',
    expiry: d.expiresOn !== '' && d.expiresOn < d.givenOn,
  };
}

/**
 * Records a consent a person gave (or corrects one): what for, to which partner and which kinds of
 * data, when and how, with which interpreter and text, until when, and the scanned form.
 */
export function ConsentDialog(props: { person: PersonRef; consent: ConsentValue | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const c = props.consent;
  const [savedId, setSavedId] = useState<number | null>(c?.id ?? null);
  const [texts, setTexts] = useState<(TextChoice & { purpose: ConsentPurpose })[]>([]);
  const [start] = useState(() => draftOf(c));
  const { draft, set, setDraft, tried, error, submit, cancel } = useForm({
    start,
    valid: (d) => d.givenOn !== '' && !Object.values(problemsOf(d)).some(Boolean),
    save: async (d) => {
      const sharing = d.purpose === 'feedback-sharing';
      const saved = await call('consents:save', {
        ...(savedId !== null ? { id: savedId } : {}),
        person: props.person,
        purpose: d.purpose,
        recipientOrganisationId: sharing ? (d.recipient?.id ?? null) : null,
        categories: sharing ? d.categories : [],
        givenOn: d.givenOn,
        method: d.method,
        witness: d.method === 'verbal-witness' ? d.witness.trim() : '',
        interpreterLanguage: d.interpreter,
        templateId: texts.some((x) => x.purpose === d.purpose && x.id === d.templateId) ? d.templateId : null,
        expiresOn: d.expiresOn || null,
        note: d.note.trim(),
      });
      // A retry after the scanned form failed corrects this consent rather than adding another.
      setSavedId(saved.id);
      if (d.file) {
        await call('consents:attachEvidence', { id: saved.id, path: d.file });
        set('file', null);
      }
    },
    onSaved: props.onSaved,
    onCancel: props.onClose,
    keys: 'none',
    guard: 'close',
    typed: (d) => [d.witness, d.note],
  });

  useEffect(() => {
    call('consentTexts:list', { history: false }).then(
      (r) =>
        setTexts(
          r.templates
            .filter((x) => x.retiredAt === null)
            .map((x) => ({ id: x.id, purpose: x.purpose, language: x.language, label: x.label })),
        ),
      () => setTexts([]),
    );
  }, []);

  const sharing = draft.purpose === 'feedback-sharing';
  const problems = problemsOf(draft);
  const toggle = (cat: DataCategory, on: boolean) =>
    setDraft((d) => ({ ...d, categories: on ? [...d.categories.filter((x) => x !== cat), cat] : d.categories.filter((x) => x !== cat) }));
  const textsForPurpose = texts.filter((x) => x.purpose === draft.purpose);

  async function chooseFile() {
    const chosen = await call('shell:chooseFile', { purpose: 'evidence' });
    if (chosen.path) set('file', chosen.path);
  }

  return (
    <FormDialog
      testId="consent-dialog"
      title={c ? t('consents.dialog.editTitle') : t('consents.dialog.newTitle')}
      onSubmit={() => void submit()}
      onClose={cancel}
      error={error?.code === 'IN_USE' ? null : error}
      errorTestId="consent-error"
      submitTestId="consent-save"
      noValidate
    >
      <Field label={t('consents.dialog.purpose')} required>
        <Select value={draft.purpose} onChange={(_e, d) => set('purpose', d.value as ConsentPurpose)} data-testid="consent-purpose">
          {CONSENT_PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`consents.purpose.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      {sharing && (
        <>
          <Field
            label={t('consents.dialog.recipient')}
            required
            validationMessage={tried && problems.recipient ? t('consents.dialog.needRecipient') : undefined}
          >
            <OrganisationPicker
              value={draft.recipient?.id ?? null}
              valueName={draft.recipient?.name}
              onChange={(r) => set('recipient', r)}
              label={t('consents.dialog.recipient')}
              placeholder={t('consents.dialog.pickRecipient')}
              testId="consent-recipient"
            />
          </Field>
          <Field label={t('consents.dialog.categories')}>
            <div className={styles.checks} data-testid="consent-categories">
              {SHARED_CATEGORIES.map((cat) => (
                <Checkbox
                  key={cat}
                  label={t(`consents.category.${cat}`)}
                  checked={draft.categories.includes(cat)}
                  onChange={(_e, d) => toggle(cat, d.checked === true)}
                  data-testid={`consent-category-${cat}`}
                />
              ))}
            </div>
          </Field>
          <div className={styles.notes}>
            <Checkbox
              label={t('consents.dialog.notes')}
              checked={draft.categories.includes('notes')}
              onChange={(_e, d) => toggle('notes', d.checked === true)}
              data-testid="consent-category-notes"
            />
            <Caption1>{t('consents.dialog.notesHint')}</Caption1>
          </div>
        </>
      )}
      <div className={styles.row}>
        <Field label={t('consents.dialog.givenOn')} required>
          <Input
            className={styles.date}
            type="date"
            value={draft.givenOn}
            onChange={(_e, d) => set('givenOn', d.value)}
            data-testid="consent-given-on"
          />
        </Field>
        <Field label={t('consents.dialog.method')} required>
          <Select value={draft.method} onChange={(_e, d) => set('method', d.value as Method)} data-testid="consent-method">
            {CONSENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`consents.method.${m}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {draft.method === 'verbal-witness' && (
        <Field
          label={t('consents.dialog.witness')}
          required
          validationMessage={tried && problems.witness ? t('consents.dialog.needWitness') : undefined}
        >
          <Input value={draft.witness} onChange={(_e, d) => set('witness', d.value)} maxLength={200} data-testid="consent-witness" />
        </Field>
      )}
      <Field label={t('consents.dialog.interpreter')} hint={draft.interpreter ? undefined : t('consents.dialog.noInterpreter')}>
        <LanguageChoice
          value={draft.interpreter}
          onChange={(language) => set('interpreter', language)}
          label={t('consents.dialog.interpreter')}
          testId="consent-interpreter"
        />
      </Field>
      {textsForPurpose.length > 0 && (
        <Field label={t('consents.dialog.text')}>
          <Select
            value={draft.templateId === null ? '' : String(draft.templateId)}
            onChange={(_e, d) => set('templateId', d.value ? Number(d.value) : null)}
            data-testid="consent-text"
          >
            <option value="">{t('consents.dialog.noText')}</option>
            {textsForPurpose.map((x) => (
              <option key={x.id} value={x.id}>
                {`${x.language} · ${x.label}`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field
        label={t('consents.dialog.expiresOn')}
        validationMessage={tried && problems.expiry ? t('consents.dialog.expiryBeforeGiven') : undefined}
      >
        <Input
          className={styles.date}
          type="date"
          value={draft.expiresOn}
          min={draft.givenOn}
          onChange={(_e, d) => set('expiresOn', d.value)}
          data-testid="consent-expires-on"
        />
      </Field>
      <Field label={t('consents.dialog.note')}>
        <Textarea value={draft.note} onChange={(_e, d) => set('note', d.value)} rows={2} maxLength={2000} data-testid="consent-note" />
      </Field>
      {error?.code === 'IN_USE' && (
        <MessageBar intent="warning" data-testid="consent-in-use">
          <MessageBarBody>{t('consents.dialog.inUse')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('consents.dialog.evidence')} hint={t('consents.dialog.evidenceHint')}>
        <div className={styles.file}>
          <Button icon={<AttachRegular />} onClick={() => void chooseFile()} data-testid="consent-choose-file">
            {t('consents.dialog.chooseFile')}
          </Button>
          <Text className={draft.file ? undefined : styles.muted} data-testid="consent-file-name">
            {draft.file ? baseName(draft.file) : (c?.evidence?.name ?? t('consents.dialog.noFile'))}
          </Text>
        </div>
      </Field>
    </FormDialog>
  );
}

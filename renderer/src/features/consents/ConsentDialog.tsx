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
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { FormDialog } from '../cases/case/FormDialog';
import { baseName } from '../import/wizard-state';
import { today } from '../partners/labels';
import { OrganisationPicker } from '../partners/OrganisationPicker';
import type { ConsentValue } from './consent-format';
import { LanguageChoice } from './LanguageChoice';

type Method = (typeof CONSENT_METHODS)[number];
type TextChoice = { id: number; label: string; language: string };

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

/**
 * Records a consent a person gave (or corrects one): what for, to which partner and which kinds of
 * data, when and how, with which interpreter and text, until when, and the scanned form.
 */
export function ConsentDialog(props: { person: PersonRef; consent: ConsentValue | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const c = props.consent;
  const [savedId, setSavedId] = useState<number | null>(c?.id ?? null);
  const [purpose, setPurpose] = useState<ConsentPurpose>(c?.purpose ?? 'registration');
  const [recipient, setRecipient] = useState<{ id: number; name: string } | null>(
    c?.recipientOrganisationId ? { id: c.recipientOrganisationId, name: c.recipientName ?? '' } : null,
  );
  const [categories, setCategories] = useState<DataCategory[]>(c?.categories ?? SHARED_CATEGORIES);
  const [givenOn, setGivenOn] = useState(c?.givenOn ?? today());
  const [method, setMethod] = useState<Method>(c?.method ?? 'signed');
  const [witness, setWitness] = useState(c?.witness ?? '');
  const [interpreter, setInterpreter] = useState<string | null>(c?.interpreterLanguage ?? null);
  const [templateId, setTemplateId] = useState<number | null>(c?.templateId ?? null);
  const [texts, setTexts] = useState<(TextChoice & { purpose: ConsentPurpose })[]>([]);
  const [expiresOn, setExpiresOn] = useState(c?.expiresOn ?? '');
  const [note, setNote] = useState(c?.note ?? '');
  const [file, setFile] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

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

  const sharing = purpose === 'feedback-sharing';
  const problems = {
    recipient: sharing && recipient === null,
    witness: method === 'verbal-witness' && witness.trim() === '',
    expiry: expiresOn !== '' && expiresOn < givenOn,
  };
  const toggle = (cat: DataCategory, on: boolean) =>
    setCategories((now) => (on ? [...now.filter((x) => x !== cat), cat] : now.filter((x) => x !== cat)));
  const textsForPurpose = texts.filter((x) => x.purpose === purpose);

  async function chooseFile() {
    const chosen = await call('shell:chooseFile', { purpose: 'evidence' });
    if (chosen.path) setFile(chosen.path);
  }

  async function save() {
    setTried(true);
    if (!givenOn || Object.values(problems).some(Boolean)) return;
    setError(null);
    try {
      const saved = await call('consents:save', {
        ...(savedId !== null ? { id: savedId } : {}),
        person: props.person,
        purpose,
        recipientOrganisationId: sharing ? (recipient?.id ?? null) : null,
        categories: sharing ? categories : [],
        givenOn,
        method,
        witness: method === 'verbal-witness' ? witness.trim() : '',
        interpreterLanguage: interpreter,
        templateId: textsForPurpose.some((x) => x.id === templateId) ? templateId : null,
        expiresOn: expiresOn || null,
        note: note.trim(),
      });
      setSavedId(saved.id);
      if (file) {
        await call('consents:attachEvidence', { id: saved.id, path: file });
        setFile(null);
      }
      props.onSaved();
    } catch (e) {
      setError(asAppError(e));
    }
  }

  return (
    <FormDialog
      testId="consent-dialog"
      title={c ? t('consents.dialog.editTitle') : t('consents.dialog.newTitle')}
      onSubmit={() => void save()}
      onClose={props.onClose}
      error={error?.code === 'IN_USE' ? null : error}
      errorTestId="consent-error"
      submitTestId="consent-save"
      noValidate
    >
      <Field label={t('consents.dialog.purpose')} required>
        <Select value={purpose} onChange={(_e, d) => setPurpose(d.value as ConsentPurpose)} data-testid="consent-purpose">
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
              value={recipient?.id ?? null}
              valueName={recipient?.name}
              onChange={setRecipient}
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
                  checked={categories.includes(cat)}
                  onChange={(_e, d) => toggle(cat, d.checked === true)}
                  data-testid={`consent-category-${cat}`}
                />
              ))}
            </div>
          </Field>
          <div className={styles.notes}>
            <Checkbox
              label={t('consents.dialog.notes')}
              checked={categories.includes('notes')}
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
            value={givenOn}
            onChange={(_e, d) => setGivenOn(d.value)}
            data-testid="consent-given-on"
          />
        </Field>
        <Field label={t('consents.dialog.method')} required>
          <Select value={method} onChange={(_e, d) => setMethod(d.value as Method)} data-testid="consent-method">
            {CONSENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`consents.method.${m}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {method === 'verbal-witness' && (
        <Field
          label={t('consents.dialog.witness')}
          required
          validationMessage={tried && problems.witness ? t('consents.dialog.needWitness') : undefined}
        >
          <Input value={witness} onChange={(_e, d) => setWitness(d.value)} maxLength={200} data-testid="consent-witness" />
        </Field>
      )}
      <Field label={t('consents.dialog.interpreter')} hint={interpreter ? undefined : t('consents.dialog.noInterpreter')}>
        <LanguageChoice
          value={interpreter}
          onChange={setInterpreter}
          label={t('consents.dialog.interpreter')}
          testId="consent-interpreter"
        />
      </Field>
      {textsForPurpose.length > 0 && (
        <Field label={t('consents.dialog.text')}>
          <Select
            value={templateId === null ? '' : String(templateId)}
            onChange={(_e, d) => setTemplateId(d.value ? Number(d.value) : null)}
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
          value={expiresOn}
          min={givenOn}
          onChange={(_e, d) => setExpiresOn(d.value)}
          data-testid="consent-expires-on"
        />
      </Field>
      <Field label={t('consents.dialog.note')}>
        <Textarea value={note} onChange={(_e, d) => setNote(d.value)} rows={2} maxLength={2000} data-testid="consent-note" />
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
          <Text className={file ? undefined : styles.muted} data-testid="consent-file-name">
            {file ? baseName(file) : (c?.evidence?.name ?? t('consents.dialog.noFile'))}
          </Text>
        </div>
      </Field>
    </FormDialog>
  );
}

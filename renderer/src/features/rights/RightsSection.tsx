import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { DocumentArrowDownRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { PersonRef } from '../../../../shared/contract/consents-schemas';
import type { Disclosure, FieldChange } from '../../../../shared/contract/rights';
import type { AppError } from '../../../../shared/errors';
import { languageFromLocale } from '../../../../shared/languages';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { baseName } from '../import/wizard-state';
import { dateText } from '../mentors/format';
import { Section } from '../partners/Section';
import { DisclosureList } from './DisclosureList';
import { RecallListDialog } from './RecallListDialog';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** One save: the rows written together (same moment, same user). */
interface Correction {
  key: string;
  changedAt: string;
  changedBy: string;
  changedByName: string;
  reason: string;
  rows: FieldChange[];
}

function group(rows: FieldChange[]): Correction[] {
  const out: Correction[] = [];
  for (const r of rows) {
    const key = `${r.changedAt}|${r.changedBy}`;
    const last = out[out.length - 1];
    if (last && last.key === key) last.rows.push(r);
    else out.push({ key, changedAt: r.changedAt, changedBy: r.changedBy, changedByName: r.changedByName, reason: r.reason, rows: [r] });
  }
  return out;
}

/** Where a coded field's values have their words in the catalog. */
const WORDS: Record<string, string> = {
  goals: 'mentoring.goal',
  industries: 'mentoring.industry',
  gender: 'mentoring.gender',
  local_language_level: 'mentoring.localLevel',
  education_level: 'mentoring.educationLevel',
  recognition: 'mentoring.recognition',
  preferred_mentor_gender: 'mentoring.mentorGender',
};

/** A stored value as it reads on screen: coded values in words, JSON lists joined, empty said. */
function shown(t: TFunction, field: string, value: string): string {
  const empty = t('rights.corrections.emptyValue');
  if (value === '') return empty;
  const word = (v: string) => (WORDS[field] ? t(`${WORDS[field]}.${v}`, { defaultValue: v }) : v);
  if (value.startsWith('[')) {
    try {
      const list = JSON.parse(value) as unknown[];
      return list.map((v) => (typeof v === 'string' ? word(v) : Object.values(v as object).join(' '))).join(', ') || empty;
    } catch {
      return value;
    }
  }
  return word(value);
}

/**
 * A person's rights on their page: the copy of everything held (access export), what has been
 * shared about them (disclosures), and the corrections of their data with who received the old
 * data (recall list). `version` reloads after the person is saved.
 */
export function RightsSection(props: { person: PersonRef; version?: string }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { kind, id } = props.person;
  const [disclosures, setDisclosures] = useState<Disclosure[] | null>(null);
  const [history, setHistory] = useState<FieldChange[] | null>(null);
  const [recall, setRecall] = useState<number[] | null>(null);
  const [exported, setExported] = useState<{ file: string; json: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(() => {
    const person = { kind, id };
    return Promise.all([call('rights:disclosures', { person }), call('rights:history', { person })]).then(
      ([d, h]) => {
        setDisclosures(d);
        setHistory(h);
      },
      (e: unknown) => setError(asAppError(e)),
    );
  }, [kind, id]);
  useEffect(() => {
    void load();
  }, [load, props.version]);

  async function accessExport() {
    setBusy(true);
    setError(null);
    setExported(null);
    try {
      const chosen = await call('shell:chooseSaveFile', { purpose: 'access-export', suggestedName: `${t('rights.access.button')}.docx` });
      if (!chosen.path) return;
      const result = await call('rights:accessExport', {
        person: { kind, id },
        language: languageFromLocale(i18n.language),
        path: chosen.path,
      });
      setExported({ file: baseName(result.path), json: baseName(result.jsonPath) });
      await load();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  }

  const fieldName = (f: string) => t(`rights.field.${f}`, { defaultValue: f });
  return (
    <>
      <Section
        title={t('rights.disclosures.title')}
        empty={t('rights.disclosures.empty')}
        testId="rights-disclosures"
        action={
          <Button icon={<DocumentArrowDownRegular />} onClick={() => void accessExport()} disabled={busy} data-testid="access-export">
            {t('rights.access.button')}
          </Button>
        }
      >
        {error && <ErrorBar error={error} />}
        {exported && (
          <MessageBar intent="success" data-testid="access-export-done">
            <MessageBarBody>{t('rights.access.done', exported)}</MessageBarBody>
          </MessageBar>
        )}
        {disclosures && disclosures.length > 0 && <DisclosureList items={disclosures} show="recipient" />}
      </Section>
      <Section title={t('rights.corrections.title')} empty={t('rights.corrections.empty')} testId="rights-corrections">
        {history && history.length > 0 && (
          <ul className={styles.list}>
            {group(history).map((c) => (
              <li key={c.key} className={styles.group} data-testid="correction">
                <div>
                  <Text weight="semibold">{`${dateText(c.changedAt)} ${c.changedAt.slice(11, 16)}`}</Text>{' '}
                  <Caption1 className={styles.muted}>{t('rights.corrections.by', { user: c.changedByName })}</Caption1>
                  <ul className={styles.changes}>
                    {c.rows.map((r) => (
                      <li key={r.id}>
                        {t('rights.corrections.change', {
                          field: fieldName(r.field),
                          old: shown(t, r.field, r.oldValue),
                          new: shown(t, r.field, r.newValue),
                        })}
                      </li>
                    ))}
                  </ul>
                  {c.reason && <Caption1>{c.reason}</Caption1>}
                </div>
                <Button size="small" onClick={() => setRecall(c.rows.map((r) => r.id))} data-testid="correction-recall">
                  {t('rights.corrections.recall')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {recall && (
        <RecallListDialog person={{ kind, id }} trigger={{ kind: 'correction', fieldHistoryIds: recall }} onClose={() => setRecall(null)} />
      )}
    </>
  );
}

import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, MoreHorizontalRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../../../../shared/contract/consents-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { PrintConsentFormButton } from '../consent-texts/PrintConsentFormDialog';
import { dateText } from '../mentors/format';
import { languageName } from '../mentors/language-names';
import { Section } from '../partners/Section';
import { RecallListDialog } from '../rights/RecallListDialog';
import { categoryList, minuteText, STATE_COLOUR, type ConsentValue } from './consent-format';
import { ConsentDialog } from './ConsentDialog';
import { WithdrawDialog } from './WithdrawDialog';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  notes: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  withdrawn: { color: tokens.colorNeutralForeground3 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/**
 * The consents a person gave, newest first, each with its state now, and the ways to record a
 * new one, correct one, withdraw one and file or copy out its scanned form.
 */
export function ConsentsSection(props: { person: PersonRef }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { kind, id } = props.person;
  const [consents, setConsents] = useState<ConsentValue[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<ConsentValue | 'new' | null>(null);
  const [withdrawing, setWithdrawing] = useState<ConsentValue | null>(null);
  const [recall, setRecall] = useState<number | null>(null);

  const load = useCallback(
    () =>
      call('consents:list', { person: { kind, id } }).then(
        (list) => setConsents(list),
        (e: unknown) => setError(asAppError(e)),
      ),
    [kind, id],
  );
  useEffect(() => {
    void load();
  }, [load]);

  async function attach(c: ConsentValue) {
    setNotice('');
    try {
      const chosen = await call('shell:chooseFile', { purpose: 'evidence' });
      if (!chosen.path) return;
      await call('consents:attachEvidence', { id: c.id, path: chosen.path });
      setError(null);
      await load();
    } catch (e) {
      setError(asAppError(e));
    }
  }

  async function saveCopy(c: ConsentValue) {
    if (!c.evidence) return;
    setNotice('');
    try {
      const chosen = await call('shell:chooseSaveFile', { purpose: 'consent-form', suggestedName: c.evidence.name || 'consent' });
      if (!chosen.path) return;
      await call('consents:saveEvidenceCopy', { id: c.id, path: chosen.path });
      setError(null);
      setNotice(t('consents.action.copied'));
    } catch (e) {
      setError(asAppError(e));
    }
  }

  const ui = i18n.language;
  return (
    <Section
      title={t('consents.title')}
      testId="consents-section"
      empty={consents?.length === 0 ? t(kind === 'mentor' ? 'consents.emptyMentor' : 'consents.empty') : undefined}
      action={
        <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: tokens.spacingHorizontalXS }}>
          <PrintConsentFormButton person={props.person} />
          <Button size="small" icon={<AddRegular />} onClick={() => setEditing('new')} data-testid="consent-record">
            {t('consents.record')}
          </Button>
        </div>
      }
    >
      {consents === null && !error && <Spinner size="tiny" label={t('common.loading')} />}
      {error && <ErrorBar error={error} testId="consents-error" />}
      {notice && <Caption1 role="status">{notice}</Caption1>}
      {consents && consents.length > 0 && (
        <ul className={styles.list}>
          {consents.map((c) => (
            <li key={c.id} className={styles.item} data-testid={`consent-${c.id}`}>
              <div>
                <div className={styles.head}>
                  <Text weight="semibold" className={c.state === 'withdrawn' ? styles.withdrawn : undefined}>
                    {t(`consents.purpose.${c.purpose}`)}
                  </Text>
                  <Badge appearance="tint" color={STATE_COLOUR[c.state]} data-testid="consent-state">
                    {t(`consents.state.${c.state}`)}
                  </Badge>
                  {c.recipientName && <Text>{t('consents.line.to', { name: c.recipientName })}</Text>}
                </div>
                <div className={styles.facts}>
                  {c.purpose === 'feedback-sharing' && (
                    <Caption1>
                      {c.categories.length
                        ? t('consents.line.covers', { list: categoryList(c.categories, t) })
                        : t('consents.line.coversNothing')}
                    </Caption1>
                  )}
                  <Caption1>{t('consents.line.given', { date: dateText(c.givenOn) })}</Caption1>
                  {c.expiresOn && <Caption1>{t('consents.line.expires', { date: dateText(c.expiresOn) })}</Caption1>}
                  <Caption1>{t('consents.line.method', { method: t(`consents.method.${c.method}`) })}</Caption1>
                  {c.witness && <Caption1>{t('consents.line.witness', { name: c.witness })}</Caption1>}
                  {c.interpreterLanguage && (
                    <Caption1>{t('consents.line.interpreter', { language: languageName(c.interpreterLanguage, ui) })}</Caption1>
                  )}
                  {c.templateLabel && <Caption1>{t('consents.line.text', { label: c.templateLabel })}</Caption1>}
                  {c.evidence && <Caption1>{t('consents.line.evidence', { name: c.evidence.name })}</Caption1>}
                </div>
                {c.categories.includes('notes') && <Caption1 className={styles.notes}>{t('consents.category.notes')}</Caption1>}
                {c.withdrawnAt && (
                  <Caption1 data-testid="consent-withdrawn">
                    {t('consents.line.withdrawn', { date: minuteText(c.withdrawnAt) })}
                    {' · '}
                    {t('consents.line.withdrawnHow', { how: c.withdrawnHow ?? '', user: c.withdrawnBy ?? '' })}
                  </Caption1>
                )}
                {c.note && <Caption1 className={styles.text}>{c.note}</Caption1>}
              </div>
              <Menu>
                <MenuTrigger disableButtonEnhancement>
                  <Button
                    appearance="subtle"
                    icon={<MoreHorizontalRegular />}
                    aria-label={`${t('consents.title')}: ${t(`consents.purpose.${c.purpose}`)}`}
                    data-testid={`consent-menu-${c.id}`}
                  />
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    {c.state !== 'withdrawn' && (
                      <MenuItem onClick={() => setEditing(c)} data-testid="consent-edit">
                        {t('consents.action.edit')}
                      </MenuItem>
                    )}
                    {c.state !== 'withdrawn' && (
                      <MenuItem onClick={() => setWithdrawing(c)} data-testid="consent-withdraw">
                        {t('consents.action.withdraw')}
                      </MenuItem>
                    )}
                    <MenuItem onClick={() => void attach(c)} data-testid="consent-attach">
                      {c.evidence ? t('consents.action.replace') : t('consents.action.attach')}
                    </MenuItem>
                    {c.evidence && (
                      <MenuItem onClick={() => void saveCopy(c)} data-testid="consent-save-copy">
                        {t('consents.action.saveCopy')}
                      </MenuItem>
                    )}
                    {c.state === 'withdrawn' && (
                      <MenuItem onClick={() => setRecall(c.id)} data-testid="consent-recall">
                        {t('consents.action.recall')}
                      </MenuItem>
                    )}
                  </MenuList>
                </MenuPopover>
              </Menu>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <ConsentDialog
          person={props.person}
          consent={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
      {withdrawing && (
        <WithdrawDialog
          consent={withdrawing}
          onClose={() => setWithdrawing(null)}
          onWithdrawn={() => void load()}
          onRecall={() => {
            setRecall(withdrawing.id);
            setWithdrawing(null);
          }}
        />
      )}
      {recall !== null && (
        <RecallListDialog person={props.person} trigger={{ kind: 'withdrawal', consentId: recall }} onClose={() => setRecall(null)} />
      )}
    </Section>
  );
}

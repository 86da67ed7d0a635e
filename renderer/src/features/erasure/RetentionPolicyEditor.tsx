import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_RULES, type RetentionPolicy } from '../../../../shared/contract/erasure';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useForm } from '../../components/forms/useForm';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  rule: {
    display: 'grid',
    gridTemplateColumns: 'minmax(240px, 1fr) auto 110px 160px',
    alignItems: 'end',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const policyValid = (p: RetentionPolicy) =>
  RETENTION_RULES.every((r) => Number.isInteger(p[r].months) && p[r].months >= 1 && p[r].months <= 240);

/** The retention policy: per record type, on or off, how many months, then erase or anonymise. Administrators edit. */
export function RetentionPolicyEditor(props: { canEdit: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  // "Saved" shows after a save until the next change.
  const [saved, setSaved] = useState(false);
  const {
    draft: policy,
    setDraft: setPolicy,
    error,
    setError,
    submit,
  } = useForm<RetentionPolicy | null, RetentionPolicy>({
    start: null,
    valid: (p) => p !== null && policyValid(p),
    save: (p) => call('retention:savePolicy', p!),
    onSaved: (p) => {
      setPolicy(p);
      setSaved(true);
      props.onSaved();
    },
    keys: 'none',
    guard: 'none',
  });

  useEffect(() => {
    call('retention:getPolicy', {}).then(setPolicy, (e: unknown) => setError(asAppError(e)));
  }, [setPolicy, setError]);

  if (!policy) return <ErrorBar error={error} />;
  const update = <K extends keyof RetentionPolicy>(rule: K, patch: Partial<RetentionPolicy[K]>) => {
    setSaved(false);
    setPolicy({ ...policy, [rule]: { ...policy[rule], ...patch } });
  };
  const valid = policyValid(policy);

  return (
    <section className={styles.block} data-testid="retention-policy">
      <Subtitle2 as="h2">{t('erasure.retention.policyTitle')}</Subtitle2>
      <Body1 className={styles.hint}>{t('erasure.retention.policyHint')}</Body1>
      {!props.canEdit && <Body1 className={styles.hint}>{t('erasure.retention.adminOnly')}</Body1>}
      {RETENTION_RULES.map((rule) => {
        const r = policy[rule];
        const name = t(`erasure.retention.rules.${rule}`);
        return (
          <div key={rule} className={styles.rule} data-testid={`policy-${rule}`}>
            <Body1>{name}</Body1>
            <Switch
              label={t('erasure.retention.enabled')}
              checked={r.enabled}
              disabled={!props.canEdit}
              onChange={(_e, d) => update(rule, { enabled: d.checked })}
              aria-description={name}
            />
            <Field label={t('erasure.retention.months')} validationState={r.months >= 1 && r.months <= 240 ? 'none' : 'error'}>
              <Input
                type="number"
                min={1}
                max={240}
                value={String(r.months)}
                disabled={!props.canEdit || !r.enabled}
                onChange={(_e, d) => update(rule, { months: Number(d.value) })}
                data-testid={`policy-${rule}-months`}
              />
            </Field>
            <Field label={t('erasure.retention.action')}>
              <Select
                value={r.action}
                disabled={!props.canEdit || !r.enabled || rule === 'contactsAfterLastContact'}
                onChange={(_e, d) => update(rule, { action: d.value as 'erase' | 'anonymise' } as Partial<RetentionPolicy[typeof rule]>)}
                data-testid={`policy-${rule}-action`}
              >
                {rule !== 'contactsAfterLastContact' && <option value="anonymise">{t('erasure.dialog.anonymise')}</option>}
                <option value="erase">{t('erasure.dialog.erase')}</option>
              </Select>
            </Field>
          </div>
        );
      })}
      {props.canEdit && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!valid} data-testid="policy-save" onClick={() => void submit()}>
            {t('erasure.retention.save')}
          </Button>
          {saved && (
            <MessageBar intent="success" data-testid="policy-saved">
              <MessageBarBody>{t('erasure.retention.saved')}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      <ErrorBar error={error} />
    </section>
  );
}

import { Body1, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Disclosure } from '../../../../shared/contract/rights';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { Section } from '../partners/Section';
import { DisclosureGrid, type DisclosureWhere } from './DisclosureGrid';
import { DisclosureList } from './DisclosureList';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Privacy › Disclosures: everything that has left the register, newest first, by partner and
 * period, in a grid served by core one page at a time (DisclosureGrid). People are shown by their
 * code; their names stay on their own pages.
 */
export function DisclosuresTab() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [organisations, setOrganisations] = useState<{ id: number; name: string }[]>([]);
  const [organisationId, setOrganisationId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    // Only the partners that have received something: every organisation would be thousands of choices.
    call('disclosures:recipients', {}).then(
      (rows) => live && setOrganisations(rows),
      (e: unknown) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  const where = useMemo<DisclosureWhere>(
    () => ({
      ...(organisationId ? { organisationId: Number(organisationId) } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(from) ? { from } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(to) ? { to } : {}),
    }),
    [organisationId, from, to],
  );

  const filtered = Boolean(organisationId || from || to);
  return (
    <div className={styles.page} data-testid="disclosures-tab">
      <Body1 className={styles.muted}>{t('rights.disclosures.intro')}</Body1>
      <div className={styles.filters}>
        <Field label={t('rights.disclosures.partner')}>
          <Select value={organisationId} onChange={(_e, d) => setOrganisationId(d.value)} data-testid="disclosures-partner">
            <option value="">{t('rights.disclosures.allPartners')}</option>
            {organisations.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('rights.disclosures.from')}>
          <Input type="date" value={from} onChange={(_e, d) => setFrom(d.value)} data-testid="disclosures-from" />
        </Field>
        <Field label={t('rights.disclosures.to')}>
          <Input type="date" value={to} onChange={(_e, d) => setTo(d.value)} data-testid="disclosures-to" />
        </Field>
      </div>
      <ErrorBar error={error} />
      {total === 0 ? (
        <Body1 className={styles.muted} data-testid="disclosures-empty">
          {filtered ? t('rights.disclosures.emptyFiltered') : t('rights.disclosures.empty')}
        </Body1>
      ) : (
        total !== null && <Body1 data-testid="disclosures-count">{t('rights.disclosures.count', { count: total })}</Body1>
      )}
      <DisclosureGrid where={where} onCount={setTotal} />
    </div>
  );
}

/** On an organisation's page: what this partner has received, by person code. */
export function OrganisationDisclosures(props: { organisationId: number }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Disclosure[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    let live = true;
    call('rights:disclosures', { organisationId: props.organisationId }).then(
      (rows) => live && setItems(rows),
      (e: unknown) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [props.organisationId]);
  return (
    <Section title={t('rights.disclosures.title')} empty={t('rights.disclosures.empty')} testId="organisation-disclosures">
      {error && <ErrorBar error={error} />}
      {items && items.length > 0 && <DisclosureList items={items} show="person" />}
    </Section>
  );
}

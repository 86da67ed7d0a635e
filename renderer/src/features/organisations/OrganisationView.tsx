import { Body1, Caption1, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Organisation } from '../../../../shared/contract/partners-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { formatDate } from '../../i18n';
import { InteractionList } from '../interactions/InteractionList';
import { LogInteractionDialog } from '../interactions/LogInteractionDialog';
import { DetailHeader, partnerActions } from '../partners/DetailHeader';
import { useNavigation } from '../partners/navigation';
import { Facts, Section } from '../partners/Section';
import { OrganisationDisclosures } from '../rights/DisclosuresTab';
import { OrganisationForm } from './OrganisationForm';

type Org = z.output<typeof Organisation>;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  offer: { padding: tokens.spacingVerticalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const dateText = (d: string | null) => (d ? formatDate(`${d}T12:00:00`) : '');

/** One organisation: its details, offers, people (current and former), networks and interactions. */
export function OrganisationView(props: { id: number; onChanged: (deleted: boolean) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go, guard } = useNavigation();
  const [org, setOrg] = useState<Org | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(
    () =>
      call('organisations:get', { id: props.id }).then(
        (o) => setOrg(o),
        (e: unknown) => setError(asAppError(e)),
      ),
    [props.id],
  );
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <ErrorBar error={error} />;
  if (!org) return <Spinner size="small" label={t('common.loading')} />;
  if (editing)
    return (
      <OrganisationForm
        initial={org}
        onSaved={(o) => {
          setOrg(o);
          setEditing(false);
          props.onChanged(false);
        }}
        onCancel={() => guard(() => setEditing(false))}
      />
    );

  const facts = (
    [
      [t('organisations.address'), org.address],
      [t('organisations.website'), org.website],
      [t('organisations.email'), org.email],
      [t('organisations.phone'), org.phone],
      [t('organisations.tags'), org.tags.join(', ')],
    ] as [string, string][]
  ).filter(([, v]) => v);
  const current = org.people.filter((p) => !p.to || p.to >= new Date().toISOString().slice(0, 10));
  const former = org.people.filter((p) => !current.includes(p));
  const changed = () => {
    void load();
    props.onChanged(false);
  };
  const person = (p: Org['people'][number]) => (
    <li key={`${p.contactId}-${p.from ?? ''}`}>
      <Link onClick={() => go({ page: 'contacts', id: p.contactId })}>{p.name}</Link>
      {p.role && <Text className={styles.muted}> · {p.role}</Text>}
      {(p.from || p.to) && <Caption1 className={styles.muted}> ({[dateText(p.from), dateText(p.to)].join(' – ')})</Caption1>}
    </li>
  );

  return (
    <div data-testid="organisation-view">
      <DetailHeader
        name={org.name}
        subtitle={[t(`sectors.${org.sector}`), org.municipality, t(`countries.${org.country}`)].filter(Boolean).join(' · ')}
        archived={org.archived}
        deleteBody={t('organisations.deleteBody', { count: org.offers.length, people: org.people.length })}
        extraActions={<LogInteractionDialog organisationIds={[org.id]} defaultKind="meeting" onSaved={changed} />}
        onEdit={() => setEditing(true)}
        {...partnerActions('organisations', org.id, (deleted) => (deleted ? props.onChanged(true) : changed()))}
        onClose={props.onClose}
      />
      {(facts.length > 0 || org.howWeWork) && (
        <Section title={t('organisations.details')}>
          {facts.length > 0 && <Facts items={facts} />}
          {org.howWeWork && (
            <>
              <Caption1 className={styles.muted}>{t('organisations.howWeWork')}</Caption1>
              <Body1 className={styles.text}>{org.howWeWork}</Body1>
            </>
          )}
        </Section>
      )}
      <Section title={t('organisations.offers')} empty={t('organisations.noOffers')} testId="offers-section">
        {org.offers.length > 0 && (
          <ul className={styles.list}>
            {org.offers.map((f) => (
              <li key={f.id} className={styles.offer}>
                <Text weight="semibold">{f.title}</Text>
                {f.description && <Body1 className={styles.text}>{f.description}</Body1>}
                <Facts
                  items={[
                    [t('offers.targetGroup'), f.targetGroup],
                    [t('offers.languages'), f.languages.join(', ')],
                    [t('offers.area'), f.area],
                    [t('offers.howToRefer'), f.howToRefer],
                    [t('offers.contact'), org.people.find((p) => p.contactId === f.contactId)?.name ?? ''],
                  ]}
                />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('organisations.people')} empty={t('organisations.noPeople')} testId="people-section">
        {current.length > 0 && <ul className={styles.list}>{current.map(person)}</ul>}
        {former.length > 0 && (
          <>
            <Caption1 className={styles.muted}>{t('organisations.formerPeople')}</Caption1>
            <ul className={styles.list}>{former.map(person)}</ul>
          </>
        )}
      </Section>
      <Section title={t('organisations.networks')} empty={t('organisations.noNetworks')}>
        {org.networks.length > 0 && (
          <ul className={styles.list}>
            {org.networks.map((n) => (
              <li key={n.id}>
                <Link onClick={() => go({ page: 'networks', id: n.id })}>{n.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('interactions.title')} empty={t('interactions.none')}>
        {org.interactions.length > 0 && <InteractionList items={org.interactions} onChanged={changed} />}
      </Section>
      <OrganisationDisclosures organisationId={org.id} />
    </div>
  );
}

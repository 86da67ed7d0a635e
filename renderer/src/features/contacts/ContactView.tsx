import { Badge, Body1, Caption1, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Contact } from '../../../../shared/contract/partners-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { formatDate } from '../../i18n';
import { ErasureSection } from '../erasure/ErasureSection';
import { InteractionList } from '../interactions/InteractionList';
import { LogInteractionDialog } from '../interactions/LogInteractionDialog';
import { DetailHeader, partnerActions } from '../partners/DetailHeader';
import { useNavigation } from '../partners/navigation';
import { Facts, Section } from '../partners/Section';
import { ContactForm } from './ContactForm';

type ContactValue = z.output<typeof Contact>;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const dateText = (d: string | null) => (d ? formatDate(`${d.slice(0, 10)}T12:00:00`) : '');

/** One contact person: details, where they work and worked, what they are the contact for, and interactions. */
export function ContactView(props: { id: number; onChanged: (deleted: boolean) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go, guard } = useNavigation();
  const [contact, setContact] = useState<ContactValue | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(
    () => call('contacts:get', { id: props.id }).then(setContact, (e: unknown) => setError(asAppError(e))),
    [props.id],
  );
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <ErrorBar error={error} />;
  if (!contact) return <Spinner size="small" label={t('common.loading')} />;
  if (editing)
    return (
      <ContactForm
        initial={contact}
        onSaved={(c) => {
          setContact(c);
          setEditing(false);
          props.onChanged(false);
        }}
        onCancel={() => guard(() => setEditing(false))}
      />
    );

  const todayIso = new Date().toISOString().slice(0, 10);
  const current = contact.memberships.filter((m) => !m.to || m.to >= todayIso);
  const former = contact.memberships.filter((m) => !current.includes(m));
  const changed = () => {
    void load();
    props.onChanged(false);
  };
  const membership = (m: ContactValue['memberships'][number]) => (
    <li key={m.id}>
      <Link onClick={() => go({ page: 'organisations', id: m.organisationId })}>{m.organisationName}</Link>
      {m.role && <Text className={styles.muted}> · {m.role}</Text>}
      {(m.from || m.to) && <Caption1 className={styles.muted}> ({[dateText(m.from), dateText(m.to)].join(' – ')})</Caption1>}
    </li>
  );

  return (
    <div data-testid="contact-view">
      <DetailHeader
        name={contact.name}
        subtitle={[contact.role, current.map((m) => m.organisationName).join(', ')].filter(Boolean).join(' · ')}
        archived={contact.archived}
        deleteBody={t('contacts.deleteBody', { count: contact.interactions.length })}
        extraActions={
          <LogInteractionDialog
            contactIds={[contact.id]}
            organisationIds={current.map((m) => m.organisationId)}
            defaultKind="call"
            onSaved={changed}
          />
        }
        onEdit={() => setEditing(true)}
        {...partnerActions('contacts', contact.id, (deleted) => (deleted ? props.onChanged(true) : changed()))}
        onClose={props.onClose}
      />
      <Section title={t('contacts.details')}>
        <Facts
          items={[
            [t('contacts.email'), contact.email],
            [t('contacts.phone'), contact.phone],
            [t('contacts.preferredLanguage'), contact.preferredLanguage],
            [
              t('contacts.lastContacted'),
              <span data-testid="last-contacted">{contact.lastContacted ? dateText(contact.lastContacted) : t('contacts.never')}</span>,
            ],
          ]}
        />
        {contact.notes && <Body1 className={styles.text}>{contact.notes}</Body1>}
      </Section>
      <Section title={t('contacts.designatedFor')} empty={t('contacts.noThemes')}>
        {contact.themes.length > 0 && (
          <div className={styles.badges}>
            {contact.themes.map((x) => (
              <Badge key={x} appearance="tint" color="brand">
                {t(`themes.${x}`)}
              </Badge>
            ))}
          </div>
        )}
      </Section>
      <Section title={t('contacts.memberships')} empty={t('contacts.noMemberships')} testId="memberships-section">
        {current.length > 0 && <ul className={styles.list}>{current.map(membership)}</ul>}
        {former.length > 0 && (
          <>
            <Caption1 className={styles.muted}>{t('contacts.formerMemberships')}</Caption1>
            <ul className={styles.list}>{former.map(membership)}</ul>
          </>
        )}
      </Section>
      <Section title={t('interactions.title')} empty={t('interactions.none')}>
        {contact.interactions.length > 0 && <InteractionList items={contact.interactions} onChanged={changed} />}
      </Section>
      <ErasureSection subject={{ kind: 'contact', id: contact.id }} label={contact.name} onErased={() => props.onChanged(true)} />
    </div>
  );
}

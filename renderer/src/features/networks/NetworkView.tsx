import { Body1, Link, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Network } from '../../../../shared/contract/partners-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { InteractionList } from '../interactions/InteractionList';
import { LogInteractionDialog } from '../interactions/LogInteractionDialog';
import { DetailHeader, partnerActions } from '../partners/DetailHeader';
import { useNavigation } from '../partners/navigation';
import { Section } from '../partners/Section';
import { NetworkForm } from './NetworkForm';

type NetworkValue = z.output<typeof Network>;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** One network or forum: purpose, member organisations, meetings. */
export function NetworkView(props: { id: number; onChanged: (deleted: boolean) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go, guard } = useNavigation();
  const [network, setNetwork] = useState<NetworkValue | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(
    () => call('networks:get', { id: props.id }).then(setNetwork, (e: unknown) => setError(asAppError(e))),
    [props.id],
  );
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <ErrorBar error={error} />;
  if (!network) return <Spinner size="small" label={t('common.loading')} />;
  if (editing)
    return (
      <NetworkForm
        initial={network}
        onSaved={(n) => {
          setNetwork(n);
          setEditing(false);
          props.onChanged(false);
        }}
        onCancel={() => guard(() => setEditing(false))}
      />
    );

  const changed = () => {
    void load();
    props.onChanged(false);
  };
  return (
    <div data-testid="network-view">
      <DetailHeader
        name={network.name}
        archived={network.archived}
        deleteBody={t('networks.deleteBody', { count: network.meetings.length })}
        extraActions={
          <LogInteractionDialog
            networkId={network.id}
            organisationIds={network.members.map((m) => m.id)}
            defaultKind="network-meeting"
            onSaved={changed}
          />
        }
        onEdit={() => setEditing(true)}
        {...partnerActions('networks', network.id, (deleted) => (deleted ? props.onChanged(true) : changed()))}
        onClose={props.onClose}
      />
      {network.purpose && (
        <Section title={t('networks.purpose')}>
          <Body1 className={styles.text}>{network.purpose}</Body1>
        </Section>
      )}
      <Section title={t('networks.members')} empty={t('networks.noMembers')}>
        {network.members.length > 0 && (
          <ul className={styles.list}>
            {network.members.map((m) => (
              <li key={m.id}>
                <Link onClick={() => go({ page: 'organisations', id: m.id })}>{m.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('networks.meetings')} empty={t('networks.noMeetings')}>
        {network.meetings.length > 0 && <InteractionList items={network.meetings} onChanged={changed} />}
      </Section>
    </div>
  );
}

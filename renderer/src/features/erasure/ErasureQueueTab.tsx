import {
  Body1,
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DEQUEUE_REASONS, type ErasureQueueEntry } from '../../../../shared/contract/erasure';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { formatDate } from '../../i18n';
import { FormDialog } from '../cases/case/FormDialog';
import { useCanWrite } from '../users/session';
import { EraseDialog } from './EraseDialog';

type Entry = z.output<typeof ErasureQueueEntry>;
type DequeueReason = (typeof DEQUEUE_REASONS)[number];

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  empty: { color: tokens.colorNeutralForeground3, maxWidth: '720px' },
});

/** Privacy › Erasure: who waits for erasure and why; preview and erase or anonymise, or take them off with a reason. */
export function ErasureQueueTab() {
  const { t } = useTranslation();
  const styles = useStyles();
  const canWrite = useCanWrite();
  const [queue, setQueue] = useState<Entry[] | null>(null);
  const [erasing, setErasing] = useState<Entry | null>(null);
  const [removing, setRemoving] = useState<Entry | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(() => {
    call('erasure:queue', {}).then(setQueue, (e: unknown) => setError(asAppError(e)));
  }, []);
  useEffect(load, [load]);

  return (
    <div className={styles.tab} data-testid="erasure-queue">
      <Subtitle2 as="h2">{t('erasure.queue.title')}</Subtitle2>
      <ErrorBar error={error} />
      {!queue && !error && <Spinner size="small" label={t('common.loading')} />}
      {queue?.length === 0 && (
        <Body1 className={styles.empty} data-testid="erasure-queue-empty">
          {t('erasure.queue.empty')}
        </Body1>
      )}
      {queue && queue.length > 0 && (
        <Table size="small" aria-label={t('erasure.queue.title')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('erasure.queue.person')}</TableHeaderCell>
              <TableHeaderCell>{t('erasure.queue.kind')}</TableHeaderCell>
              <TableHeaderCell>{t('erasure.queue.reason')}</TableHeaderCell>
              <TableHeaderCell>{t('erasure.queue.queuedAt')}</TableHeaderCell>
              <TableHeaderCell>{t('erasure.queue.queuedBy')}</TableHeaderCell>
              {canWrite && <TableHeaderCell>{t('erasure.queue.actions')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {queue.map((entry) => (
              <TableRow key={entry.id} data-testid={`queue-row-${entry.person.kind}-${entry.person.id}`}>
                <TableCell>{entry.label}</TableCell>
                <TableCell>{t(`audit.entity.${entry.person.kind}`)}</TableCell>
                <TableCell>{t(`erasure.reasons.${entry.reason}`)}</TableCell>
                <TableCell>{formatDate(entry.queuedAt)}</TableCell>
                <TableCell>{entry.queuedBy}</TableCell>
                {canWrite && (
                  <TableCell>
                    <div className={styles.actions}>
                      <Button size="small" appearance="primary" onClick={() => setErasing(entry)} data-testid="queue-preview">
                        {t('erasure.queue.preview')}
                      </Button>
                      <Button size="small" onClick={() => setRemoving(entry)} data-testid="queue-remove">
                        {t('erasure.queue.remove')}
                      </Button>
                    </div>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {erasing && (
        <EraseDialog
          subject={erasing.person}
          label={erasing.label}
          onClose={() => setErasing(null)}
          onDone={() => {
            setErasing(null);
            load();
          }}
        />
      )}
      {removing && (
        <DequeueDialog
          entry={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            load();
          }}
        />
      )}
    </div>
  );
}

function DequeueDialog(props: { entry: Entry; onClose: () => void; onRemoved: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<DequeueReason | ''>('');
  const [error, setError] = useState<AppError | null>(null);
  return (
    <FormDialog
      testId="dequeue-dialog"
      title={t('erasure.queue.removeTitle', { label: props.entry.label })}
      submitLabel={t('erasure.queue.removeDo')}
      submitTestId="dequeue-submit"
      submitDisabled={!reason}
      error={error}
      onClose={props.onClose}
      onSubmit={() => {
        if (!reason) return;
        call('erasure:dequeue', { id: props.entry.id, reason }).then(props.onRemoved, (e: unknown) => setError(asAppError(e)));
      }}
    >
      <Body1>{t('erasure.queue.removeBody')}</Body1>
      <Field label={t('erasure.queue.removeReason')} required>
        <RadioGroup value={reason} onChange={(_e, d) => setReason(d.value as DequeueReason)}>
          {DEQUEUE_REASONS.map((r) => (
            <Radio key={r} value={r} label={t(`erasure.dequeueReasons.${r}`)} data-testid={`dequeue-${r}`} />
          ))}
        </RadioGroup>
      </Field>
    </FormDialog>
  );
}

import { Badge, Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureSubject } from '../../../../shared/contract/erasure';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { Section } from '../partners/Section';
import { useCanWrite } from '../users/session';
import { EraseDialog } from './EraseDialog';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * The way to erasure on a person's page (mentee, mentor, contact person): put them in the
 * erasure queue, or open the preview and erase or anonymise. `onErased` runs after either
 * changed the person (the page then closes, as after a delete).
 */
export function ErasureSection(props: { subject: ErasureSubject; label: string; onErased: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const canWrite = useCanWrite();
  const [queued, setQueued] = useState(false);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const { kind, id } = props.subject;
  const person = kind === 'contact' ? null : { kind, id };

  const load = useCallback(() => {
    if (kind === 'contact') return;
    call('erasure:queue', {}).then(
      (q) => setQueued(q.some((e) => e.person.kind === kind && e.person.id === id)),
      (e: unknown) => setError(asAppError(e)),
    );
  }, [kind, id]);
  useEffect(load, [load]);

  if (!canWrite) return null;
  return (
    <Section title={t(person ? 'erasure.person.title' : 'erasure.title')} testId="erasure-section">
      <Body1 className={styles.hint}>{t(person ? 'erasure.person.hint' : 'erasure.person.hintContact')}</Body1>
      <div className={styles.row}>
        {person &&
          (queued ? (
            <Badge appearance="tint" color="warning" data-testid="erasure-queued">
              {t('erasure.person.requested')}
            </Badge>
          ) : (
            <Button
              onClick={() => call('erasure:request', { person }).then(load, (e: unknown) => setError(asAppError(e)))}
              data-testid="erasure-request"
            >
              {t('erasure.person.request')}
            </Button>
          ))}
        <Button icon={<DeleteRegular />} onClick={() => setOpen(true)} data-testid="erasure-open">
          {t(person ? 'erasure.person.preview' : 'erasure.person.previewContact')}
        </Button>
      </div>
      <ErrorBar error={error} />
      {open && <EraseDialog subject={props.subject} label={props.label} onClose={() => setOpen(false)} onDone={props.onErased} />}
    </Section>
  );
}

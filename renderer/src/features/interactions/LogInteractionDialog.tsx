import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
  ToolbarButton,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERACTION_KINDS } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useForm } from '../../components/forms/useForm';
import { today } from '../partners/labels';
import { useCanWrite } from '../users/session';
import type { InteractionKind } from './kind-icons';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * "Log interaction": kind, date (today), a summary; Ctrl+Enter saves. The record it is opened
 * from is the participant, so logging a call takes a few keystrokes.
 */
export function LogInteractionDialog(props: {
  contactIds?: number[];
  organisationIds?: number[];
  networkId?: number;
  defaultKind?: InteractionKind;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  // Read-only users may not log (core refuses them anyway).
  const canWrite = useCanWrite();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const fresh = () => ({ kind: props.defaultKind ?? 'call', date: today(), summary: '' });
  const [start] = useState(fresh);
  const { draft, set, setDraft, error, setError, submit, cancel } = useForm({
    start,
    save: (d) =>
      call('interactions:save', {
        kind: d.kind,
        date: d.date,
        summary: d.summary.trim(),
        contactIds: props.contactIds ?? [],
        organisationIds: props.organisationIds ?? [],
        networkId: props.networkId ?? null,
      }),
    onSaved: () => {
      setOpen(false);
      props.onSaved();
    },
    onCancel: () => setOpen(false),
    keys: 'none',
    guard: 'close',
    typed: (d) => d.summary,
  });

  // Each opening starts from the defaults; closing with a typed summary asks first.
  function openChange(next: boolean) {
    if (!next) {
      cancel();
      return;
    }
    setDraft(fresh());
    setError(null);
    setOpen(true);
  }

  return (
    <Dialog open={open} onOpenChange={(_e, d) => openChange(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <ToolbarButton icon={<AddRegular />} data-testid="log-interaction" disabled={!canWrite}>
          {t('interactions.log')}
        </ToolbarButton>
      </DialogTrigger>
      <DialogSurface data-testid="interaction-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('interactions.log')}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label={t('interactions.kind')}>
                <RadioGroup layout="horizontal" value={draft.kind} onChange={(_e, d) => set('kind', d.value as InteractionKind)}>
                  {INTERACTION_KINDS.map((k) => (
                    <Radio key={k} value={k} label={t(`interactions.kinds.${k}`)} data-testid={`kind-${k}`} />
                  ))}
                </RadioGroup>
              </Field>
              <Field label={t('interactions.date')} required>
                <Input type="date" value={draft.date} onChange={(_e, d) => set('date', d.value)} required data-testid="interaction-date" />
              </Field>
              <Field label={t('interactions.summary')} hint={t('interactions.summaryHint')}>
                <Textarea value={draft.summary} onChange={(_e, d) => set('summary', d.value)} rows={4} data-testid="interaction-summary" />
              </Field>
              <ErrorBar error={error} />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={!draft.date} data-testid="interaction-save">
                {t('common.save')}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t('common.cancel')}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

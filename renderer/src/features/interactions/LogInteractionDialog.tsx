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
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
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
  const [kind, setKind] = useState<InteractionKind>(props.defaultKind ?? 'call');
  const [date, setDate] = useState(today());
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  function reset(next: boolean) {
    setOpen(next);
    if (next) {
      setKind(props.defaultKind ?? 'call');
      setDate(today());
      setSummary('');
      setError(null);
    }
  }

  async function save() {
    try {
      await call('interactions:save', {
        kind,
        date,
        summary: summary.trim(),
        contactIds: props.contactIds ?? [],
        organisationIds: props.organisationIds ?? [],
        networkId: props.networkId ?? null,
      });
      setOpen(false);
      props.onSaved();
    } catch (e) {
      setError(asAppError(e));
    }
  }

  return (
    <Dialog open={open} onOpenChange={(_e, d) => reset(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <ToolbarButton icon={<AddRegular />} data-testid="log-interaction" disabled={!canWrite}>
          {t('interactions.log')}
        </ToolbarButton>
      </DialogTrigger>
      <DialogSurface data-testid="interaction-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('interactions.log')}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label={t('interactions.kind')}>
                <RadioGroup layout="horizontal" value={kind} onChange={(_e, d) => setKind(d.value as InteractionKind)}>
                  {INTERACTION_KINDS.map((k) => (
                    <Radio key={k} value={k} label={t(`interactions.kinds.${k}`)} data-testid={`kind-${k}`} />
                  ))}
                </RadioGroup>
              </Field>
              <Field label={t('interactions.date')} required>
                <Input type="date" value={date} onChange={(_e, d) => setDate(d.value)} required data-testid="interaction-date" />
              </Field>
              <Field label={t('interactions.summary')} hint={t('interactions.summaryHint')}>
                <Textarea value={summary} onChange={(_e, d) => setSummary(d.value)} rows={4} data-testid="interaction-summary" />
              </Field>
              <ErrorBar error={error} />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={!date} data-testid="interaction-save">
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

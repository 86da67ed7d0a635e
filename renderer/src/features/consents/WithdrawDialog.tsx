import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { WithdrawalResult } from '../../../../shared/contract/consents';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { FormDialog } from '../cases/case/FormDialog';
import { minuteText, nowMinute, type ConsentValue } from './consent-format';

type Result = z.output<typeof WithdrawalResult>;

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  date: { maxWidth: '200px' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Withdraws a consent: when (to the minute; now by default) and how, then a confirmation, then
 * what it means: future disclosures stop, past ones stay logged, perhaps the person now waits for
 * erasure; and the way to the partners who received data (`onRecall`).
 */
export function WithdrawDialog(props: { consent: ConsentValue; onClose: () => void; onWithdrawn: () => void; onRecall: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const start = nowMinute();
  const [date, setDate] = useState(start.slice(0, 10));
  const [time, setTime] = useState(start.slice(11));
  const [how, setHow] = useState('');
  const [tried, setTried] = useState(false);
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  async function withdraw() {
    setError(null);
    try {
      const r = await call('consents:withdraw', { id: props.consent.id, at: `${date}T${time}`, how: how.trim() });
      setResult(r);
      props.onWithdrawn();
    } catch (e) {
      setStep('form');
      setError(asAppError(e));
    }
  }

  if (result) {
    return (
      <Dialog open onOpenChange={(_e, d) => !d.open && props.onClose()}>
        <DialogSurface data-testid="withdraw-done">
          <DialogBody>
            <DialogTitle>{t('consents.withdraw.doneTitle')}</DialogTitle>
            <DialogContent className={styles.body}>
              <Body1>{t('consents.withdraw.doneBody', { at: minuteText(result.consent.withdrawnAt ?? '') })}</Body1>
              <Body1 data-testid="withdraw-past">{t('consents.withdraw.past', { count: result.pastDisclosures })}</Body1>
              {result.queuedForErasure && (
                <MessageBar intent="warning" data-testid="withdraw-queued">
                  <MessageBarBody>{t('consents.withdraw.queued')}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={props.onRecall} data-testid="withdraw-recall">
                {t('consents.action.recall')}
              </Button>
              <Button onClick={props.onClose} data-testid="withdraw-close">
                {t('common.close')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    );
  }

  if (step === 'confirm') {
    return (
      <Dialog open onOpenChange={(_e, d) => !d.open && setStep('form')}>
        <DialogSurface data-testid="withdraw-confirm-dialog">
          <DialogBody>
            <DialogTitle>{t('consents.withdraw.confirmTitle')}</DialogTitle>
            <DialogContent>{t('consents.withdraw.confirmBody')}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setStep('form')}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void withdraw()} data-testid="withdraw-confirm">
                {t('consents.withdraw.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    );
  }

  return (
    <FormDialog
      testId="withdraw-dialog"
      title={t('consents.withdraw.title')}
      onSubmit={() => {
        setTried(true);
        if (how.trim() && date && time) setStep('confirm');
      }}
      onClose={props.onClose}
      error={error}
      errorTestId="withdraw-error"
      submitLabel={t('consents.withdraw.submit')}
      submitTestId="withdraw-submit"
      noValidate
    >
      <Body1>{t('consents.withdraw.intro', { purpose: t(`consents.purpose.${props.consent.purpose}`) })}</Body1>
      <div className={styles.row}>
        <Field label={t('consents.withdraw.date')} required>
          <Input
            className={styles.date}
            type="date"
            value={date}
            min={props.consent.givenOn}
            max={start.slice(0, 10)}
            onChange={(_e, d) => setDate(d.value)}
            data-testid="withdraw-date"
          />
        </Field>
        <Field label={t('consents.withdraw.time')} required>
          <Input className={styles.date} type="time" value={time} onChange={(_e, d) => setTime(d.value)} data-testid="withdraw-time" />
        </Field>
      </div>
      <Field
        label={t('consents.withdraw.how')}
        required
        validationMessage={tried && !how.trim() ? t('consents.withdraw.needHow') : undefined}
      >
        <Textarea
          value={how}
          onChange={(_e, d) => setHow(d.value)}
          placeholder={t('consents.withdraw.howPlaceholder')}
          rows={2}
          maxLength={500}
          data-testid="withdraw-how"
        />
      </Field>
    </FormDialog>
  );
}

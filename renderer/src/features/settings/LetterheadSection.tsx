import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, ImageAddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Letterhead } from '../../../../shared/contract/reports';
import type { ErrorCode } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useForm } from '../../components/forms/useForm';
import { useCanWrite } from '../users/session';

type LetterheadValue = z.output<typeof Letterhead>;

// The general messages for these codes speak of spreadsheets; a logo needs its own words.
const LOGO_ERRORS: Partial<Record<ErrorCode, string>> = {
  UNSUPPORTED_FILE: 'feedback.letterhead.logoUnsupported',
  FILE_TOO_LARGE: 'feedback.letterhead.logoTooLarge',
};

const EMPTY = { address: '', contactLine: '' };

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  narrow: { maxWidth: '440px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  logoActions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  logoBox: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '200px',
    height: '80px',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  logo: { maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Settings › Organisation: the letterhead every report carries (address, contact line, logo). */
export function LetterheadSection() {
  const { t } = useTranslation();
  const styles = useStyles();
  const canWrite = useCanWrite();
  const [value, setValue] = useState<LetterheadValue | null>(null);
  // "Saved" shows after a save until the next action.
  const [saved, setSaved] = useState(false);
  const { draft, setDraft, busy, error, setError, submit, run } = useForm({
    start: EMPTY,
    save: (d) => call('letterhead:update', { address: d.address.trim(), contactLine: d.contactLine.trim() }),
    onSaved: (next) => {
      show(next);
      setSaved(true);
    },
    keys: 'none',
    guard: 'none',
  });

  const show = useCallback(
    (next: LetterheadValue) => {
      setValue(next);
      setDraft({ address: next.address, contactLine: next.contactLine });
    },
    [setDraft],
  );

  useEffect(() => {
    call('letterhead:get', {}).then(show, (e: unknown) => setError(asAppError(e)));
  }, [show, setError]);

  const attempt = (work: () => Promise<void>) => {
    setSaved(false);
    return run(work);
  };

  const chooseLogo = () =>
    attempt(async () => {
      const chosen = await call('shell:chooseFile', { purpose: 'logo' });
      if (chosen.path) show(await call('letterhead:setLogo', { path: chosen.path }));
    });

  const removeLogo = () => attempt(async () => show(await call('letterhead:clearLogo', {})));

  const disabled = !value || !canWrite || busy;
  return (
    <form
      className={styles.section}
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void submit();
      }}
      aria-labelledby="settings-letterhead"
      noValidate
      data-testid="letterhead"
    >
      <Subtitle1 as="h2" id="settings-letterhead">
        {t('feedback.letterhead.title')}
      </Subtitle1>
      <Body1>{t('feedback.letterhead.intro')}</Body1>
      <div className={styles.narrow}>
        <Field label={t('feedback.letterhead.address')} hint={t('feedback.letterhead.addressHint')}>
          <Textarea
            rows={3}
            maxLength={500}
            value={draft.address}
            disabled={disabled}
            onChange={(_e, d) => setDraft({ ...draft, address: d.value })}
            data-testid="letterhead-address"
          />
        </Field>
        <Field label={t('feedback.letterhead.contactLine')} hint={t('feedback.letterhead.contactLineHint')}>
          <Input
            maxLength={200}
            value={draft.contactLine}
            disabled={disabled}
            onChange={(_e, d) => setDraft({ ...draft, contactLine: d.value })}
            data-testid="letterhead-contact"
          />
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={disabled} data-testid="letterhead-save">
            {t('common.save')}
          </Button>
          {saved && (
            <Text role="status" data-testid="letterhead-saved">
              {t('common.saved')}
            </Text>
          )}
        </div>
        <Field label={t('feedback.letterhead.logo')} hint={t('feedback.letterhead.logoHint')}>
          <div className={styles.row}>
            <div className={styles.logoBox} data-testid="letterhead-logo-box">
              {value?.logoDataUrl ? (
                <img className={styles.logo} src={value.logoDataUrl} alt={t('feedback.letterhead.logoAlt')} data-testid="letterhead-logo" />
              ) : (
                <Text className={styles.muted}>{t('feedback.letterhead.noLogo')}</Text>
              )}
            </div>
            <div className={styles.logoActions}>
              <Button icon={<ImageAddRegular />} disabled={disabled} onClick={() => void chooseLogo()} data-testid="letterhead-choose-logo">
                {value?.logoDataUrl ? t('feedback.letterhead.replaceLogo') : t('feedback.letterhead.chooseLogo')}
              </Button>
              {value?.logoDataUrl && (
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  disabled={disabled}
                  onClick={() => void removeLogo()}
                  data-testid="letterhead-remove-logo"
                >
                  {t('feedback.letterhead.removeLogo')}
                </Button>
              )}
            </div>
          </div>
        </Field>
        {error && LOGO_ERRORS[error.code] ? (
          <MessageBar intent="error" role="alert" data-testid="letterhead-error">
            <MessageBarBody>{t(LOGO_ERRORS[error.code]!)}</MessageBarBody>
          </MessageBar>
        ) : (
          <ErrorBar error={error} testId="letterhead-error" />
        )}
      </div>
    </form>
  );
}

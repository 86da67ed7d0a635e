import { Button, Field, Input, makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useCanWrite } from '../users/session';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  narrow: { maxWidth: '440px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  number: { width: '120px' },
});

const whole = (text: string, min: number, max: number) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** Settings > Mentoring: when a course counts as quiet, and when a follow-up is planned after closing. */
export function MentoringSettingsSection() {
  const { t } = useTranslation();
  // Read-only users see the settings but cannot save them (core refuses them anyway).
  const canWrite = useCanWrite();
  const styles = useStyles();
  const [draft, setDraft] = useState<{ quietDays: string; followUpMonths: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void call('mentoring:getSettings', {}).then(
      (s) => setDraft({ quietDays: String(s.quietDays), followUpMonths: String(s.followUpMonths) }),
      (e: unknown) => setError(asAppError(e)),
    );
  }, []);

  const quietDays = draft ? whole(draft.quietDays, 7, 365) : null;
  const followUpMonths = draft ? whole(draft.followUpMonths, 1, 36) : null;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (quietDays === null || followUpMonths === null) return;
    try {
      const next = await call('mentoring:saveSettings', { quietDays, followUpMonths });
      setDraft({ quietDays: String(next.quietDays), followUpMonths: String(next.followUpMonths) });
      setSaved(true);
      setError(null);
    } catch (e) {
      setError(asAppError(e));
    }
  }

  const edit = (patch: Partial<NonNullable<typeof draft>>) => {
    if (draft) setDraft({ ...draft, ...patch });
    setSaved(false);
  };

  return (
    <form className={styles.section} onSubmit={save} aria-labelledby="settings-mentoring" noValidate data-testid="mentoring-settings">
      <Subtitle1 as="h2" id="settings-mentoring">
        {t('week.settings.title')}
      </Subtitle1>
      <ErrorBar error={error} testId="mentoring-settings-error" />
      <div className={styles.narrow}>
        <Field
          label={t('week.settings.quietDays')}
          hint={t('week.settings.quietDaysHint')}
          validationMessage={draft && quietDays === null ? t('week.settings.quietDaysInvalid') : undefined}
        >
          <div className={styles.row}>
            <Input
              className={styles.number}
              type="number"
              min={7}
              max={365}
              value={draft?.quietDays ?? ''}
              disabled={!draft}
              onChange={(_e, d) => edit({ quietDays: d.value })}
              data-testid="mentoring-quiet-days"
            />
            <Text>{t('week.settings.days')}</Text>
          </div>
        </Field>
        <Field
          label={t('week.settings.followUpMonths')}
          hint={t('week.settings.followUpMonthsHint')}
          validationMessage={draft && followUpMonths === null ? t('week.settings.followUpMonthsInvalid') : undefined}
        >
          <div className={styles.row}>
            <Input
              className={styles.number}
              type="number"
              min={1}
              max={36}
              value={draft?.followUpMonths ?? ''}
              disabled={!draft}
              onChange={(_e, d) => edit({ followUpMonths: d.value })}
              data-testid="mentoring-follow-up-months"
            />
            <Text>{t('week.settings.months')}</Text>
          </div>
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={!draft || !canWrite} data-testid="mentoring-settings-save">
            {t('common.save')}
          </Button>
          {saved && (
            <Text role="status" data-testid="mentoring-settings-saved">
              {t('common.saved')}
            </Text>
          )}
        </div>
      </div>
    </form>
  );
}

import { Caption1, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { estimatePassphrase, MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrase';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const COLORS = ['error', 'error', 'warning', 'success', 'success'] as const;

/** Shows how strong a new passphrase is and the most useful tip to make it stronger. */
export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (passphrase.length === 0) return null;
  const strength = estimatePassphrase(passphrase);
  const hint = strength.hints[0];
  return (
    <div className={styles.root} data-testid="strength-meter" data-score={strength.score}>
      <ProgressBar value={(strength.score + 1) / 5} color={COLORS[strength.score]} thickness="large" aria-hidden="true" />
      <Caption1 aria-live="polite">
        {t('strength.label', { level: t(`strength.levels.${strength.score}`) })}
        {hint ? ` · ${t(`strength.hints.${hint}`, { min: MIN_PASSPHRASE_LENGTH })}` : ''}
      </Caption1>
    </div>
  );
}

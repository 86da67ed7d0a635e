import { Body1, Button, makeStyles, Title2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';

const useStyles = makeStyles({
  footer: { display: 'flex', justifyContent: 'flex-end' },
});

/**
 * Shows the recovery key of a new register once. The user moves on only after retyping one group
 * (so we know it was written down, not just seen) and confirming it is stored away from the computer.
 */
export function RecoveryKeyScreen(props: { recoveryKey: string; organisationName: string; dir: string; onDone: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <>
      <Title2 as="h1">{t('recovery.title')}</Title2>
      <Body1>{t('recovery.intro')}</Body1>
      <RecoveryKeyPanel
        recoveryKey={props.recoveryKey}
        organisationName={props.organisationName}
        dir={props.dir}
        footer={(ready) => (
          <div className={styles.footer}>
            <Button data-testid="recovery-continue" appearance="primary" disabled={!ready} onClick={props.onDone}>
              {t('recovery.continue')}
            </Button>
          </div>
        )}
      />
    </>
  );
}

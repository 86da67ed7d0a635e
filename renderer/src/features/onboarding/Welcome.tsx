import { Body1, Button, Caption1, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { AddCircleRegular, ArrowUndoRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { RestoreFromBackup } from '../backup/RestoreFromBackup';

const useStyles = makeStyles({
  choices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  choice: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    minHeight: '64px',
  },
  choiceText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
});

/** First run: what Bindeled is, and the ways in (a new register, an existing folder, a backup file). */
export function Welcome({ onCreate, onOpen, onRestored }: { onCreate: () => void; onOpen: () => void; onRestored: (dir: string) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <>
      <Title2 as="h1">{t('welcome.title')}</Title2>
      <Body1>{t('welcome.body')}</Body1>
      <div className={styles.choices}>
        <Button
          data-testid="create-register"
          appearance="primary"
          size="large"
          icon={<AddCircleRegular />}
          className={styles.choice}
          onClick={onCreate}
        >
          <span className={styles.choiceText}>
            <span>{t('welcome.create')}</span>
            <Caption1>{t('welcome.createHint')}</Caption1>
          </span>
        </Button>
        <Button data-testid="open-register" size="large" icon={<FolderOpenRegular />} className={styles.choice} onClick={onOpen}>
          <span className={styles.choiceText}>
            <span>{t('welcome.open')}</span>
            <Caption1>{t('welcome.openHint')}</Caption1>
          </span>
        </Button>
        <RestoreFromBackup
          onRestored={onRestored}
          render={(open) => (
            <Button data-testid="restore-register" size="large" icon={<ArrowUndoRegular />} className={styles.choice} onClick={open}>
              <span className={styles.choiceText}>
                <span>{t('backup.entry')}</span>
                <Caption1>{t('backup.entryHint')}</Caption1>
              </span>
            </Button>
          )}
        />
      </div>
    </>
  );
}

import { Body1, Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Target } from './wizard-state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalL, maxWidth: '640px' },
});

/** Step 1: what an import does, and the button to pick the file. */
export function FileStep(props: { target: Target; busy: boolean; onChoose: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Body1>{t('import.intro')}</Body1>
      {props.busy ? (
        <Spinner size="small" label={t('import.reading')} labelPosition="after" />
      ) : (
        <Button appearance="primary" icon={<DocumentTableRegular />} onClick={props.onChoose} data-testid="import-choose-file">
          {t('import.chooseFile')}
        </Button>
      )}
    </div>
  );
}

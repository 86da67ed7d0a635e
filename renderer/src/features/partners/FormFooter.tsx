import { Button } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { ErrorBar } from '../../components/ErrorBar';
import { useFormStyles } from './form-styles';

/** The end of a record form: the save error, if any, and the Save / Cancel bar that stays in view. */
export function FormFooter(props: { error: AppError | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const styles = useFormStyles();
  return (
    <>
      <ErrorBar error={props.error} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" data-testid="form-save">
          {t('common.save')}
        </Button>
        <Button onClick={props.onCancel} data-testid="form-cancel">
          {t('common.cancel')}
        </Button>
      </div>
    </>
  );
}

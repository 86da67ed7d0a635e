import { Field, Input } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useFormStyles } from './form-styles';
import { emailLooksWrong, phoneLooksWrong } from './labels';

/** E-mail and phone side by side, each with a gentle warning when it does not look right. */
export function EmailPhoneRow(props: {
  email: string;
  phone: string;
  emailLabel: string;
  phoneLabel: string;
  onEmail: (value: string) => void;
  onPhone: (value: string) => void;
  emailTestId?: string;
  phoneTestId?: string;
}) {
  const { t } = useTranslation();
  const styles = useFormStyles();
  return (
    <div className={styles.row}>
      <Field
        label={props.emailLabel}
        validationState={emailLooksWrong(props.email) ? 'warning' : 'none'}
        validationMessage={emailLooksWrong(props.email) ? t('partners.emailWarning') : undefined}
      >
        <Input type="email" value={props.email} onChange={(_e, d) => props.onEmail(d.value)} data-testid={props.emailTestId} />
      </Field>
      <Field
        label={props.phoneLabel}
        validationState={phoneLooksWrong(props.phone) ? 'warning' : 'none'}
        validationMessage={phoneLooksWrong(props.phone) ? t('partners.phoneWarning') : undefined}
      >
        <Input type="tel" value={props.phone} onChange={(_e, d) => props.onPhone(d.value)} data-testid={props.phoneTestId} />
      </Field>
    </div>
  );
}

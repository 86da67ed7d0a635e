import { Field } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isAcceptablePassphrase } from '../../../shared/passphrase';
import { PassphraseInput } from './PassphraseInput';
import { StrengthMeter } from './StrengthMeter';

/** True when a new passphrase and its repetition can be submitted. */
export function newPassphraseReady(value: string, confirm: string): boolean {
  return isAcceptablePassphrase(value) && confirm === value;
}

/**
 * A new passphrase, its strength, and the repetition: the same fields wherever a passphrase is
 * chosen (create, change, after recovery). Problems show at their field once the form was submitted;
 * a mismatch shows as soon as the repetition is typed.
 */
export function NewPassphraseFields(props: {
  value: string;
  confirm: string;
  onChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  submitted: boolean;
  labels: { passphrase: string; confirm: string; hint?: string };
  testIds: { passphrase: string; confirm: string };
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const weak = !isAcceptablePassphrase(props.value);
  const mismatch = props.confirm !== props.value && (props.submitted || props.confirm.length > 0);
  return (
    <>
      <Field
        label={props.labels.passphrase}
        hint={props.labels.hint}
        required
        validationMessage={props.submitted && weak ? t('create.tooWeak') : undefined}
      >
        <PassphraseInput
          data-testid={props.testIds.passphrase}
          value={props.value}
          onChange={(_e, d) => props.onChange(d.value)}
          autoFocus={props.autoFocus}
        />
      </Field>
      <StrengthMeter passphrase={props.value} />
      <Field label={props.labels.confirm} required validationMessage={mismatch ? t('create.mismatch') : undefined}>
        <PassphraseInput data-testid={props.testIds.confirm} value={props.confirm} onChange={(_e, d) => props.onConfirmChange(d.value)} />
      </Field>
    </>
  );
}

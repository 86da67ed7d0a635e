import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { errorText } from './error-text';

/** A translated, plain-language error. The code is what the UI translates; details stay out of sight. */
export function ErrorBar({ error, testId }: { error: AppError | null; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <MessageBar intent="error" data-testid={testId} role="alert">
      <MessageBarBody>{errorText(t, error)}</MessageBarBody>
    </MessageBar>
  );
}

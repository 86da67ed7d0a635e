import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { EyeRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useRole } from './session';

/** The persistent note a read-only user sees on every page: they can look, not change. */
export function ReadOnlyNote() {
  const { t } = useTranslation();
  if (useRole() !== 'read-only') return null;
  return (
    <MessageBar intent="info" icon={<EyeRegular />} data-testid="read-only-note" style={{ marginBottom: 16 }}>
      <MessageBarBody>{t('users.readOnlyNote')}</MessageBarBody>
    </MessageBar>
  );
}
